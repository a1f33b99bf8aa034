package dk.careledger.indeksfeed.sagsindeks;

import dk.careledger.domain.felles.Tidszone;
import static dk.careledger.indeksfeed.sagsindeks.Navnerum.GD;
import static dk.careledger.indeksfeed.sagsindeks.Navnerum.SAG;
import static dk.careledger.indeksfeed.sagsindeks.Navnerum.SD;
import static dk.careledger.indeksfeed.sagsindeks.Navnerum.SDI;
import static dk.careledger.indeksfeed.sagsindeks.Navnerum.SI;

import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Dekryptering;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.sag.Fremdrift;
import dk.careledger.indeksfeed.Identitetsopslag;
import dk.careledger.indeksfeed.sagsindeks.Indeksklassifikation.Objekttype;
import dk.careledger.indeksfeed.sagsindeks.Indeksklassifikation.Rolle;
import dk.careledger.indeksfeed.sagsindeks.Sagsregistrering.Operation;
import dk.careledger.indeksfeed.sagsindeks.Sagsregistrering.Tilstandsperiode;
import dk.careledger.indeksfeed.xml.Aktoer;
import dk.careledger.indeksfeed.xml.Elementskriver;
import dk.careledger.indeksfeed.xml.Indeksdato;
import dk.careledger.indeksfeed.xml.Sagdokskriver;
import dk.careledger.indeksfeed.xml.Tekst;
import dk.careledger.indeksfeed.xml.Xmlskriver;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Renders a {@link Sagsregistrering} as the request body of the SagDokumentIndeks service v6 (SF1470): an
 * {@link Operation#IMPORTER} as {@code sdi:ImporterSagDokumentIndeksInput} (operation {@code importer}), an
 * {@link Operation#OPDATER} as {@code sdi:OpdaterSagDokumentIndeksInput} (operation {@code opdater}). Both are global
 * elements of {@code SagDokumentIndeksOperationer.xsd}, so each rendering validates on its own ({@link Skemavalidering}),
 * and so does a {@link Operation#FJERN} (an index sag that a regrouping under another case concept removed, ADR 0014),
 * rendered as {@code sdi:FjernSagDokumentIndeksInput} with the sag's UUID only; the SOAP envelope and KOMBIT's
 * RequestHeader are transport and are not rendered here.
 *
 * <p>The two operations differ in their frame, not in their content. Importer carries an {@code sag:Registrering} with
 * {@code Tidspunkt}, {@code LivscyklusKode} ("Udfyldes altid med 'Importeret'") and {@code BrugerRef} ("[OB1]
 * Obligatorisk ved import. Kan ikke efterfølgende ændres."). Opdater ({@code sdi:OpdaterSagIndeksInputType}, an
 * extension of {@code sag:RetInputType}) has no Registrering element at all: only the sag's UUID, the three lists and
 * its own {@code Tidspunkt}; who made the change is in each element's {@code Virkning/AktoerRef} ("[OB5] Obligatorisk
 * hvis data er tilføjet eller ændret"). Both carry the complete picture of the sag after the work step: all attributes,
 * the whole fremdrift history, every relation.
 *
 * <p>Field by field (anvisning sag.md v1.7):
 * <ul>
 *   <li>Egenskaber: BrugervendtNoegle and Sagsnummer both the sagsnummer ("Brugervendtnøgle skal være det samme som
 *       sagsnummeret"); Titel. When the sag is exempt from public display ({@link Sagsregistrering.Titel#undtaget()}),
 *       Titel is the public KLE title and the sag's own title goes in {@code OffentlighedUndtaget/TitelAlternativTekst},
 *       with the legal basis {@value #HJEMMEL_UNDTAGET} in {@code OffentlighedUndtagetHjemmelTekst} (the schema requires
 *       both, [OB4] ties them together).</li>
 *   <li>The title is decrypted here. A forgotten citizen's title is gone (crypto-shredded), so the KLE title stands in,
 *       and an exempt sag then has no alternative title and no OffentlighedUndtaget.</li>
 *   <li>TilstandListe: one {@code Fremdrift} per period, in order, virkning from the period's first day (inclusive) to
 *       the next period's first day (exclusive, vejledning §11), the open last one with {@code GraenseIndikator true}
 *       ("Uendelig angives som en grænseindikator med værdien 'true'"). Dates become the start of the day in Danish
 *       time. The actor is the one who caused the state.</li>
 *   <li>SagIndeksEgenskaber (in AttributListe's LokalUdvidelseListe): Sagsstatus, Foelsomhed, OprettetTidspunkt.</li>
 *   <li>Sagsaktør: Ejer {@code urn:oio:cvr-nr:<cvr>} (type Organisation, with BrugervendtNoegle and CVR-Nummer),
 *       Ansvarlig (type OrgEnhed), Primær behandler (type Bruger, only when assigned, virkning from its date).</li>
 *   <li>Sagsklasse: Primær klasse (KLE emne, the number in BrugervendtNoegle), Handlingsklasse, Afgørelsesklasse (only when
 *       given, index "1" as the anvisning asks), Visningsklasse "Visning undtaget for borger" when hidden from the
 *       citizen (index "1").</li>
 *   <li>Sagspart: Primær part, see {@link Primaerpart}.</li>
 *   <li>IT-system Master and Afsender as {@code si:SagsitsystemRelation} in RelationListe's LokalUdvidelseListe, with
 *       SystemNavn ([OB1]).</li>
 * </ul>
 * UUIDs the ledger cannot know offline (Klassifikation, Organisation) are deterministic name-based placeholders, see
 * {@link Indeksklassifikation}. An actor whose id is blank or starts with {@value Aktoer#SYSTEMAKTOER_PRAEFIKS} is the
 * ledger itself (the command side's system actors) and is given as {@code urn:oio:it-system-uuid:<master>} with type
 * ItSystem, as the anvisning prescribes for changes "ikke foretaget af en bruger" ({@link Aktoer}).
 *
 * <p>Streams through the StAX {@link XMLStreamWriter} interface and allocates little: no DOM, no binding, no reflection,
 * because a feed page renders a thousand of these. {@link #xml} and {@link #skriv(Sagsregistrering, StringBuilder)} write
 * through {@link Xmlskriver}, a plain writer onto a {@code StringBuilder}, which takes about half the CPU of the JDK's own
 * writer (measured: ~30 against ~55 µs of CPU time per registration of ~330 elements, on a busy 2-core machine).
 * Thread-safe.
 */
public final class SagsindeksXml {
    /** The IT-system's name when none is configured. */
    public static final String STANDARD_SYSTEMNAVN = "CareLedger";
    /**
     * The legal basis for keeping a care sag's own title from the public: information about a person's private matters is
     * exempt from aktindsigt (offentlighedsloven § 30, nr. 1), written in the anvisning's convention ("LBK om
     * varmeforsyning (Varmeforsyningsloven) § 4, Stk. 2").
     */
    public static final String HJEMMEL_UNDTAGET = "LBK om offentlighed i forvaltningen (Offentlighedsloven) § 30, nr. 1";

    private static final Elementskriver SKRIV = new Elementskriver("sdi", SDI, "sag", SAG, "sd", SD, "gd", GD, "si", SI);
    private static final Sagdokskriver SAGDOK = new Sagdokskriver(SKRIV);
    private static final int TITEL_MAKS = 255;
    private static final int SAGSSTATUS_MAKS = 255;
    private static final int SYSTEMNAVN_MAKS = 255;
    private static final int BRUGERVENDT_NOEGLE_MAKS = 50;

    private final Dekryptering dekryptering;
    private final Identitetsopslag identitetsopslag;
    private final String systemnavn;

    /**
     * @param dekryptering     decrypts the sag's title (empty once the citizen is forgotten)
     * @param identitetsopslag resolves the primary party (empty once the citizen is forgotten)
     * @param systemnavn       the Master and Afsender IT-system's name ({@code SystemNavn}, [OB1]), e.g.
     *                         {@value #STANDARD_SYSTEMNAVN}
     */
    public SagsindeksXml(Dekryptering dekryptering, Identitetsopslag identitetsopslag, String systemnavn) {
        this.dekryptering = Objects.requireNonNull(dekryptering, "dekryptering");
        this.identitetsopslag = Objects.requireNonNull(identitetsopslag, "identitetsopslag");
        this.systemnavn = Objects.requireNonNull(Tekst.enLinje(systemnavn, SYSTEMNAVN_MAKS), "systemnavn");
    }

    /** The registration as an XML document of its own (no XML declaration, so it can also be embedded). */
    public String xml(Sagsregistrering r) {
        StringBuilder ud = new StringBuilder(16384);
        skriv(r, ud);
        return ud.toString();
    }

    /** Appends the registration's request element to {@code side}, e.g. a feed page being assembled. */
    public void skriv(Sagsregistrering r, StringBuilder side) {
        try {
            skriv(r, new Xmlskriver(side));
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not render sag " + r.sagUuid(), e);
        }
    }

    /**
     * Writes the registration's request element to {@code w}, declaring its namespaces on that element, so it can be
     * written inside a feed page's own document. Does not start or end the document.
     */
    public void skriv(Sagsregistrering r, XMLStreamWriter w) throws XMLStreamException {
        if (r.operation() == Operation.FJERN) {
            fjern(r, w);
            return;
        }
        Indhold i = new Indhold(r);
        if (r.operation() == Operation.IMPORTER) {
            SKRIV.start(w, SDI, "ImporterSagDokumentIndeksInput");
            SKRIV.erklaerNavnerum(w);
            SKRIV.start(w, SDI, "SagIndeks");
            SKRIV.element(w, SD, "UUIDIdentifikator", r.sagUuid().toString());
            SKRIV.start(w, SAG, "Registrering");
            SAGDOK.registrering(w, r.tidspunkt(), i.aktoer);
            lister(w, i);
            w.writeEndElement(); // Registrering
            w.writeEndElement(); // SagIndeks
            w.writeEndElement();
        } else {
            SKRIV.start(w, SDI, "OpdaterSagDokumentIndeksInput");
            SKRIV.erklaerNavnerum(w);
            SKRIV.start(w, SDI, "OpdaterSagIndeks");
            SKRIV.element(w, SD, "UUIDIdentifikator", r.sagUuid().toString());
            lister(w, i);
            SKRIV.element(w, SDI, "Tidspunkt", Indeksdato.tidspunkt(r.tidspunkt()));
            w.writeEndElement(); // OpdaterSagIndeks
            w.writeEndElement();
        }
    }

    /**
     * A removal ({@link Operation#FJERN}, ADR 0014) as {@code sdi:FjernSagDokumentIndeksInput}: the one sag by its UUID,
     * never by a search expression (a search could remove other systems' sager), and {@code FjernOgsaaYdelse false}: the
     * Ydelsesindeks' bevillinger are delivered by their own feed and stay. Nothing personal is rendered.
     */
    private static void fjern(Sagsregistrering r, XMLStreamWriter w) throws XMLStreamException {
        SKRIV.start(w, SDI, "FjernSagDokumentIndeksInput");
        SKRIV.erklaerNavnerum(w);
        SKRIV.start(w, SDI, "SagUuid");
        SKRIV.element(w, SD, "UUIDIdentifikator", r.sagUuid().toString());
        w.writeEndElement(); // SagUuid
        SKRIV.element(w, SDI, "FjernOgsaaYdelse", "false");
        w.writeEndElement();
    }

    // ---- what is rendered, resolved once ----

    /** The registration with its personal values resolved and its dates settled. */
    private final class Indhold {
        final Sagsregistrering r;
        final Aktoer aktoer;
        final LocalDate start;
        final String titel;
        final String alternativTitel;
        final Optional<Primaerpart> part;

        Indhold(Sagsregistrering r) {
            this.r = r;
            this.aktoer = aktoer(r.brugerRef());
            this.start = foersteDag(r);
            String egen = egenTitel(r.titel());
            String kle = r.titel() == null ? null : Tekst.enLinje(r.titel().kleTitel(), TITEL_MAKS);
            if (r.titel() != null && r.titel().undtaget()) {
                this.titel = kle;
                this.alternativTitel = egen;
            } else {
                this.titel = egen != null ? egen : kle;
                this.alternativTitel = null;
            }
            this.part = Primaerpart.af(identitetsopslag, r.borgerId());
        }

        Aktoer aktoer(String brugerId) {
            return Aktoer.erSystem(brugerId) ? Aktoer.itSystem(r.masterItSystem())
                    : Aktoer.bruger(Indeksklassifikation.bruger(r.ejerCvr(), brugerId));
        }
    }

    /** The sag's business start: its opstaaetDato, else its first state's, else the day of the registration. */
    private static LocalDate foersteDag(Sagsregistrering r) {
        if (r.opstaaetDato() != null) {
            return r.opstaaetDato();
        }
        if (!r.tilstande().isEmpty() && r.tilstande().get(0).fra() != null) {
            return r.tilstande().get(0).fra();
        }
        return LocalDate.ofInstant(r.tidspunkt(), Tidszone.DANMARK);
    }

    private String egenTitel(Sagsregistrering.Titel t) {
        if (t == null || t.ejer() == null || t.chiffertekst() == null) {
            return null;
        }
        return dekryptering.dekrypter(new KrypteretTekst(new BorgerId(t.ejer()), t.chiffertekst()))
                .map(s -> Tekst.enLinje(s, TITEL_MAKS)).orElse(null);
    }

    // ---- AttributListe, TilstandListe, RelationListe ----

    /** The lists: all on an Importer, on an Opdater only those the step changed ({@link Sagsregistrering.Medtaget}). */
    private void lister(XMLStreamWriter w, Indhold i) throws XMLStreamException {
        Sagsregistrering.Medtaget m = i.r.medtaget();
        if (m.egenskaber()) {
            attributListe(w, i);
        }
        if (m.tilstande()) {
            tilstandListe(w, i);
        }
        if (m.relationer()) {
            relationListe(w, i);
        }
    }

    private void attributListe(XMLStreamWriter w, Indhold i) throws XMLStreamException {
        Sagsregistrering r = i.r;
        SKRIV.start(w, SAG, "AttributListe");
        SKRIV.start(w, SAG, "Egenskaber");
        SAGDOK.virkning(w, SAG, i.start, null, i.aktoer);
        SKRIV.valgfrit(w, SAG, "BrugervendtNoegle", r.sagsnummer());
        if (i.alternativTitel != null) {
            SKRIV.start(w, SAG, "OffentlighedUndtaget");
            SKRIV.element(w, SD, "TitelAlternativTekst", i.alternativTitel);
            SKRIV.element(w, SD, "OffentlighedUndtagetHjemmelTekst", HJEMMEL_UNDTAGET);
            w.writeEndElement();
        }
        SKRIV.valgfrit(w, SAG, "Sagsnummer", r.sagsnummer());
        SKRIV.valgfrit(w, SAG, "Titel", i.titel);
        w.writeEndElement(); // Egenskaber
        SKRIV.start(w, GD, "LokalUdvidelseListe");
        SKRIV.start(w, SI, "SagIndeksEgenskaber");
        SAGDOK.virkning(w, GD, i.start, null, i.aktoer);
        SKRIV.valgfrit(w, SI, "Sagsstatus", Tekst.enLinje(r.sagsstatus(), SAGSSTATUS_MAKS));
        if (r.foelsomhed() != null) {
            SKRIV.element(w, SI, "Foelsomhed", r.foelsomhed().name());
        }
        if (r.oprettetTidspunkt() != null) {
            SKRIV.element(w, SI, "OprettetTidspunkt", Indeksdato.tidspunkt(r.oprettetTidspunkt()));
        }
        w.writeEndElement(); // SagIndeksEgenskaber
        w.writeEndElement(); // LokalUdvidelseListe
        w.writeEndElement(); // AttributListe
    }

    private void tilstandListe(XMLStreamWriter w, Indhold i) throws XMLStreamException {
        SKRIV.start(w, SAG, "TilstandListe");
        for (Tilstandsperiode p : i.r.tilstande()) {
            SKRIV.start(w, SAG, "Fremdrift");
            Aktoer a = p.aktoerBruger() == null || p.aktoerBruger().equals(i.r.brugerRef()) ? i.aktoer : i.aktoer(p.aktoerBruger());
            SAGDOK.virkning(w, SAG, p.fra(), p.til(), a);
            SKRIV.element(w, SAG, "FremdriftStatusKode", statusKode(p.fremdrift()));
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private void relationListe(XMLStreamWriter w, Indhold i) throws XMLStreamException {
        Sagsregistrering r = i.r;
        SKRIV.start(w, SAG, "RelationListe");

        // Sagsaktør
        if (r.ejerCvr() != null) {
            SAGDOK.relation(w, SAG, "Sagsaktoer", Rolle.EJER.uuid, Objekttype.ORGANISATION.uuid, null, i.start, i.aktoer,
                    Sagdokskriver.CVR_URN + r.ejerCvr(), true);
            aktoerUdvidelse(w, r.ejerCvr(), r.ejerCvr());
            w.writeEndElement();
        }
        if (r.ansvarligEnhed() != null) {
            SAGDOK.relation(w, SAG, "Sagsaktoer", Rolle.ANSVARLIG.uuid, Objekttype.ORGANISATIONSENHED.uuid, null, i.start, i.aktoer,
                    Indeksklassifikation.organisationsenhed(r.ejerCvr(), r.ansvarligEnhed()).toString(), false);
            aktoerUdvidelse(w, r.ansvarligEnhed(), r.ejerCvr());
            w.writeEndElement();
        }
        if (r.primaerBehandler() != null) {
            LocalDate fra = r.primaerBehandlerFra() != null ? r.primaerBehandlerFra() : i.start;
            SAGDOK.relation(w, SAG, "Sagsaktoer", Rolle.PRIMAER_BEHANDLER.uuid, Objekttype.BRUGER.uuid, null, fra, i.aktoer,
                    Indeksklassifikation.bruger(r.ejerCvr(), r.primaerBehandler()).toString(), false);
            aktoerUdvidelse(w, r.primaerBehandler(), r.ejerCvr());
            w.writeEndElement();
        }

        // Sagsklasse
        if (r.kleEmne() != null) {
            SAGDOK.relation(w, SAG, "Sagsklasse", Rolle.PRIMAER_KLASSE.uuid, Objekttype.KLASSE.uuid, null, i.start, i.aktoer,
                    Indeksklassifikation.kle(r.kleEmne()).toString(), false);
            klasseUdvidelse(w, "KL Emneplan", r.titel() == null ? null : Tekst.enLinje(r.titel().kleTitel(), TITEL_MAKS), r.kleEmne());
            w.writeEndElement();
        }
        if (r.handlingsfacet() != null) {
            SAGDOK.relation(w, SAG, "Sagsklasse", Rolle.HANDLINGSKLASSE.uuid, Objekttype.KLASSE.uuid, null, i.start, i.aktoer,
                    Indeksklassifikation.kle(r.handlingsfacet()).toString(), false);
            klasseUdvidelse(w, "KLE - Handlingsfacet", null, r.handlingsfacet());
            w.writeEndElement();
        }
        if (r.afgoerelsesklasse() != null) {
            SAGDOK.relation(w, SAG, "Sagsklasse", Rolle.AFGOERELSESKLASSE.uuid, Objekttype.KLASSE.uuid, "1", afgjort(r, i.start), i.aktoer,
                    Indeksklassifikation.sagsafgoerelse(r.afgoerelsesklasse()).toString(), false);
            klasseUdvidelse(w, "Indekser/Sagsafgørelse", null, r.afgoerelsesklasse());
            w.writeEndElement();
        }
        if (r.skjultForBorger()) {
            SAGDOK.relation(w, SAG, "Sagsklasse", Rolle.VISNINGSKLASSE.uuid, Objekttype.KLASSE.uuid, "1", i.start, i.aktoer,
                    Indeksklassifikation.visningsklasse(Indeksklassifikation.VISNING_UNDTAGET_BORGER).toString(), false);
            klasseUdvidelse(w, "Visningsklasse", Indeksklassifikation.VISNING_UNDTAGET_BORGER_TITEL,
                    Indeksklassifikation.VISNING_UNDTAGET_BORGER);
            w.writeEndElement();
        }

        // Sagspart
        if (i.part.isPresent()) {
            Primaerpart p = i.part.get();
            SAGDOK.relation(w, SAG, "Sagspart", Rolle.PRIMAER_PART.uuid, Objekttype.PERSON.uuid, null, i.start, i.aktoer, p.referenceId(),
                    true);
            if (p.fuldtNavn() != null) {
                SKRIV.start(w, GD, "LokalUdvidelseListe");
                SKRIV.start(w, SI, "SagspartLokalUdvidelse");
                SKRIV.element(w, SI, "FuldtNavn", p.fuldtNavn());
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
        }

        // IT-system
        if (r.masterItSystem() != null || r.afsenderItSystem() != null) {
            SKRIV.start(w, GD, "LokalUdvidelseListe");
            if (r.masterItSystem() != null) {
                itSystem(w, Rolle.MASTER, r.masterItSystem(), i);
            }
            if (r.afsenderItSystem() != null) {
                itSystem(w, Rolle.AFSENDER, r.afsenderItSystem(), i);
            }
            w.writeEndElement();
        }
        w.writeEndElement(); // RelationListe
    }

    /** The day the sag became afgjort: the last Afgjort period's start (the afgørelse the class describes). */
    private static LocalDate afgjort(Sagsregistrering r, LocalDate ellers) {
        List<Tilstandsperiode> t = r.tilstande();
        for (int k = t.size() - 1; k >= 0; k--) {
            if (t.get(k).fremdrift() == Fremdrift.AFGJORT && t.get(k).fra() != null) {
                return t.get(k).fra();
            }
        }
        return ellers;
    }

    private void itSystem(XMLStreamWriter w, Rolle rolle, UUID system, Indhold i) throws XMLStreamException {
        SAGDOK.relation(w, SI, "SagsitsystemRelation", rolle.uuid, Objekttype.IT_SYSTEM.uuid, null, i.start, i.aktoer, system.toString(),
                false);
        SKRIV.element(w, SI, "SystemNavn", systemnavn);
        w.writeEndElement();
    }

    /**
     * The Sagsaktør's extension: its key (BrugervendtNoegle, at most 50 characters; a longer key is left out rather than cut,
     * because a cut key could name another unit, and it is only required when ReferenceID is a URN, as for Ejer) and the
     * authority's CVR-Nummer.
     */
    private static void aktoerUdvidelse(XMLStreamWriter w, String brugervendtNoegle, String cvr) throws XMLStreamException {
        SKRIV.start(w, GD, "LokalUdvidelseListe");
        SKRIV.start(w, SI, "SagsaktoerLokalUdvidelse");
        SKRIV.valgfrit(w, SI, "BrugervendtNoegle", brugervendtNoegle.length() <= BRUGERVENDT_NOEGLE_MAKS ? brugervendtNoegle : null);
        SKRIV.valgfrit(w, SI, "CVR-Nummer", cvr);
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void klasseUdvidelse(XMLStreamWriter w, String facettitel, String klassetitel, String brugervendtNoegle)
            throws XMLStreamException {
        SKRIV.start(w, GD, "LokalUdvidelseListe");
        SKRIV.start(w, SI, "SagsklasseLokalUdvidelse");
        SKRIV.valgfrit(w, SI, "Facettitel", facettitel);
        SKRIV.valgfrit(w, SI, "Klassetitel", klassetitel);
        SKRIV.valgfrit(w, SI, "BrugervendtNoegle", brugervendtNoegle);
        w.writeEndElement();
        w.writeEndElement();
    }

    static String statusKode(Fremdrift f) {
        return switch (f) {
            case OPSTAAET -> "Opstaaet";
            case OPLYST -> "Oplyst";
            case AFGJORT -> "Afgjort";
            case AFSLUTTET -> "Afsluttet";
        };
    }
}
