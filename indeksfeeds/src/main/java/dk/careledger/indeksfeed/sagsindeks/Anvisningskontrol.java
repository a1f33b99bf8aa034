package dk.careledger.indeksfeed.sagsindeks;

import static dk.careledger.domain.sag.Fremdrift.AFGJORT;
import static dk.careledger.domain.sag.Fremdrift.AFSLUTTET;
import static dk.careledger.domain.sag.Fremdrift.OPLYST;
import static dk.careledger.domain.sag.Fremdrift.OPSTAAET;
import static dk.careledger.indeksfeed.sagsindeks.Anvisningsregel.AFGOERELSESKLASSE_UDEN_AFGOERELSE;
import static dk.careledger.indeksfeed.sagsindeks.Anvisningsregel.ANSVARLIG_ER_MYNDIGHED;
import static dk.careledger.indeksfeed.sagsindeks.Anvisningsregel.ANSVARLIG_MANGLER;
import static dk.careledger.indeksfeed.sagsindeks.Anvisningsregel.DOKUMENT_ULAESELIGT;
import static dk.careledger.indeksfeed.sagsindeks.Anvisningsregel.EJER_MANGLER;
import static dk.careledger.indeksfeed.sagsindeks.Anvisningsregel.FOELSOMHED_MANGLER;
import static dk.careledger.indeksfeed.sagsindeks.Anvisningsregel.HANDLINGSKLASSE_MANGLER;
import static dk.careledger.indeksfeed.sagsindeks.Anvisningsregel.IMPORT_UDEN_FULD_HISTORIK;
import static dk.careledger.indeksfeed.sagsindeks.Anvisningsregel.IT_SYSTEM_MANGLER;
import static dk.careledger.indeksfeed.sagsindeks.Anvisningsregel.OPSTAAET_MANGLER;
import static dk.careledger.indeksfeed.sagsindeks.Anvisningsregel.PRIMAER_KLASSE_MANGLER;
import static dk.careledger.indeksfeed.sagsindeks.Anvisningsregel.RELATIONSANTAL;
import static dk.careledger.indeksfeed.sagsindeks.Anvisningsregel.SAGSNUMMER_MANGLER;
import static dk.careledger.indeksfeed.sagsindeks.Anvisningsregel.SIDSTE_TILSTAND_LUKKET;
import static dk.careledger.indeksfeed.sagsindeks.Anvisningsregel.TILSTANDSSKIFT_UGYLDIG;
import static dk.careledger.indeksfeed.sagsindeks.Anvisningsregel.TILSTAND_SPRUNGET_OVER;
import static dk.careledger.indeksfeed.sagsindeks.Anvisningsregel.TITEL_MANGLER;
import static dk.careledger.indeksfeed.sagsindeks.Anvisningsregel.VIRKNING_AABEN_FOER_SIDSTE;
import static dk.careledger.indeksfeed.sagsindeks.Anvisningsregel.VIRKNING_BAGLAENS;
import static dk.careledger.indeksfeed.sagsindeks.Anvisningsregel.VIRKNING_FRA_MANGLER;
import static dk.careledger.indeksfeed.sagsindeks.Anvisningsregel.VIRKNING_IKKE_SAMMENHAENGENDE;

import dk.careledger.domain.sag.Fremdrift;
import dk.careledger.indeksfeed.sagsindeks.Indeksklassifikation.Objekttype;
import dk.careledger.indeksfeed.sagsindeks.Indeksklassifikation.Rolle;
import dk.careledger.indeksfeed.sagsindeks.Sagsregistrering.Operation;
import dk.careledger.indeksfeed.sagsindeks.Sagsregistrering.Tilstandsperiode;
import dk.careledger.indeksfeed.xml.Sagdokskriver;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Checks the anvisning's rules that the XSDs cannot ({@link Anvisningsregel}), on the registration
 * ({@link #kontroller(Sagsregistrering)}) and on its rendering ({@link #kontrollerDokument(String)}). A delivery is
 * offered only when the schema validation and both checks find nothing. Pure and thread-safe.
 *
 * <p>What "states never skipped" means here, from sag.md 3.4 Tilstand: the list starts with Opstaaet; each next state is
 * <ul>
 *   <li>the next in the order Opstaaet → Oplyst → Afgjort → Afsluttet (Oplyst may be zero-length, [d, d), when the
 *       afgørelse came the day the sag was treated as oplyst), or</li>
 *   <li>Afsluttet from Opstaaet or Oplyst: a sag closed without afgørelse ("en afsluttet sag ... skal importeres med både
 *       'Opstaaet' og 'Afsluttet'"), or</li>
 *   <li>Opstaaet again after Afgjort or Afsluttet: a revisitation starts a new cycle.</li>
 * </ul>
 * Opstaaet → Afgjort is a skip ({@link Anvisningsregel#TILSTAND_SPRUNGET_OVER}); anything else (a repeat, a step back) is
 * {@link Anvisningsregel#TILSTANDSSKIFT_UGYLDIG}.
 */
public final class Anvisningskontrol {
    private static final Pattern CVR = Pattern.compile("[0-9]{8}");
    private static final Pattern KLE_EMNE = Pattern.compile("[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}");
    private static final Pattern HANDLINGSFACET = Pattern.compile("\\p{Lu}[0-9]{2}");
    private static final XMLInputFactory IND = lukketInputFactory();

    private Anvisningskontrol() {
    }

    /**
     * The anvisning's rules on the registration itself. Empty: nothing wrong. A {@link Operation#FJERN} renders nothing
     * but the sag's UUID, so the rules on a sag's content do not apply to it; its rules are checked on the rendered
     * document ({@link #kontrollerDokument}).
     */
    public static List<Anvisningsbrud> kontroller(Sagsregistrering r) {
        if (r.operation() == Operation.FJERN) {
            return List.of();
        }
        List<Anvisningsbrud> brud = new ArrayList<>();
        if (r.ejerCvr() == null || !CVR.matcher(r.ejerCvr()).matches()) {
            brud.add(new Anvisningsbrud(EJER_MANGLER, "Ejer skal være kommunens CVR-nummer med 8 cifre, var " + r.ejerCvr()));
        }
        if (blank(r.ansvarligEnhed())) {
            brud.add(new Anvisningsbrud(ANSVARLIG_MANGLER, "Sagen har ingen ansvarlig organisatorisk enhed"));
        } else if (erMyndighed(r.ansvarligEnhed(), r.ejerCvr())) {
            brud.add(new Anvisningsbrud(ANSVARLIG_ER_MYNDIGHED,
                    "Ansvarlig er myndigheden selv (" + r.ansvarligEnhed() + "), ikke en organisatorisk enhed under den"));
        }
        if (r.kleEmne() == null || !KLE_EMNE.matcher(r.kleEmne()).matches()) {
            brud.add(new Anvisningsbrud(PRIMAER_KLASSE_MANGLER, "Primær klasse skal være et KLE-emne 'xx.xx.xx', var " + r.kleEmne()));
        }
        if (r.handlingsfacet() == null || !HANDLINGSFACET.matcher(r.handlingsfacet()).matches()) {
            brud.add(new Anvisningsbrud(HANDLINGSKLASSE_MANGLER, "Handlingsklasse skal være en KLE-handlingsfacet, fx G01, var "
                    + r.handlingsfacet()));
        }
        if (r.masterItSystem() == null || r.afsenderItSystem() == null) {
            brud.add(new Anvisningsbrud(IT_SYSTEM_MANGLER, "Sagen skal have præcis ét Master- og ét Afsender-IT-system, Master "
                    + r.masterItSystem() + ", Afsender " + r.afsenderItSystem()));
        }
        if (r.foelsomhed() == null) {
            brud.add(new Anvisningsbrud(FOELSOMHED_MANGLER, "Sagen har ingen følsomhed"));
        }
        if (blank(r.sagsnummer())) {
            brud.add(new Anvisningsbrud(SAGSNUMMER_MANGLER, "Sagen har intet sagsnummer (Brugervendtnøgle)"));
        }
        if (r.titel() == null || blank(r.titel().kleTitel())) {
            brud.add(new Anvisningsbrud(TITEL_MANGLER, "Sagen har ingen KLE-titel at falde tilbage på, når sagens egen titel er "
                    + "undtaget eller slettet"));
        }
        tilstande(r, brud);
        return List.copyOf(brud);
    }

    private static void tilstande(Sagsregistrering r, List<Anvisningsbrud> brud) {
        List<Tilstandsperiode> t = r.tilstande();
        if (t.isEmpty() || t.get(0).fremdrift() != OPSTAAET) {
            brud.add(new Anvisningsbrud(OPSTAAET_MANGLER, t.isEmpty() ? "Sagen har ingen tilstande"
                    : "Sagens første tilstand er " + t.get(0).fremdrift() + ", ikke OPSTAAET"));
        }
        for (int i = 0; i < t.size(); i++) {
            Tilstandsperiode p = t.get(i);
            boolean sidste = i == t.size() - 1;
            if (p.fra() == null) {
                brud.add(new Anvisningsbrud(VIRKNING_FRA_MANGLER, "Tilstand nr. " + (i + 1) + " (" + p.fremdrift() + ") har ingen fra-dato"));
            } else if (p.til() != null && p.til().isBefore(p.fra())) {
                brud.add(new Anvisningsbrud(VIRKNING_BAGLAENS, "Tilstand nr. " + (i + 1) + " (" + p.fremdrift() + ") slutter " + p.til()
                        + " før den begynder " + p.fra()));
            }
            if (sidste) {
                if (p.til() != null) {
                    brud.add(new Anvisningsbrud(SIDSTE_TILSTAND_LUKKET, "Den sidste tilstand (" + p.fremdrift() + ") slutter " + p.til()
                            + "; den skal gælde til uendelig"));
                }
            } else {
                Tilstandsperiode naeste = t.get(i + 1);
                if (p.til() == null) {
                    brud.add(new Anvisningsbrud(VIRKNING_AABEN_FOER_SIDSTE, "Tilstand nr. " + (i + 1) + " (" + p.fremdrift()
                            + ") er åben, men efterfølges af " + naeste.fremdrift()));
                } else if (!p.til().equals(naeste.fra())) {
                    brud.add(new Anvisningsbrud(VIRKNING_IKKE_SAMMENHAENGENDE, "Tilstand nr. " + (i + 1) + " (" + p.fremdrift()
                            + ") slutter " + p.til() + ", men den næste (" + naeste.fremdrift() + ") begynder " + naeste.fra()));
                }
                skift(i, p.fremdrift(), naeste.fremdrift(), brud);
            }
        }
        if (r.afgoerelsesklasse() != null && !afgjortICyklus(t)) {
            brud.add(new Anvisningsbrud(AFGOERELSESKLASSE_UDEN_AFGOERELSE, "Sagen har afgørelsesklasse " + r.afgoerelsesklasse()
                    + ", men er " + (t.isEmpty() ? "uden tilstand" : t.get(t.size() - 1).fremdrift()) + " uden afgørelse i sit nuværende forløb"));
        }
        if (r.operation() == Operation.IMPORTER && !t.isEmpty()
                && (r.opstaaetDato() == null || !r.opstaaetDato().equals(t.get(0).fra()))) {
            brud.add(new Anvisningsbrud(IMPORT_UDEN_FULD_HISTORIK, "Importen begynder " + t.get(0).fremdrift() + " " + t.get(0).fra()
                    + ", men sagen opstod " + r.opstaaetDato()));
        }
    }

    private static void skift(int i, Fremdrift fra, Fremdrift til, List<Anvisningsbrud> brud) {
        boolean frem = til.ordinal() == fra.ordinal() + 1;
        boolean lukketUdenAfgoerelse = til == AFSLUTTET && (fra == OPSTAAET || fra == OPLYST);
        boolean nytForloeb = til == OPSTAAET && (fra == AFGJORT || fra == AFSLUTTET);
        if (frem || lukketUdenAfgoerelse || nytForloeb) {
            return;
        }
        if (fra == OPSTAAET && til == AFGJORT) {
            brud.add(new Anvisningsbrud(TILSTAND_SPRUNGET_OVER, "Tilstand nr. " + (i + 1) + " OPSTAAET efterfølges af AFGJORT uden OPLYST"));
        } else {
            brud.add(new Anvisningsbrud(TILSTANDSSKIFT_UGYLDIG, "Tilstand nr. " + (i + 1) + " " + fra + " efterfølges af " + til));
        }
    }

    /** The sag is Afgjort or Afsluttet now, and there is an Afgjort since its last Opstaaet (its current cycle). */
    private static boolean afgjortICyklus(List<Tilstandsperiode> t) {
        if (t.isEmpty()) {
            return false;
        }
        Fremdrift nu = t.get(t.size() - 1).fremdrift();
        if (nu != AFGJORT && nu != AFSLUTTET) {
            return false;
        }
        for (int i = t.size() - 1; i >= 0 && t.get(i).fremdrift() != OPSTAAET; i--) {
            if (t.get(i).fremdrift() == AFGJORT) {
                return true;
            }
        }
        return false;
    }

    /** The unit is the authority itself: its CVR number, or any organisation given by CVR URN. */
    private static boolean erMyndighed(String enhed, String ejerCvr) {
        String e = enhed.strip();
        return e.startsWith(Sagdokskriver.CVR_URN) || e.equals(ejerCvr);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    // ---- the rendered document ----

    /** One relation as rendered: its role, object type and reference. */
    private record Relation(Rolle rolle, Objekttype type, String reference) {
    }

    /**
     * The rules on the rendered document that the schema cannot check: how often each role occurs, and that Ansvarlig is
     * an organisational unit, not an organisation. An Opdater that leaves out its RelationListe (the step changed no
     * relation) has no relations to count. Reads roles and types by their UUIDs ({@link Indeksklassifikation}).
     */
    public static List<Anvisningsbrud> kontrollerDokument(String xml) {
        List<Relation> relationer = new ArrayList<>();
        boolean taelles;
        try {
            if ("FjernSagDokumentIndeksInput".equals(rod(xml))) {
                return fjern(xml);
            }
            taelles = relationer(xml, relationer);
        } catch (XMLStreamException e) {
            return List.of(new Anvisningsbrud(DOKUMENT_ULAESELIGT, "Dokumentet kan ikke læses: " + e.getMessage()));
        }
        Map<Rolle, Integer> antal = new EnumMap<>(Rolle.class);
        String ejer = null;
        for (Relation rel : relationer) {
            if (rel.rolle != null) {
                antal.merge(rel.rolle, 1, Integer::sum);
                if (rel.rolle == Rolle.EJER) {
                    ejer = rel.reference;
                }
            }
        }
        List<Anvisningsbrud> brud = new ArrayList<>();
        for (Rolle r : taelles ? Rolle.values() : new Rolle[0]) {
            int n = antal.getOrDefault(r, 0);
            boolean praeciesEn = r == Rolle.EJER || r == Rolle.ANSVARLIG || r == Rolle.PRIMAER_KLASSE || r == Rolle.HANDLINGSKLASSE
                    || r == Rolle.MASTER || r == Rolle.AFSENDER;
            boolean hoejstEn = r == Rolle.PRIMAER_BEHANDLER || r == Rolle.PRIMAER_PART || r == Rolle.AFGOERELSESKLASSE;
            if (praeciesEn && n != 1) {
                brud.add(new Anvisningsbrud(RELATIONSANTAL, r.relationstype + " '" + r.navn + "' forekommer " + n + " gange, skal være præcis 1"));
            } else if (hoejstEn && n > 1) {
                brud.add(new Anvisningsbrud(RELATIONSANTAL, r.relationstype + " '" + r.navn + "' forekommer " + n + " gange, højst 1"));
            }
        }
        for (Relation rel : relationer) {
            if (rel.rolle == Rolle.ANSVARLIG && (rel.type == Objekttype.ORGANISATION || rel.reference != null
                    && (rel.reference.startsWith(Sagdokskriver.CVR_URN) || rel.reference.equals(ejer)))) {
                brud.add(new Anvisningsbrud(ANSVARLIG_ER_MYNDIGHED, "Ansvarlig peger på en organisation (" + rel.reference
                        + "), ikke en organisatorisk enhed"));
            }
        }
        return List.copyOf(brud);
    }

    /**
     * Collects the relations of the document (sag:Sagsaktoer, sag:Sagsklasse, sag:Sagspart, si:SagsitsystemRelation)
     * into {@code ud}; true when its relations are to be counted: it has a sag:RelationListe, or it is not an Opdater
     * (an Opdater leaves the list out when the step changed no relation; an Importer never may).
     */
    private static boolean relationer(String xml, List<Relation> ud) throws XMLStreamException {
        boolean liste = false;
        XMLStreamReader l = IND.createXMLStreamReader(new StringReader(xml));
        try {
            int dybde = 0;
            int relationDybde = -1;
            String felt = null;
            String rolle = null;
            String type = null;
            String reference = null;
            while (l.hasNext()) {
                int h = l.next();
                if (h == XMLStreamConstants.START_ELEMENT) {
                    dybde++;
                    String ns = l.getNamespaceURI();
                    String navn = l.getLocalName();
                    liste |= Navnerum.SAG.equals(ns) && "RelationListe".equals(navn)
                            || dybde == 1 && !"OpdaterSagDokumentIndeksInput".equals(navn);
                    if (relationDybde < 0 && erRelation(ns, navn)) {
                        relationDybde = dybde;
                        rolle = null;
                        type = null;
                        reference = null;
                    } else if (relationDybde > 0 && dybde == relationDybde + 1 && Navnerum.GD.equals(ns)) {
                        felt = navn;
                    } else if (relationDybde > 0 && dybde == relationDybde + 2 && erReferencefelt(felt) && Navnerum.SD.equals(ns)) {
                        String vaerdi = l.getElementText().strip();
                        dybde--;
                        switch (felt) {
                            case "Rolle" -> rolle = vaerdi;
                            case "Type" -> type = vaerdi;
                            default -> reference = vaerdi;
                        }
                    }
                } else if (h == XMLStreamConstants.END_ELEMENT) {
                    if (dybde == relationDybde) {
                        ud.add(new Relation(Indeksklassifikation.rolle(rolle).orElse(null),
                                Indeksklassifikation.objekttype(type).orElse(null), reference));
                        relationDybde = -1;
                    } else if (relationDybde > 0 && dybde == relationDybde + 1) {
                        felt = null;
                    }
                    dybde--;
                }
            }
        } finally {
            l.close();
        }
        return liste;
    }

    /** The local name of the document's root element. */
    private static String rod(String xml) throws XMLStreamException {
        XMLStreamReader l = IND.createXMLStreamReader(new StringReader(xml));
        try {
            while (l.hasNext()) {
                if (l.next() == XMLStreamConstants.START_ELEMENT) {
                    return l.getLocalName();
                }
            }
            return null;
        } finally {
            l.close();
        }
    }

    /**
     * A Fjern's rules ({@link Anvisningsregel#FJERN_IKKE_PRAECIS_EN_SAG}, {@link Anvisningsregel#FJERN_OGSAA_YDELSE}): one
     * SagUuid given by UUIDIdentifikator, no SoegUdtryk, FjernOgsaaYdelse absent or false.
     */
    private static List<Anvisningsbrud> fjern(String xml) throws XMLStreamException {
        List<Anvisningsbrud> brud = new ArrayList<>();
        int sager = 0;
        int medUuid = 0;
        boolean soegning = false;
        String ogsaaYdelse = null;
        XMLStreamReader l = IND.createXMLStreamReader(new StringReader(xml));
        try {
            int dybde = 0;
            boolean iSagUuid = false;
            while (l.hasNext()) {
                int h = l.next();
                if (h == XMLStreamConstants.START_ELEMENT) {
                    dybde++;
                    String navn = l.getLocalName();
                    if (dybde == 2 && "SagUuid".equals(navn)) {
                        sager++;
                        iSagUuid = true;
                    } else if (dybde == 2 && "SoegUdtryk".equals(navn)) {
                        soegning = true;
                    } else if (dybde == 2 && "FjernOgsaaYdelse".equals(navn)) {
                        ogsaaYdelse = l.getElementText().strip();
                        dybde--;
                    } else if (dybde == 3 && iSagUuid && "UUIDIdentifikator".equals(navn) && Navnerum.SD.equals(l.getNamespaceURI())) {
                        medUuid++;
                    }
                } else if (h == XMLStreamConstants.END_ELEMENT) {
                    if (dybde == 2) {
                        iSagUuid = false;
                    }
                    dybde--;
                }
            }
        } finally {
            l.close();
        }
        if (sager != 1 || medUuid != 1 || soegning) {
            brud.add(new Anvisningsbrud(Anvisningsregel.FJERN_IKKE_PRAECIS_EN_SAG, "Fjern nævner " + sager + " sager (" + medUuid
                    + " ved UUID)" + (soegning ? " og et søgeudtryk" : "") + "; skal nævne præcis én sag ved dens UUID"));
        }
        if ("true".equals(ogsaaYdelse) || "1".equals(ogsaaYdelse)) {
            brud.add(new Anvisningsbrud(Anvisningsregel.FJERN_OGSAA_YDELSE, "Fjern må ikke fjerne Ydelsesindeksets bevillinger"));
        }
        return List.copyOf(brud);
    }

    private static boolean erReferencefelt(String felt) {
        return "Rolle".equals(felt) || "Type".equals(felt) || "ReferenceID".equals(felt);
    }

    private static boolean erRelation(String ns, String navn) {
        return Navnerum.SAG.equals(ns) && ("Sagsaktoer".equals(navn) || "Sagsklasse".equals(navn) || "Sagspart".equals(navn))
                || Navnerum.SI.equals(ns) && "SagsitsystemRelation".equals(navn);
    }

    private static XMLInputFactory lukketInputFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }
}
