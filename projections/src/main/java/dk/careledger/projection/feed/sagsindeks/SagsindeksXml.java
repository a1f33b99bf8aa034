package dk.careledger.projection.feed.sagsindeks;

import static dk.careledger.projection.feed.sagsindeks.Navnerum.GD;
import static dk.careledger.projection.feed.sagsindeks.Navnerum.SAG;
import static dk.careledger.projection.feed.sagsindeks.Navnerum.SD;
import static dk.careledger.projection.feed.sagsindeks.Navnerum.SDI;
import static dk.careledger.projection.feed.sagsindeks.Navnerum.SI;

import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Dekryptering;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.sag.Fremdrift;
import dk.careledger.projection.feed.Identitetsopslag;
import dk.careledger.projection.feed.sagsindeks.Indeksklassifikation.Objekttype;
import dk.careledger.projection.feed.sagsindeks.Indeksklassifikation.Rolle;
import dk.careledger.projection.feed.sagsindeks.Sagsregistrering.Operation;
import dk.careledger.projection.feed.sagsindeks.Sagsregistrering.Tilstandsperiode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
 * elements of {@code SagDokumentIndeksOperationer.xsd}, so each rendering validates on its own ({@link Skemavalidering});
 * the SOAP envelope and KOMBIT's RequestHeader are transport and are not rendered here.
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
 * {@link Indeksklassifikation}. An actor whose id starts with {@value #SYSTEMAKTOER_PRAEFIKS} is the ledger itself (the
 * command side's system actors) and is given as {@code urn:oio:it-system-uuid:<master>} with type ItSystem, as the
 * anvisning prescribes for changes "ikke foretaget af en bruger".
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
    /** The prefix of the ledger's own (system) actors, e.g. {@code careledger:revisitation-proces}. */
    public static final String SYSTEMAKTOER_PRAEFIKS = "careledger:";

    static final String IT_SYSTEM_URN = "urn:oio:it-system-uuid:";
    static final String CVR_URN = "urn:oio:cvr-nr:";

    private static final ZoneId DANMARK = ZoneId.of("Europe/Copenhagen");
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
        Indhold i = new Indhold(r);
        if (r.operation() == Operation.IMPORTER) {
            start(w, SDI, "ImporterSagDokumentIndeksInput");
            erklaerNavnerum(w);
            start(w, SDI, "SagIndeks");
            element(w, SD, "UUIDIdentifikator", r.sagUuid().toString());
            start(w, SAG, "Registrering");
            element(w, SD, "Tidspunkt", tidspunkt(r.tidspunkt()));
            element(w, SD, "LivscyklusKode", "Importeret");
            start(w, SD, "BrugerRef");
            unikId(w, i.aktoer.reference, i.aktoer.urn);
            w.writeEndElement();
            lister(w, i);
            w.writeEndElement(); // Registrering
            w.writeEndElement(); // SagIndeks
            w.writeEndElement();
        } else {
            start(w, SDI, "OpdaterSagDokumentIndeksInput");
            erklaerNavnerum(w);
            start(w, SDI, "OpdaterSagIndeks");
            element(w, SD, "UUIDIdentifikator", r.sagUuid().toString());
            lister(w, i);
            element(w, SDI, "Tidspunkt", tidspunkt(r.tidspunkt()));
            w.writeEndElement(); // OpdaterSagIndeks
            w.writeEndElement();
        }
    }

    // ---- what is rendered, resolved once ----

    /** An actor as the index's AktoerRef/BrugerRef: a UUID (a user) or a URN (the ledger itself). */
    private record Aktoer(String reference, boolean urn, String typeKode) {
    }

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
            this.part = r.borgerId() == null ? Optional.empty() : Primaerpart.af(identitetsopslag.opslaa(r.borgerId()));
        }

        Aktoer aktoer(String brugerId) {
            if (brugerId == null || brugerId.isBlank() || brugerId.startsWith(SYSTEMAKTOER_PRAEFIKS)) {
                return new Aktoer(IT_SYSTEM_URN + r.masterItSystem(), true, "ItSystem");
            }
            return new Aktoer(Indeksklassifikation.bruger(r.ejerCvr(), brugerId).toString(), false, "Bruger");
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
        return LocalDate.ofInstant(r.tidspunkt(), DANMARK);
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
        start(w, SAG, "AttributListe");
        start(w, SAG, "Egenskaber");
        virkning(w, SAG, i.start, null, i.aktoer);
        valgfrit(w, SAG, "BrugervendtNoegle", r.sagsnummer());
        if (i.alternativTitel != null) {
            start(w, SAG, "OffentlighedUndtaget");
            element(w, SD, "TitelAlternativTekst", i.alternativTitel);
            element(w, SD, "OffentlighedUndtagetHjemmelTekst", HJEMMEL_UNDTAGET);
            w.writeEndElement();
        }
        valgfrit(w, SAG, "Sagsnummer", r.sagsnummer());
        valgfrit(w, SAG, "Titel", i.titel);
        w.writeEndElement(); // Egenskaber
        start(w, GD, "LokalUdvidelseListe");
        start(w, SI, "SagIndeksEgenskaber");
        virkning(w, GD, i.start, null, i.aktoer);
        valgfrit(w, SI, "Sagsstatus", Tekst.enLinje(r.sagsstatus(), SAGSSTATUS_MAKS));
        if (r.foelsomhed() != null) {
            element(w, SI, "Foelsomhed", r.foelsomhed().name());
        }
        if (r.oprettetTidspunkt() != null) {
            element(w, SI, "OprettetTidspunkt", tidspunkt(r.oprettetTidspunkt()));
        }
        w.writeEndElement(); // SagIndeksEgenskaber
        w.writeEndElement(); // LokalUdvidelseListe
        w.writeEndElement(); // AttributListe
    }

    private void tilstandListe(XMLStreamWriter w, Indhold i) throws XMLStreamException {
        start(w, SAG, "TilstandListe");
        for (Tilstandsperiode p : i.r.tilstande()) {
            start(w, SAG, "Fremdrift");
            Aktoer a = p.aktoerBruger() == null || p.aktoerBruger().equals(i.r.brugerRef()) ? i.aktoer : i.aktoer(p.aktoerBruger());
            virkning(w, SAG, p.fra(), p.til(), a);
            element(w, SAG, "FremdriftStatusKode", statusKode(p.fremdrift()));
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private void relationListe(XMLStreamWriter w, Indhold i) throws XMLStreamException {
        Sagsregistrering r = i.r;
        start(w, SAG, "RelationListe");

        // Sagsaktør
        if (r.ejerCvr() != null) {
            relation(w, SAG, "Sagsaktoer", Rolle.EJER, Objekttype.ORGANISATION, null, i.start, i.aktoer, CVR_URN + r.ejerCvr(), true);
            aktoerUdvidelse(w, r.ejerCvr(), r.ejerCvr());
            w.writeEndElement();
        }
        if (r.ansvarligEnhed() != null) {
            relation(w, SAG, "Sagsaktoer", Rolle.ANSVARLIG, Objekttype.ORGANISATIONSENHED, null, i.start, i.aktoer,
                    Indeksklassifikation.organisationsenhed(r.ejerCvr(), r.ansvarligEnhed()).toString(), false);
            aktoerUdvidelse(w, r.ansvarligEnhed(), r.ejerCvr());
            w.writeEndElement();
        }
        if (r.primaerBehandler() != null) {
            LocalDate fra = r.primaerBehandlerFra() != null ? r.primaerBehandlerFra() : i.start;
            relation(w, SAG, "Sagsaktoer", Rolle.PRIMAER_BEHANDLER, Objekttype.BRUGER, null, fra, i.aktoer,
                    Indeksklassifikation.bruger(r.ejerCvr(), r.primaerBehandler()).toString(), false);
            aktoerUdvidelse(w, r.primaerBehandler(), r.ejerCvr());
            w.writeEndElement();
        }

        // Sagsklasse
        if (r.kleEmne() != null) {
            relation(w, SAG, "Sagsklasse", Rolle.PRIMAER_KLASSE, Objekttype.KLASSE, null, i.start, i.aktoer,
                    Indeksklassifikation.kle(r.kleEmne()).toString(), false);
            klasseUdvidelse(w, "KL Emneplan", r.titel() == null ? null : Tekst.enLinje(r.titel().kleTitel(), TITEL_MAKS), r.kleEmne());
            w.writeEndElement();
        }
        if (r.handlingsfacet() != null) {
            relation(w, SAG, "Sagsklasse", Rolle.HANDLINGSKLASSE, Objekttype.KLASSE, null, i.start, i.aktoer,
                    Indeksklassifikation.kle(r.handlingsfacet()).toString(), false);
            klasseUdvidelse(w, "KLE - Handlingsfacet", null, r.handlingsfacet());
            w.writeEndElement();
        }
        if (r.afgoerelsesklasse() != null) {
            relation(w, SAG, "Sagsklasse", Rolle.AFGOERELSESKLASSE, Objekttype.KLASSE, "1", afgjort(r, i.start), i.aktoer,
                    Indeksklassifikation.sagsafgoerelse(r.afgoerelsesklasse()).toString(), false);
            klasseUdvidelse(w, "Indekser/Sagsafgørelse", null, r.afgoerelsesklasse());
            w.writeEndElement();
        }
        if (r.skjultForBorger()) {
            relation(w, SAG, "Sagsklasse", Rolle.VISNINGSKLASSE, Objekttype.KLASSE, "1", i.start, i.aktoer,
                    Indeksklassifikation.visningsklasse(Indeksklassifikation.VISNING_UNDTAGET_BORGER).toString(), false);
            klasseUdvidelse(w, "Visningsklasse", Indeksklassifikation.VISNING_UNDTAGET_BORGER_TITEL,
                    Indeksklassifikation.VISNING_UNDTAGET_BORGER);
            w.writeEndElement();
        }

        // Sagspart
        if (i.part.isPresent()) {
            Primaerpart p = i.part.get();
            relation(w, SAG, "Sagspart", Rolle.PRIMAER_PART, Objekttype.PERSON, null, i.start, i.aktoer, p.referenceId(), true);
            if (p.fuldtNavn() != null) {
                start(w, GD, "LokalUdvidelseListe");
                start(w, SI, "SagspartLokalUdvidelse");
                element(w, SI, "FuldtNavn", p.fuldtNavn());
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
        }

        // IT-system
        if (r.masterItSystem() != null || r.afsenderItSystem() != null) {
            start(w, GD, "LokalUdvidelseListe");
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
        relation(w, SI, "SagsitsystemRelation", rolle, Objekttype.IT_SYSTEM, null, i.start, i.aktoer, system.toString(), false);
        element(w, SI, "SystemNavn", systemnavn);
        w.writeEndElement();
    }

    /**
     * Opens a relation element and writes its common part (gd:RelationType: Virkning, Rolle, Type, Indeks, ReferenceID).
     * The caller writes the extension, if any, and closes the element.
     */
    private static void relation(XMLStreamWriter w, String ns, String navn, Rolle rolle, Objekttype type, String indeks,
            LocalDate fra, Aktoer aktoer, String reference, boolean urn) throws XMLStreamException {
        start(w, ns, navn);
        virkning(w, GD, fra, null, aktoer);
        start(w, GD, "Rolle");
        unikId(w, rolle.uuid.toString(), false);
        w.writeEndElement();
        start(w, GD, "Type");
        unikId(w, type.uuid.toString(), false);
        w.writeEndElement();
        if (indeks != null) {
            element(w, GD, "Indeks", indeks);
        }
        start(w, GD, "ReferenceID");
        unikId(w, reference, urn);
        w.writeEndElement();
    }

    /**
     * The Sagsaktør's extension: its key (BrugervendtNoegle, at most 50 characters; a longer key is left out rather than cut,
     * because a cut key could name another unit, and it is only required when ReferenceID is a URN, as for Ejer) and the
     * authority's CVR-Nummer.
     */
    private static void aktoerUdvidelse(XMLStreamWriter w, String brugervendtNoegle, String cvr) throws XMLStreamException {
        start(w, GD, "LokalUdvidelseListe");
        start(w, SI, "SagsaktoerLokalUdvidelse");
        valgfrit(w, SI, "BrugervendtNoegle", brugervendtNoegle.length() <= BRUGERVENDT_NOEGLE_MAKS ? brugervendtNoegle : null);
        valgfrit(w, SI, "CVR-Nummer", cvr);
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void klasseUdvidelse(XMLStreamWriter w, String facettitel, String klassetitel, String brugervendtNoegle)
            throws XMLStreamException {
        start(w, GD, "LokalUdvidelseListe");
        start(w, SI, "SagsklasseLokalUdvidelse");
        valgfrit(w, SI, "Facettitel", facettitel);
        valgfrit(w, SI, "Klassetitel", klassetitel);
        valgfrit(w, SI, "BrugervendtNoegle", brugervendtNoegle);
        w.writeEndElement();
        w.writeEndElement();
    }

    /** A Virkning element (sd:VirkningType) in {@code ns}: from (inclusive), to (exclusive; null = infinity), who. */
    private static void virkning(XMLStreamWriter w, String ns, LocalDate fra, LocalDate til, Aktoer aktoer) throws XMLStreamException {
        start(w, ns, "Virkning");
        if (fra != null) {
            start(w, SD, "FraTidspunkt");
            element(w, SD, "TidsstempelDatoTid", dag(fra));
            w.writeEndElement();
        }
        start(w, SD, "TilTidspunkt");
        if (til == null) {
            element(w, SD, "GraenseIndikator", "true");
        } else {
            element(w, SD, "TidsstempelDatoTid", dag(til));
        }
        w.writeEndElement();
        start(w, SD, "AktoerRef");
        unikId(w, aktoer.reference, aktoer.urn);
        w.writeEndElement();
        element(w, SD, "AktoerTypeKode", aktoer.typeKode);
        w.writeEndElement();
    }

    /** The content of an sd:UnikIdType: a UUID or a URN. */
    private static void unikId(XMLStreamWriter w, String vaerdi, boolean urn) throws XMLStreamException {
        element(w, SD, urn ? "URNIdentifikator" : "UUIDIdentifikator", vaerdi);
    }

    static String statusKode(Fremdrift f) {
        return switch (f) {
            case OPSTAAET -> "Opstaaet";
            case OPLYST -> "Oplyst";
            case AFGJORT -> "Afgjort";
            case AFSLUTTET -> "Afsluttet";
        };
    }

    /** A business date as the index's dateTime: the start of that day in Danish time, e.g. 2026-03-23T00:00:00.000+01:00. */
    static String dag(LocalDate d) {
        int offset = DANMARK.getRules().getOffset(d.atStartOfDay()).getTotalSeconds();
        StringBuilder b = new StringBuilder(29);
        dato(b, d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        b.append("T00:00:00.000").append(offset < 0 ? '-' : '+');
        int min = Math.abs(offset) / 60;
        to(b, min / 60).append(':');
        to(b, min % 60);
        return b.toString();
    }

    /** A point in time as the index's dateTime, in UTC with milliseconds, e.g. 2026-02-01T10:15:30.000Z. */
    static String tidspunkt(Instant t) {
        LocalDateTime u = LocalDateTime.ofEpochSecond(t.getEpochSecond(), t.getNano(), ZoneOffset.UTC);
        StringBuilder b = new StringBuilder(24);
        dato(b, u.getYear(), u.getMonthValue(), u.getDayOfMonth());
        b.append('T');
        to(b, u.getHour()).append(':');
        to(b, u.getMinute()).append(':');
        to(b, u.getSecond()).append('.');
        int ms = u.getNano() / 1_000_000;
        b.append((char) ('0' + ms / 100)).append((char) ('0' + ms / 10 % 10)).append((char) ('0' + ms % 10));
        return b.append('Z').toString();
    }

    private static void dato(StringBuilder b, int aar, int maaned, int dag) {
        if (aar < 1000 || aar > 9999) {
            throw new IllegalArgumentException("year outside 1000-9999: " + aar);
        }
        b.append(aar).append('-');
        to(b, maaned).append('-');
        to(b, dag);
    }

    private static StringBuilder to(StringBuilder b, int tal) {
        return b.append((char) ('0' + tal / 10)).append((char) ('0' + tal % 10));
    }

    // ---- StAX helpers ----

    private static void erklaerNavnerum(XMLStreamWriter w) throws XMLStreamException {
        w.writeNamespace("sdi", SDI);
        w.writeNamespace("sag", SAG);
        w.writeNamespace("sd", SD);
        w.writeNamespace("gd", GD);
        w.writeNamespace("si", SI);
    }

    private static void start(XMLStreamWriter w, String ns, String navn) throws XMLStreamException {
        w.writeStartElement(praefiks(ns), navn, ns);
    }

    private static void element(XMLStreamWriter w, String ns, String navn, String tekst) throws XMLStreamException {
        w.writeStartElement(praefiks(ns), navn, ns);
        w.writeCharacters(tekst);
        w.writeEndElement();
    }

    private static void valgfrit(XMLStreamWriter w, String ns, String navn, String tekst) throws XMLStreamException {
        if (tekst != null) {
            element(w, ns, navn, tekst);
        }
    }

    private static String praefiks(String ns) {
        return switch (ns) {
            case SDI -> "sdi";
            case SAG -> "sag";
            case SD -> "sd";
            case GD -> "gd";
            case SI -> "si";
            default -> throw new IllegalArgumentException(ns);
        };
    }
}
