package dk.careledger.indeksfeed.ydelsesindeks;

import dk.careledger.domain.felles.Tidszone;
import static dk.careledger.indeksfeed.ydelsesindeks.YdelsesindeksXml.BI;
import static dk.careledger.indeksfeed.ydelsesindeks.YdelsesindeksXml.GD;
import static dk.careledger.indeksfeed.ydelsesindeks.YdelsesindeksXml.OEI;
import static dk.careledger.indeksfeed.ydelsesindeks.YdelsesindeksXml.SD;
import static dk.careledger.indeksfeed.ydelsesindeks.YdelsesindeksXml.YI;

import dk.careledger.indeksfeed.xml.Sagdokskriver;
import dk.careledger.indeksfeed.ydelsesindeks.Ydelsesregistrering.Operation;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The anvisning's rules for the Ydelsesindeks that KOMBIT's schemas cannot express (the index does not enforce them
 * either, vejledning §8: "man som anvendersystem ikke kan regne med at modtage en fejlmeddelelse"). They are checked on
 * the <em>rendered</em> request, what would actually be sent, together with the registration it was rendered from for
 * the facts the document cannot know (whether the bevilling has a sag, the granted period an effektuering must lie in).
 * Each broken rule is reported with a stable code ({@link Regel}); an empty list means the request keeps every rule.
 *
 * <p>Only KOMBIT's sag anvisning (sag.md v1.7) and the general vejledning are at hand, not the Bevilling and Økonomisk
 * effektuering anvisninger; where a rule is taken from the sag anvisning it is because the vejledning applies the same
 * registration and relation rules to every index object (§5.2.1, §9, §11). The source is given per rule.
 */
public final class Ydelsesanvisningskontrol {
    private static final Pattern KLE_EMNE = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}");
    private static final Pattern CVR = Pattern.compile("\\d{8}");
    private static final Pattern UUID_FORM = Pattern.compile("[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}");
    /** The person URNs the anvisning allows for a part (sag.md, Sagspart → ReferenceID). */
    private static final Pattern PERSON_URN = Pattern.compile(
            "urn:oio:cpr-nr:\\d{10}|urn:oio:us:personid:\\d{7}|urn:oio:(us|udk):borgerid:\\d{12}|urn:oio:fuldtnavn:\\S.*");
    private static final DocumentBuilderFactory DOM = domFabrik();

    private Ydelsesanvisningskontrol() {
    }

    /**
     * The rules. The constant's name is the stable code (stored in the blocked-delivery log and counted: never rename);
     * {@link #kilde} says where the rule comes from.
     */
    public enum Regel {
        /** The document cannot be read as XML. */
        DOKUMENT_ULAESELIGT("XML 1.0"),
        /** One request, one object, of the registration's operation. */
        OPERATION("YdelseIndeks.wsdl (importer, opdater); YdelseIndeksOperationer.xsd"),
        /** The object's UUIDIdentifikator is the registration's (bevilling: the BevillingId; effektuering: its own). */
        OBJEKT_UUID("vejledning §9.1 (objects by UUID)"),
        /** Registrering/Tidspunkt: "[OB2] Obligatorisk ved import og opdatering". */
        TIDSPUNKT("sag.md Registrering, Tidspunkt [OB2]"),
        /** On import: one Registrering, LivscyklusKode "Udfyldes altid med 'Importeret'", BrugerRef "[OB1]". */
        IMPORT_REGISTRERING("sag.md Registrering, LivscyklusKode og BrugerRef [OB1]"),
        /**
         * Every Virkning [OB5]: FraTidspunkt a timestamp ("må ikke angive uendelig som FraTidspunkt"), TilTidspunkt a
         * timestamp or GraenseIndikator, AktoerRef, AktoerTypeKode Bruger or ItSystem ("kun værdierne nævnt ovenfor").
         */
        VIRKNING("sag.md Virkning/FraTidspunkt, TilTidspunkt, AktoerRef, AktoerTypeKode [OB5]"),
        /** "Det er obligatorisk at angive ReferenceID for alle relationer"; the role "altid". */
        RELATION("vejledning §9.1 ReferenceID, §9.3 Relationsrolle"),
        /** A bevilling has one Egenskaber with BrugervendtNoegle and Foelsomhed (Foelsomhed is scoped on). */
        EGENSKABER("vejledning §12.3; KOMBIT's Ydelsesindeks sample client (both 'Mandatory')"),
        /** Exactly one Ejer, with CVR-nr and ReferenceID {@code urn:oio:cvr-nr:} of the same CVR (scoped on). */
        EJER("vejledning §12.3, §12.4, §9.2; sag.md Sagsaktør Ejer ('nøjagtig 1')"),
        /** At most one Ansvarlig, an organisational unit: "ikke tilstrækkelig detaljeret at angive en Organisation". */
        ANSVARLIG("sag.md Sagsaktør Ansvarlig, Type"),
        /** Exactly one part (Ydelsesmodtager), by a person URN the anvisning allows. */
        PART("issue 4 item 2; brief §1.3; sag.md Sagspart, ReferenceID"),
        /** A Bevilling consists of bevilgede ydelser (1..*). */
        BEVILGET_YDELSE_MANGLER("brief §1.3"),
        /** The Id names the bevilget ydelse in an effektuering's BevilgetYdelseRef: present and unique. */
        BEVILGET_YDELSE_ID("OekonomiskEffektueringIndeks.xsd BevilgetYdelseRef"),
        /** "En bevillings emneklasse (KLE) angives ... på de underliggende bevilligede ydelser" (and on each effektuering). */
        KLE_MANGLER("vejledning §12.3, §12.4"),
        /** The KLE is an emne {@code NN.NN.NN}. */
        KLE_UGYLDIG("brief §4.1; sag.md Primær klasse ('xx.xx.xx')"),
        /** BevilgetYdelseStartdato is mandatory; the venteliste is not delivered. */
        STARTDATO_MANGLER("brief §1.3; KOMBIT's Ydelsesindeks sample client"),
        /** From inclusive, to exclusive: a period ends on or after its start (equal = empty). */
        PERIODE_OMVENDT("vejledning §11"),
        /** A Bevillingssag only when the bevilling has a sag. */
        BEVILLINGSSAG_UDEN_SAG("issue 4 item 2; brief §2.2 solution C"),
        /** A bevilling granted on a sag names it, once. */
        BEVILLINGSSAG_MANGLER("issue 4 item 2; brief §1.3 Bevillingssag"),
        /** The Bevillingssag points at the sag the bevilling was granted on. */
        BEVILLINGSSAG_REFERENCE("brief §1.3 Bevillingssag"),
        /** The Master IT-system is named, by its Administrationsmodul UUID. */
        IT_SYSTEM("sag.md IT-system Master [OB1]; KOMBIT's Ydelsesindeks sample client"),
        /** Amounts the bevilling grants are never negative (plan and effektuering). */
        BELOEB_NEGATIV("issue 4 item 2 (helper brief)"),
        /** An effektuering has one Egenskaber, Startdato before Slutdato; Slutdato is one of the few mandatory to-dates. */
        EFFEKTUERING_PERIODE("vejledning §11"),
        /** SamletBruttobeloeb is the sum of its ØkonomiskYdelseEffektueringer's Ydelsesbeloeb. */
        EFFEKTUERING_SUM("brief §1.3 ØkonomiskEffektuering"),
        /** Every effektuering period lies within the bevilget ydelse's period. */
        EFFEKTUERING_UDENFOR_BEVILLING("issue 4 item 2 (helper brief)"),
        /** At least one ØkonomiskYdelseEffektuering, each referring to its bevilget ydelse (scoping goes both ways). */
        EFFEKTUERING_REFERENCE("vejledning §12.4; brief §1.3 BevilgetYdelseRef");

        private final String kilde;

        Regel(String kilde) {
            this.kilde = kilde;
        }

        /** The stable code. */
        public String kode() {
            return name();
        }

        /** Where the rule comes from. */
        public String kilde() {
            return kilde;
        }
    }

    /** One broken rule: its code and what was found. {@link #toString()} is {@code CODE: message}. */
    public record Anvisningsbrud(Regel regel, String besked) {
        public Anvisningsbrud {
            Objects.requireNonNull(regel, "regel");
        }

        @Override
        public String toString() {
            return regel.kode() + ": " + besked;
        }
    }

    /** Every rule the rendered request {@code xml} of {@code r} breaks; empty when it keeps them all. */
    public static List<Anvisningsbrud> kontroller(Ydelsesregistrering r, String xml) {
        Fund f = new Fund();
        Document doc;
        try {
            DocumentBuilder b;
            synchronized (DOM) {
                b = DOM.newDocumentBuilder();
            }
            b.setErrorHandler(null);
            doc = b.parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            f.brud(Regel.DOKUMENT_ULAESELIGT, String.valueOf(e.getMessage()));
            return f.brud;
        }
        if (r instanceof Bevillingsregistrering b) {
            Objekt o = objekt(doc.getDocumentElement(), r, "BevillingIndeks", "OpdaterBevillingIndeks", BI, f);
            if (o != null) {
                bevilling(b, o, f);
            }
        } else {
            Objekt o = objekt(doc.getDocumentElement(), r, "OekonomiskEffektueringIndeks", "OpdaterOekonomiskEffektueringIndeks", OEI, f);
            if (o != null) {
                effektuering((Effektueringsregistrering) r, o, f);
            }
        }
        return f.brud;
    }

    // ---- the frame: operation, object, registration ----

    /** The object's lists and registration data, whichever operation carried them. */
    private record Objekt(Element attributListe, Element relationListe) {
    }

    private static Objekt objekt(Element rod, Ydelsesregistrering r, String importNavn, String opdaterNavn, String ns, Fund f) {
        boolean importer = er(rod, YI, "ImporterYdelseIndeksInput");
        boolean opdater = er(rod, YI, "OpdaterYdelseIndeksInput");
        if (!importer && !opdater) {
            f.brud(Regel.OPERATION, "Roden er " + rod.getLocalName() + ", ikke en importer- eller opdater-forespørgsel");
            return null;
        }
        if (importer != (r.operation() == Operation.IMPORTER)) {
            f.brud(Regel.OPERATION, "Registreringen er " + r.operation() + ", men forespørgslen er " + rod.getLocalName());
        }
        List<Element> alle = boern(rod);
        List<Element> egne = boern(rod, YI, importer ? importNavn : opdaterNavn);
        if (alle.size() != 1 || egne.size() != 1) {
            f.brud(Regel.OPERATION, "Forespørgslen bærer " + alle.size() + " objekter, heraf " + egne.size() + " " + (importer ? importNavn
                    : opdaterNavn) + "; der skal være præcis ét");
            if (egne.isEmpty()) {
                return null;
            }
        }
        Element holder = egne.get(0);
        Element objekt;
        Element lister;
        if (importer) {
            objekt = barn(holder, ns, importNavn);
            if (objekt == null) {
                f.brud(Regel.OPERATION, importNavn + " indeholder intet objekt");
                return null;
            }
            List<Element> registreringer = boern(objekt, ns, "Registrering");
            if (registreringer.size() != 1) {
                f.brud(Regel.IMPORT_REGISTRERING, registreringer.size() + " Registrering-elementer; en import har præcis én");
                if (registreringer.isEmpty()) {
                    return null;
                }
            }
            lister = registreringer.get(0);
            if (tekst(lister, SD, "Tidspunkt") == null) {
                f.brud(Regel.TIDSPUNKT, "Registrering har intet Tidspunkt");
            }
            if (!"Importeret".equals(tekst(lister, SD, "LivscyklusKode"))) {
                f.brud(Regel.IMPORT_REGISTRERING, "LivscyklusKode er " + tekst(lister, SD, "LivscyklusKode") + ", ikke Importeret");
            }
            if (unikId(barn(lister, SD, "BrugerRef")) == null) {
                f.brud(Regel.IMPORT_REGISTRERING, "Registrering har ingen BrugerRef");
            }
        } else {
            objekt = holder;
            lister = holder;
            if (tekst(holder, YI, "Tidspunkt") == null) {
                f.brud(Regel.TIDSPUNKT, opdaterNavn + " har intet Tidspunkt");
            }
        }
        String uuid = tekst(objekt, SD, "UUIDIdentifikator");
        if (!r.emne().toString().equalsIgnoreCase(String.valueOf(uuid))) {
            f.brud(Regel.OBJEKT_UUID, "Objektet er " + uuid + ", registreringen " + r.emne());
        }
        for (Element v : efterkommere(objekt, "Virkning")) {
            virkning(v, f);
        }
        return new Objekt(barn(lister, ns, "AttributListe"), barn(lister, ns, "RelationListe"));
    }

    private static void virkning(Element v, Fund f) {
        String sti = sti(v);
        Element fra = barn(v, SD, "FraTidspunkt");
        if (fra == null || tekst(fra, SD, "TidsstempelDatoTid") == null) {
            f.brud(Regel.VIRKNING, sti + " har intet FraTidspunkt med tidsstempel" + (fra != null && barn(fra, SD, "GraenseIndikator") != null
                    ? " (uendelig er ikke en start)" : ""));
        }
        Element til = barn(v, SD, "TilTidspunkt");
        if (til == null || tekst(til, SD, "TidsstempelDatoTid") == null && !"true".equals(tekst(til, SD, "GraenseIndikator"))) {
            f.brud(Regel.VIRKNING, sti + " har intet TilTidspunkt (tidsstempel eller GraenseIndikator true)");
        }
        if (unikId(barn(v, SD, "AktoerRef")) == null) {
            f.brud(Regel.VIRKNING, sti + " har ingen AktoerRef");
        }
        String type = tekst(v, SD, "AktoerTypeKode");
        if (!"Bruger".equals(type) && !"ItSystem".equals(type)) {
            f.brud(Regel.VIRKNING, sti + " har AktoerTypeKode " + type + "; kun Bruger og ItSystem må bruges");
        }
    }

    // ---- Bevilling ----

    private static void bevilling(Bevillingsregistrering b, Objekt o, Fund f) {
        Element attributter = o.attributListe();
        Element relationer = o.relationListe();
        if (attributter == null) {
            f.brud(Regel.EGENSKABER, "Bevillingen har ingen AttributListe");
            f.brud(Regel.BEVILGET_YDELSE_MANGLER, "Bevillingen har ingen AttributListe");
            return;
        }
        List<Element> egenskaber = boern(attributter, BI, "Egenskaber");
        if (egenskaber.size() != 1) {
            f.brud(Regel.EGENSKABER, egenskaber.size() + " Egenskaber; en bevilling har præcis én");
        }
        for (Element e : egenskaber) {
            if (tekst(e, BI, "BrugervendtNoegle") == null) {
                f.brud(Regel.EGENSKABER, "Egenskaber har ingen BrugervendtNoegle");
            }
            if (tekst(e, BI, "Foelsomhed") == null) {
                f.brud(Regel.EGENSKABER, "Egenskaber har ingen Foelsomhed");
            }
            periode(f, "Egenskaber", tid(tekst(e, BI, "Bevillingstartdato")), tid(tekst(e, BI, "Bevillingslutdato")));
        }

        List<Element> ydelser = boern(attributter, BI, "BevilgetYdelse");
        if (ydelser.isEmpty()) {
            f.brud(Regel.BEVILGET_YDELSE_MANGLER, "Bevillingen har ingen BevilgetYdelse");
        }
        Set<String> ider = new HashSet<>();
        for (Element y : ydelser) {
            String id = tekst(y, BI, "Id");
            String navn = "BevilgetYdelse " + (id == null ? "uden Id" : id);
            if (id == null) {
                f.brud(Regel.BEVILGET_YDELSE_ID, "En BevilgetYdelse har intet Id");
            } else if (!ider.add(id)) {
                f.brud(Regel.BEVILGET_YDELSE_ID, "To bevilgede ydelser har Id " + id);
            }
            Instant start = tid(tekst(y, BI, "BevilgetYdelseStartdato"));
            Instant slut = tid(tekst(y, BI, "BevilgetYdelseSlutdato"));
            if (start == null) {
                f.brud(Regel.STARTDATO_MANGLER, navn + " har ingen BevilgetYdelseStartdato");
            }
            periode(f, navn, start, slut);
            kle(f, navn, klassifikation(y));
            relationerUdenVirkning(y, f);
            if (boern(y, BI, "ItSystem").stream().noneMatch(i -> Ydelsesklasser.ROLLE_MASTER.toString().equals(unikId(barn(i, BI, "Rolle"))))) {
                f.brud(Regel.IT_SYSTEM, navn + " angiver intet Master-IT-system");
            }
            for (Element p : boern(y, BI, "OekonomiskEffektueringsplan")) {
                BigDecimal beloeb = beloeb(tekst(p, BI, "Ydelsesbeloeb"));
                if (beloeb != null && beloeb.signum() < 0) {
                    f.brud(Regel.BELOEB_NEGATIV, "Effektueringsplanen for " + navn + " har Ydelsesbeloeb " + beloeb);
                }
                Instant planStart = tid(tekst(p, BI, "EffektueringsplanStartdato"));
                Instant planSlut = tid(tekst(p, BI, "EffektueringsplanSlutdato"));
                periode(f, "Effektueringsplanen for " + navn, planStart, planSlut);
                if (planStart != null && start != null && planStart.isBefore(start)
                        || slut != null && (planSlut == null || planSlut.isAfter(slut))) {
                    f.brud(Regel.PERIODE_OMVENDT, "Effektueringsplanen for " + navn + " ligger uden for ydelsens periode");
                }
            }
        }

        if (relationer == null) {
            f.brud(Regel.PART, "Bevillingen har ingen RelationListe");
            f.brud(Regel.EJER, "Bevillingen har ingen RelationListe");
            if (b.sag() != null) {
                f.brud(Regel.BEVILLINGSSAG_MANGLER, "Bevillingen har ingen RelationListe");
            }
            return;
        }
        List<Element> sager = boern(relationer, BI, "Bevillingssag");
        List<Element> parter = boern(relationer, BI, "Bevillingspart");
        List<Element> aktoerer = boern(relationer, BI, "Bevillingsaktoer");
        for (Element rel : sager) {
            relation(rel, f);
        }
        for (Element rel : parter) {
            relation(rel, f);
        }
        for (Element rel : aktoerer) {
            relation(rel, f);
        }
        if (b.sag() == null && !sager.isEmpty()) {
            f.brud(Regel.BEVILLINGSSAG_UDEN_SAG, "Bevillingen har ingen sag, men forespørgslen angiver " + sager.size() + " Bevillingssag");
        }
        if (b.sag() != null) {
            if (sager.size() != 1) {
                f.brud(Regel.BEVILLINGSSAG_MANGLER, "Bevillingen hører til sag " + b.sag().sagUuid() + ", men forespørgslen angiver "
                        + sager.size() + " Bevillingssag");
            }
            for (Element s : sager) {
                String ref = unikId(barn(s, GD, "ReferenceID"));
                if (!b.sag().sagUuid().toString().equalsIgnoreCase(String.valueOf(ref))) {
                    f.brud(Regel.BEVILLINGSSAG_REFERENCE, "Bevillingssag peger på " + ref + ", bevillingen hører til " + b.sag().sagUuid());
                }
            }
        }
        parter(f, parter, "Bevillingspart", Ydelsesklasser.ROLLE_YDELSESMODTAGER);
        ejer(f, aktoerer, BI, Ydelsesklasser.ROLLE_EJER);
        List<Element> ansvarlige = medRolle(aktoerer, Ydelsesklasser.ROLLE_ANSVARLIG);
        if (ansvarlige.size() > 1) {
            f.brud(Regel.ANSVARLIG, ansvarlige.size() + " Ansvarlig; højst én");
        }
        for (Element a : ansvarlige) {
            String ref = unikId(barn(a, GD, "ReferenceID"));
            if (ref == null || !UUID_FORM.matcher(ref).matches()) {
                f.brud(Regel.ANSVARLIG, "Ansvarlig peger på " + ref + ", ikke en organisatorisk enheds UUID");
            }
        }
    }

    private static Element klassifikation(Element bevilgetYdelse) {
        Element ydelse = barn(bevilgetYdelse, BI, "Ydelse");
        return ydelse == null ? null : barn(ydelse, BI, "Klassifikation");
    }

    private static void relationerUdenVirkning(Element bevilgetYdelse, Fund f) {
        List<Element> relationer = new ArrayList<>(boern(bevilgetYdelse, BI, "ItSystem"));
        Element ydelse = barn(bevilgetYdelse, BI, "Ydelse");
        if (ydelse != null) {
            relationer.add(ydelse);
            Element k = barn(ydelse, BI, "Klassifikation");
            if (k != null) {
                relationer.add(k);
            }
        }
        for (Element rel : relationer) {
            if (unikId(barn(rel, BI, "Rolle")) == null || unikId(barn(rel, BI, "Type")) == null
                    || unikId(barn(rel, BI, "ReferenceID")) == null) {
                f.brud(Regel.RELATION, sti(rel) + " mangler Rolle, Type eller ReferenceID");
            }
        }
    }

    private static void kle(Fund f, String hvor, Element klassifikation) {
        String kle = klassifikation == null ? null : tekst(klassifikation, BI, "BrugervendtNoegle");
        kle(f, hvor, kle);
    }

    private static void kle(Fund f, String hvor, String kle) {
        if (kle == null) {
            f.brud(Regel.KLE_MANGLER, hvor + " har intet KLE-emne");
        } else if (!KLE_EMNE.matcher(kle).matches()) {
            f.brud(Regel.KLE_UGYLDIG, hvor + " har KLE " + kle + ", ikke et emne NN.NN.NN");
        }
    }

    // ---- Økonomisk effektuering ----

    private static void effektuering(Effektueringsregistrering e, Objekt o, Fund f) {
        Instant start = null;
        Instant slut = null;
        BigDecimal samlet = null;
        List<Element> egenskaber = o.attributListe() == null ? List.of() : boern(o.attributListe(), OEI, "Egenskaber");
        if (egenskaber.size() != 1) {
            f.brud(Regel.EFFEKTUERING_PERIODE, egenskaber.size() + " Egenskaber; en effektuering har præcis én");
        }
        if (!egenskaber.isEmpty()) {
            Element eg = egenskaber.get(0);
            start = tid(tekst(eg, OEI, "Startdato"));
            slut = tid(tekst(eg, OEI, "Slutdato"));
            if (start == null || slut == null) {
                f.brud(Regel.EFFEKTUERING_PERIODE, "Egenskaber mangler " + (start == null ? "Startdato" : "Slutdato"));
            } else if (!start.isBefore(slut)) {
                f.brud(Regel.EFFEKTUERING_PERIODE, "Startdato " + tekst(eg, OEI, "Startdato") + " ligger ikke før Slutdato "
                        + tekst(eg, OEI, "Slutdato"));
            }
            samlet = beloeb(tekst(eg, OEI, "SamletBruttobeloeb"));
            if (samlet != null && samlet.signum() < 0) {
                f.brud(Regel.BELOEB_NEGATIV, "SamletBruttobeloeb er " + samlet);
            }
            indenfor(f, e, "Effektueringen", start, slut);
        }
        Element relationer = o.relationListe();
        List<Element> ydelser = relationer == null ? List.of() : boern(relationer, OEI, "OekonomiskYdelseEffektueringRelation");
        if (ydelser.isEmpty()) {
            f.brud(Regel.EFFEKTUERING_REFERENCE, "Effektueringen har ingen ØkonomiskYdelseEffektuering");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Element y : ydelser) {
            relation(y, f);
            BigDecimal beloeb = beloeb(tekst(y, OEI, "Ydelsesbeloeb"));
            if (beloeb != null) {
                sum = sum.add(beloeb);
                if (beloeb.signum() < 0) {
                    f.brud(Regel.BELOEB_NEGATIV, "Ydelsesbeloeb er " + beloeb);
                }
            }
            kle(f, "ØkonomiskYdelseEffektuering", tekst(y, OEI, "Klassifikationsbeskrivelse"));
            Instant yStart = tid(tekst(y, OEI, "YdelsesperiodeStartdato"));
            Instant ySlut = tid(tekst(y, OEI, "YdelsesperiodeSlutdato"));
            periode(f, "ØkonomiskYdelseEffektuering", yStart, ySlut);
            indenfor(f, e, "Ydelsesperioden", yStart, ySlut);
            Element ref = barn(y, OEI, "BevilgetYdelseRef");
            String bevilling = ref == null ? null : tekst(ref, SD, "UUIDIdentifikator");
            String ydelse = ref == null ? null : tekst(ref, OEI, "BevilgetYdelseId");
            if (!String.valueOf(e.bevillingUuid()).equalsIgnoreCase(String.valueOf(bevilling)) || !Objects.equals(e.bevilgetYdelseId(), ydelse)) {
                f.brud(Regel.EFFEKTUERING_REFERENCE, "BevilgetYdelseRef angiver " + bevilling + "/" + ydelse + ", effektueringen hører til "
                        + e.bevillingUuid() + "/" + e.bevilgetYdelseId());
            }
        }
        if (samlet != null && !ydelser.isEmpty() && samlet.compareTo(sum) != 0) {
            f.brud(Regel.EFFEKTUERING_SUM, "SamletBruttobeloeb er " + samlet + ", men Ydelsesbeloeb summerer til " + sum);
        }
        if (relationer == null) {
            f.brud(Regel.PART, "Effektueringen har ingen RelationListe");
            f.brud(Regel.EJER, "Effektueringen har ingen RelationListe");
            return;
        }
        List<Element> aktoerer = boern(relationer, OEI, "Aktoer");
        List<Element> parter = boern(relationer, OEI, "OekonomiskEffektueringPart");
        List<Element> systemer = boern(relationer, OEI, "ItSystem");
        for (List<Element> liste : List.of(aktoerer, parter, systemer)) {
            for (Element rel : liste) {
                relation(rel, f);
            }
        }
        ejer(f, aktoerer, OEI, Ydelsesklasser.ROLLE_EFFEKTUERING_EJER);
        parter(f, parter, "OekonomiskEffektueringPart", Ydelsesklasser.ROLLE_EFFEKTUERINGSMODTAGER);
        if (medRolle(systemer, Ydelsesklasser.ROLLE_MASTER).isEmpty()) {
            f.brud(Regel.IT_SYSTEM, "Effektueringen angiver intet Master-IT-system");
        }
    }

    /** The period lies within the bevilget ydelse's [fra, til) as the registration knows it. */
    private static void indenfor(Fund f, Effektueringsregistrering e, String hvad, Instant start, Instant slut) {
        Instant fra = e.bevillingFra() == null ? null : dag(e.bevillingFra());
        Instant til = e.bevillingTil() == null ? null : dag(e.bevillingTil());
        if (fra == null) {
            f.brud(Regel.EFFEKTUERING_UDENFOR_BEVILLING, "Den bevilgede ydelse har ingen startdato, så intet kan effektueres");
            return;
        }
        if (start != null && start.isBefore(fra) || til != null && (slut == null || slut.isAfter(til))
                || til != null && start != null && !start.isBefore(til)) {
            f.brud(Regel.EFFEKTUERING_UDENFOR_BEVILLING, hvad + " [" + start + ", " + slut + ") ligger uden for den bevilgede ydelses ["
                    + e.bevillingFra() + ", " + (e.bevillingTil() == null ? "∞" : e.bevillingTil()) + ")");
        }
    }

    // ---- relations shared by both objects ----

    private static void relation(Element rel, Fund f) {
        if (unikId(barn(rel, GD, "Rolle")) == null || unikId(barn(rel, GD, "Type")) == null || unikId(barn(rel, GD, "ReferenceID")) == null) {
            f.brud(Regel.RELATION, sti(rel) + " mangler Rolle, Type eller ReferenceID");
        }
    }

    private static void parter(Fund f, List<Element> parter, String navn, UUID rolle) {
        if (parter.size() != 1) {
            f.brud(Regel.PART, parter.size() + " " + navn + "; der skal være præcis én ydelsesmodtager");
        }
        for (Element p : parter) {
            if (!rolle.toString().equals(unikId(barn(p, GD, "Rolle")))) {
                f.brud(Regel.PART, navn + " har rollen " + unikId(barn(p, GD, "Rolle")) + ", ikke Ydelsesmodtager");
            }
            String ref = unikId(barn(p, GD, "ReferenceID"));
            if (ref == null || !PERSON_URN.matcher(ref).matches()) {
                f.brud(Regel.PART, navn + " peger på " + (ref == null ? "intet" : "en reference, der ikke er en person-URN"));
            }
        }
    }

    private static void ejer(Fund f, List<Element> aktoerer, String ns, UUID rolle) {
        List<Element> ejere = medRolle(aktoerer, rolle);
        if (ejere.size() != 1) {
            f.brud(Regel.EJER, ejere.size() + " Ejer; der skal være præcis én");
        }
        for (Element e : ejere) {
            String cvr = tekst(e, ns, "CVR-nr");
            String ref = unikId(barn(e, GD, "ReferenceID"));
            if (cvr == null || !CVR.matcher(cvr).matches()) {
                f.brud(Regel.EJER, "Ejer har CVR-nr " + cvr + ", ikke otte cifre");
            } else if (!(Sagdokskriver.CVR_URN + cvr).equals(ref)) {
                f.brud(Regel.EJER, "Ejer peger på " + ref + ", men har CVR-nr " + cvr);
            }
        }
    }

    private static List<Element> medRolle(List<Element> relationer, UUID rolle) {
        List<Element> ud = new ArrayList<>();
        for (Element r : relationer) {
            if (rolle.toString().equals(unikId(barn(r, GD, "Rolle")))) {
                ud.add(r);
            }
        }
        return ud;
    }

    private static void periode(Fund f, String hvad, Instant start, Instant slut) {
        if (start != null && slut != null && slut.isBefore(start)) {
            f.brud(Regel.PERIODE_OMVENDT, hvad + " slutter (" + slut + ") før den begynder (" + start + ")");
        }
    }

    // ---- DOM helpers ----

    private static final class Fund {
        final List<Anvisningsbrud> brud = new ArrayList<>();

        void brud(Regel regel, String besked) {
            brud.add(new Anvisningsbrud(regel, besked));
        }
    }

    private static boolean er(Node n, String ns, String navn) {
        return n != null && n.getNodeType() == Node.ELEMENT_NODE && ns.equals(n.getNamespaceURI()) && navn.equals(n.getLocalName());
    }

    private static List<Element> boern(Element e) {
        List<Element> ud = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                ud.add((Element) n);
            }
        }
        return ud;
    }

    private static List<Element> boern(Element e, String ns, String navn) {
        List<Element> ud = new ArrayList<>();
        if (e == null) {
            return ud;
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (er(n, ns, navn)) {
                ud.add((Element) n);
            }
        }
        return ud;
    }

    private static Element barn(Element e, String ns, String navn) {
        if (e == null) {
            return null;
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (er(n, ns, navn)) {
                return (Element) n;
            }
        }
        return null;
    }

    /** Every descendant element with the local name, in any namespace (the Virkning elements live in several). */
    private static List<Element> efterkommere(Element e, String lokalNavn) {
        List<Element> ud = new ArrayList<>();
        for (Element b : boern(e)) {
            if (lokalNavn.equals(b.getLocalName())) {
                ud.add(b);
            }
            ud.addAll(efterkommere(b, lokalNavn));
        }
        return ud;
    }

    private static String tekst(Element e, String ns, String navn) {
        Element b = barn(e, ns, navn);
        if (b == null) {
            return null;
        }
        String t = b.getTextContent().strip();
        return t.isEmpty() ? null : t;
    }

    /** The value of an sd:UnikIdType element: its UUIDIdentifikator or URNIdentifikator. */
    private static String unikId(Element e) {
        if (e == null) {
            return null;
        }
        String uuid = tekst(e, SD, "UUIDIdentifikator");
        return uuid != null ? uuid : tekst(e, SD, "URNIdentifikator");
    }

    /** Where an element is, for messages: its ancestors' local names. */
    private static String sti(Element e) {
        StringBuilder b = new StringBuilder(e.getLocalName());
        for (Node n = e.getParentNode(); n != null && n.getNodeType() == Node.ELEMENT_NODE; n = n.getParentNode()) {
            b.insert(0, n.getLocalName() + "/");
        }
        return b.toString();
    }

    private static Instant tid(String s) {
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant dag(LocalDate d) {
        return d.atStartOfDay(Tidszone.DANMARK).toInstant();
    }

    private static BigDecimal beloeb(String s) {
        if (s == null) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static DocumentBuilderFactory domFabrik() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's DOM parser refuses secure processing", e);
        }
        f.setExpandEntityReferences(false);
        return f;
    }
}
