package dk.careledger.projection.feed.ydelsesindeks;

import dk.careledger.projection.feed.Identitetsopslag;
import dk.careledger.projection.feed.sagsindeks.Primaerpart;
import dk.careledger.projection.feed.ydelsesindeks.Bevillingsregistrering.BevilgetYdelse;
import dk.careledger.projection.feed.ydelsesindeks.Bevillingsregistrering.Effektueringsplan;
import dk.careledger.projection.feed.ydelsesindeks.Ydelsesregistrering.Operation;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Renders a {@link Ydelsesregistrering} as the request body of KOMBIT's YdelseIndeks service v6 (YdelseIndeks.wsdl, the
 * service a sender uses; BevillingIndeks.wsdl and OekonomiskEffektueringIndeks.wsdl only offer {@code fjern}):
 * <ul>
 *   <li>{@link Operation#IMPORTER} as {@code yi:ImporterYdelseIndeksInput} (operation {@code importer}) holding one
 *       {@code yi:BevillingIndeks} (a {@code bi:ImportInputType}) or one {@code yi:OekonomiskEffektueringIndeks};</li>
 *   <li>{@link Operation#OPDATER} as {@code yi:OpdaterYdelseIndeksInput} (operation {@code opdater}) holding one
 *       {@code yi:OpdaterBevillingIndeks} or {@code yi:OpdaterOekonomiskEffektueringIndeks}.</li>
 * </ul>
 * Both are global elements of YdelseIndeksOperationer.xsd, so every rendering validates on its own
 * ({@link YdelsesindeksSkema}). The SOAP envelope and KOMBIT's RequestHeader are transport, not rendered here.
 *
 * <p>As for the Sagsindeks (anvisning sag.md, applied to the Bevilling by the vejledning: "registration fields as for
 * Sag"): an Importer's Registrering has Tidspunkt, LivscyklusKode {@code Importeret} and BrugerRef ([OB1]); an Opdater has
 * no Registrering, only the object's UUID, its lists and its own Tidspunkt, and who changed what is in every
 * {@code Virkning/AktoerRef}. Both carry the object's complete picture.
 *
 * <p>Bevilling, field by field (KOMBIT's sample client for the index, brief §1.3, vejledning §12.3):
 * <ul>
 *   <li>Egenskaber: BrugervendtNoegle = the bevilling's UUID (the ledger has no bevilling number), Bevillingstartdato
 *       and Bevillingslutdato (the schema's strings, written as the same dateTime as everywhere else), Foelsomhed.</li>
 *   <li>BevilgetYdelse per ydelse: Id, Navn, BevilgetYdelseStartdato, BevilgetYdelseSlutdato (exclusive, left out while
 *       it runs on: vejledning §11 "når boolean ikke er muligt, som et tomt (ikke udfyldt) felt"), IT-system Master and
 *       Afsender, the Ydelse relation with Ydelsesnavn and its Klassifikation (rolle Primær klasse, the KLE emne in
 *       BrugervendtNoegle, its title in Klassetitel — the bevilling's KLE lives here, vejledning §12.3), and for a ydelse
 *       that pays money its Økonomisk effektueringsplan (monthly, forud, the monthly amount).</li>
 *   <li>Bevillingssag only when the bevilling has a sag (ReferenceID the sag's UUID, BrugervendtNoegle its sagsnummer).
 *       </li>
 *   <li>Bevillingspart Ydelsesmodtager: the person URN and name as for the Sagsindeks' Primær part ({@link Primaerpart}:
 *       CPR URN, or {@code urn:oio:fuldtnavn:} for an erstatnings-CPR with a name). Left out when the citizen has no
 *       lawful identifier or has been forgotten: the anvisning's check then reports it ({@link Ydelsesanvisningskontrol}),
 *       so such a bevilling is blocked when produced, and a forgotten citizen's later renderings name no one.</li>
 *   <li>Bevillingsaktør Ejer ({@code urn:oio:cvr-nr:}, CVR-nr, the kommune's name when known) and, when the bevilling has
 *       a responsible unit, Ansvarlig (an OrgEnhed, index 1).</li>
 * </ul>
 * Økonomisk effektuering: Egenskaber (BrugervendtNoegle {@code <bevilling>/<YYYY-MM>}, Startdato, Slutdato, SamletBrutto-
 * beloeb, Dispositionsdato), one ØkonomiskYdelseEffektuering (period, Ydelsesbeloeb, Klassifikationsbeskrivelse = the
 * KLE emne, BevilgetYdelseRef), Aktør Ejer, IT-system Master and Afsender, and the part (ydelsesmodtager).
 *
 * <p>Virkning: from the bevilling's bevilget dato (an effektuering's: its first day), to infinity
 * ({@code GraenseIndikator true}); business dates are the start of the day in Danish time, the registration's
 * Tidspunkt is UTC. Amounts are kroner with two decimals ({@code gd:BeloebType}). UUIDs of roles, types and of objects
 * the ledger cannot look up: {@link Ydelsesklasser}. An actor whose id is blank or starts with
 * {@value #SYSTEMAKTOER_PRAEFIKS} is the ledger itself, given as {@code urn:oio:it-system-uuid:<master>} with type
 * ItSystem (as in {@code SagsindeksXml}).
 *
 * <p>Streams with StAX (no DOM, no binding): a feed page renders a thousand of these. Thread-safe.
 */
public final class YdelsesindeksXml {
    /** YdelseIndeksOperationer.xsd: the request elements and the Opdater wrappers' own Tidspunkt. */
    public static final String YI = "urn:oio:sts:ydelse:ydelseindeks:6";
    /** BevillingIndeks*.xsd. */
    public static final String BI = "urn:oio:sts:ydelse:bevillingindeks:6";
    /** OekonomiskEffektueringIndeks*.xsd. */
    public static final String OEI = "urn:oio:sts:ydelse:oekonomiskeffektueringindeks:6";
    /** SagDokObjekt.xsd: UUIDIdentifikator, Registrering's Tidspunkt/LivscyklusKode/BrugerRef, the parts of a Virkning. */
    public static final String SD = "urn:oio:sagdok:3.0.0";
    /** GenerelleDefinitioner.xsd: the common part of a relation with virkning (Virkning, Rolle, Type, Indeks, ReferenceID). */
    public static final String GD = "urn:oio:sts:generelledefinitioner:6";

    /** The IT-system's name when none is configured. */
    public static final String STANDARD_SYSTEMNAVN = "CareLedger";
    /** The prefix of the ledger's own (system) actors, e.g. {@code careledger:revisitation-proces}. */
    public static final String SYSTEMAKTOER_PRAEFIKS = "careledger:";
    /** The plan's ForudBagud: the ledger's monthly amount falls due at the start of the month it covers. */
    public static final String FORUD = "Forud";
    /** The plan's Dispositionsdag (free text, at most 50 characters). */
    public static final String DISPOSITIONSDAG = "Periodens første dag";

    static final String IT_SYSTEM_URN = "urn:oio:it-system-uuid:";
    static final String CVR_URN = "urn:oio:cvr-nr:";

    private static final ZoneId DANMARK = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter TIDSPUNKT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");
    private static final DateTimeFormatter TIDSPUNKT_UTC = TIDSPUNKT.withZone(ZoneOffset.UTC);
    private static final int NAVN_MAKS = 255;
    private static final XMLOutputFactory UD = XMLOutputFactory.newDefaultFactory();

    private final Identitetsopslag identitetsopslag;
    private final String systemnavn;

    /**
     * @param identitetsopslag resolves the ydelsesmodtager (empty once the citizen is forgotten)
     * @param systemnavn       the Master and Afsender IT-system's name (SystemNavn), e.g. {@value #STANDARD_SYSTEMNAVN}
     */
    public YdelsesindeksXml(Identitetsopslag identitetsopslag, String systemnavn) {
        this.identitetsopslag = Objects.requireNonNull(identitetsopslag, "identitetsopslag");
        this.systemnavn = Objects.requireNonNull(enLinje(systemnavn, NAVN_MAKS), "systemnavn");
    }

    /** The registration as an XML document without XML declaration (so it can also be embedded). */
    public String xml(Ydelsesregistrering r) {
        StringWriter ud = new StringWriter(6144);
        try {
            XMLStreamWriter w = UD.createXMLStreamWriter(ud);
            skriv(r, w);
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not render Ydelsesindeks object " + r.emne(), e);
        }
        return ud.toString();
    }

    /**
     * Writes the registration's request element to {@code w}, declaring its namespaces on that element, so it can be
     * written inside a feed page's own document. Does not start or end the document.
     */
    public void skriv(Ydelsesregistrering r, XMLStreamWriter w) throws XMLStreamException {
        if (r instanceof Bevillingsregistrering b) {
            skrivBevilling(b, w);
        } else {
            skrivEffektuering((Effektueringsregistrering) r, w);
        }
    }

    // ---- Bevilling ----

    private void skrivBevilling(Bevillingsregistrering b, XMLStreamWriter w) throws XMLStreamException {
        Aktoer aktoer = aktoer(b.brugerRef(), b.ejerCvr(), b.masterItSystem());
        Optional<Primaerpart> part = b.borgerId() == null ? Optional.empty() : Primaerpart.af(identitetsopslag.opslaa(b.borgerId()));
        if (b.operation() == Operation.IMPORTER) {
            start(w, YI, "ImporterYdelseIndeksInput");
            erklaerNavnerum(w);
            start(w, YI, "BevillingIndeks");
            start(w, BI, "BevillingIndeks");
            element(w, SD, "UUIDIdentifikator", b.bevillingUuid().toString());
            start(w, BI, "Registrering");
            registreringsdata(w, b.tidspunkt(), aktoer);
            bevillingslister(w, b, aktoer, part);
            w.writeEndElement(); // Registrering
            w.writeEndElement(); // bi:BevillingIndeks
            w.writeEndElement(); // yi:BevillingIndeks
            w.writeEndElement();
        } else {
            start(w, YI, "OpdaterYdelseIndeksInput");
            erklaerNavnerum(w);
            start(w, YI, "OpdaterBevillingIndeks");
            element(w, SD, "UUIDIdentifikator", b.bevillingUuid().toString());
            bevillingslister(w, b, aktoer, part);
            element(w, YI, "Tidspunkt", tidspunkt(b.tidspunkt()));
            w.writeEndElement();
            w.writeEndElement();
        }
    }

    private void bevillingslister(XMLStreamWriter w, Bevillingsregistrering b, Aktoer aktoer, Optional<Primaerpart> part)
            throws XMLStreamException {
        LocalDate fra = b.bevilgetDato();
        start(w, BI, "AttributListe");
        start(w, BI, "Egenskaber");
        virkning(w, BI, fra, aktoer);
        element(w, BI, "BrugervendtNoegle", b.bevillingUuid().toString());
        LocalDate start = null;
        LocalDate slut = null;
        boolean loebende = b.ydelser().isEmpty();
        for (BevilgetYdelse y : b.ydelser()) {
            start = y.startdato() == null || start != null && !y.startdato().isBefore(start) ? start : y.startdato();
            loebende |= y.slutdato() == null;
            slut = y.slutdato() == null || slut != null && !y.slutdato().isAfter(slut) ? slut : y.slutdato();
        }
        valgfrit(w, BI, "Bevillingstartdato", start == null ? null : dag(start));
        valgfrit(w, BI, "Bevillingslutdato", loebende || slut == null ? null : dag(slut));
        if (b.foelsomhed() != null) {
            element(w, BI, "Foelsomhed", b.foelsomhed().name());
        }
        w.writeEndElement(); // Egenskaber
        for (BevilgetYdelse y : b.ydelser()) {
            bevilgetYdelse(w, b, y, fra, aktoer);
        }
        w.writeEndElement(); // AttributListe
        start(w, BI, "TilstandListe");
        w.writeEndElement();

        start(w, BI, "RelationListe");
        if (b.sag() != null) {
            relation(w, BI, "Bevillingssag", Ydelsesklasser.ROLLE_BEVILLINGSSAG, Ydelsesklasser.TYPE_SAG, null, fra, aktoer,
                    b.sag().sagUuid().toString(), false);
            valgfrit(w, BI, "BrugervendtNoegle", enLinje(b.sag().sagsnummer(), 50));
            w.writeEndElement();
        }
        if (part.isPresent()) {
            relation(w, BI, "Bevillingspart", Ydelsesklasser.ROLLE_YDELSESMODTAGER, Ydelsesklasser.TYPE_PERSON, "1", fra, aktoer,
                    part.get().referenceId(), true);
            valgfrit(w, BI, "FuldtNavn", part.get().fuldtNavn());
            w.writeEndElement();
        }
        if (b.ejerCvr() != null) {
            relation(w, BI, "Bevillingsaktoer", Ydelsesklasser.ROLLE_EJER, Ydelsesklasser.TYPE_ORGANISATION, null, fra, aktoer,
                    CVR_URN + b.ejerCvr(), true);
            element(w, BI, "BrugervendtNoegle", b.ejerCvr());
            valgfrit(w, BI, "FuldtNavn", enLinje(b.ejerNavn(), NAVN_MAKS));
            element(w, BI, "CVR-nr", b.ejerCvr());
            w.writeEndElement();
        }
        if (b.ansvarligEnhed() != null) {
            relation(w, BI, "Bevillingsaktoer", Ydelsesklasser.ROLLE_ANSVARLIG, Ydelsesklasser.TYPE_ORGENHED, "1", fra, aktoer,
                    Ydelsesklasser.orgEnhed(b.ejerCvr(), b.ansvarligEnhed()).toString(), false);
            valgfrit(w, BI, "BrugervendtNoegle", enLinje(b.ansvarligEnhed(), 50));
            valgfrit(w, BI, "CVR-nr", b.ejerCvr());
            w.writeEndElement();
        }
        w.writeEndElement(); // RelationListe
    }

    private void bevilgetYdelse(XMLStreamWriter w, Bevillingsregistrering b, BevilgetYdelse y, LocalDate fra, Aktoer aktoer)
            throws XMLStreamException {
        start(w, BI, "BevilgetYdelse");
        virkning(w, BI, fra, aktoer);
        valgfrit(w, BI, "Id", y.id());
        valgfrit(w, BI, "Navn", enLinje(y.navn(), NAVN_MAKS));
        valgfrit(w, BI, "BevilgetYdelseStartdato", y.startdato() == null ? null : dag(y.startdato()));
        valgfrit(w, BI, "BevilgetYdelseSlutdato", y.slutdato() == null ? null : dag(y.slutdato()));
        if (b.masterItSystem() != null) {
            relationUdenVirkning(w, "ItSystem", Ydelsesklasser.ROLLE_MASTER, Ydelsesklasser.TYPE_IT_SYSTEM, null, b.masterItSystem());
            element(w, BI, "SystemNavn", systemnavn);
            w.writeEndElement();
        }
        if (b.afsenderItSystem() != null) {
            relationUdenVirkning(w, "ItSystem", Ydelsesklasser.ROLLE_AFSENDER, Ydelsesklasser.TYPE_IT_SYSTEM, null, b.afsenderItSystem());
            element(w, BI, "SystemNavn", systemnavn);
            w.writeEndElement();
        }
        relationUdenVirkning(w, "Ydelse", Ydelsesklasser.ROLLE_YDELSE, Ydelsesklasser.TYPE_YDELSE, null,
                y.indsatsKode() == null ? null : Ydelsesklasser.indsats(y.indsatsKode()));
        valgfrit(w, BI, "Ydelsesnavn", enLinje(y.navn(), NAVN_MAKS));
        if (y.kleEmne() != null) {
            relationUdenVirkning(w, "Klassifikation", Ydelsesklasser.ROLLE_PRIMAER_KLASSE, Ydelsesklasser.TYPE_KLASSE, "1",
                    Ydelsesklasser.kle(y.kleEmne()));
            element(w, BI, "BrugervendtNoegle", y.kleEmne());
            valgfrit(w, BI, "Klassetitel", enLinje(y.kleTitel(), NAVN_MAKS));
            w.writeEndElement();
        }
        w.writeEndElement(); // Ydelse
        Effektueringsplan p = y.plan();
        if (p != null) {
            start(w, BI, "OekonomiskEffektueringsplan");
            element(w, BI, "Id", "1");
            valgfrit(w, BI, "EffektueringsplanStartdato", p.startdato() == null ? null : dag(p.startdato()));
            valgfrit(w, BI, "EffektueringsplanSlutdato", p.slutdato() == null ? null : dag(p.slutdato()));
            element(w, BI, "Beregningsfrekvens", Ydelsesklasser.BEREGNINGSFREKVENS_MAANEDLIG);
            element(w, BI, "ForudBagud", FORUD);
            element(w, BI, "Dispositionsdag", DISPOSITIONSDAG);
            element(w, BI, "Ydelsesbeloeb", kroner(p.beloebOere()));
            w.writeEndElement();
        }
        w.writeEndElement(); // BevilgetYdelse
    }

    // ---- Økonomisk effektuering ----

    private void skrivEffektuering(Effektueringsregistrering e, XMLStreamWriter w) throws XMLStreamException {
        Aktoer aktoer = aktoer(e.brugerRef(), e.ejerCvr(), e.masterItSystem());
        Optional<Primaerpart> part = e.borgerId() == null ? Optional.empty() : Primaerpart.af(identitetsopslag.opslaa(e.borgerId()));
        if (e.operation() == Operation.IMPORTER) {
            start(w, YI, "ImporterYdelseIndeksInput");
            erklaerNavnerum(w);
            start(w, YI, "OekonomiskEffektueringIndeks");
            start(w, OEI, "OekonomiskEffektueringIndeks");
            element(w, SD, "UUIDIdentifikator", e.effektueringUuid().toString());
            start(w, OEI, "Registrering");
            registreringsdata(w, e.tidspunkt(), aktoer);
            effektueringslister(w, e, aktoer, part);
            w.writeEndElement(); // Registrering
            w.writeEndElement(); // oei:OekonomiskEffektueringIndeks
            w.writeEndElement(); // yi:OekonomiskEffektueringIndeks
            w.writeEndElement();
        } else {
            start(w, YI, "OpdaterYdelseIndeksInput");
            erklaerNavnerum(w);
            start(w, YI, "OpdaterOekonomiskEffektueringIndeks");
            element(w, SD, "UUIDIdentifikator", e.effektueringUuid().toString());
            effektueringslister(w, e, aktoer, part);
            element(w, YI, "Tidspunkt", tidspunkt(e.tidspunkt()));
            w.writeEndElement();
            w.writeEndElement();
        }
    }

    private void effektueringslister(XMLStreamWriter w, Effektueringsregistrering e, Aktoer aktoer, Optional<Primaerpart> part)
            throws XMLStreamException {
        LocalDate fra = e.startdato();
        start(w, OEI, "AttributListe");
        start(w, OEI, "Egenskaber");
        virkning(w, OEI, fra, aktoer);
        element(w, OEI, "BrugervendtNoegle", e.bevillingUuid() + "/" + e.periode());
        valgfrit(w, OEI, "Startdato", e.startdato() == null ? null : dag(e.startdato()));
        valgfrit(w, OEI, "Slutdato", e.slutdato() == null ? null : dag(e.slutdato()));
        element(w, OEI, "SamletBruttobeloeb", kroner(e.beloebOere()));
        valgfrit(w, OEI, "Dispositionsdato", e.dispositionsdato() == null ? null : dag(e.dispositionsdato()));
        w.writeEndElement(); // Egenskaber
        w.writeEndElement(); // AttributListe
        start(w, OEI, "TilstandListe");
        w.writeEndElement();

        start(w, OEI, "RelationListe");
        relation(w, OEI, "OekonomiskYdelseEffektueringRelation", Ydelsesklasser.ROLLE_YDELSESEFFEKTUERING,
                Ydelsesklasser.TYPE_YDELSESEFFEKTUERING, "1", fra, aktoer,
                e.indsatsKode() == null ? null : Ydelsesklasser.indsats(e.indsatsKode()).toString(), false);
        valgfrit(w, OEI, "YdelsesperiodeStartdato", e.startdato() == null ? null : dag(e.startdato()));
        valgfrit(w, OEI, "YdelsesperiodeSlutdato", e.slutdato() == null ? null : dag(e.slutdato()));
        element(w, OEI, "Ydelsesbeloeb", kroner(e.beloebOere()));
        valgfrit(w, OEI, "Klassifikationsbeskrivelse", e.kleEmne());
        if (e.bevillingUuid() != null && e.bevilgetYdelseId() != null) {
            start(w, OEI, "BevilgetYdelseRef");
            element(w, SD, "UUIDIdentifikator", e.bevillingUuid().toString());
            element(w, OEI, "BevilgetYdelseId", e.bevilgetYdelseId());
            w.writeEndElement();
        }
        w.writeEndElement(); // OekonomiskYdelseEffektueringRelation
        if (e.ejerCvr() != null) {
            relation(w, OEI, "Aktoer", Ydelsesklasser.ROLLE_EFFEKTUERING_EJER, Ydelsesklasser.TYPE_EFFEKTUERING_EJER, null, fra, aktoer,
                    CVR_URN + e.ejerCvr(), true);
            element(w, OEI, "BrugervendtNoegle", e.ejerCvr());
            valgfrit(w, OEI, "FuldtNavn", enLinje(e.ejerNavn(), NAVN_MAKS));
            element(w, OEI, "CVR-nr", e.ejerCvr());
            w.writeEndElement();
        }
        if (e.masterItSystem() != null) {
            relation(w, OEI, "ItSystem", Ydelsesklasser.ROLLE_MASTER, Ydelsesklasser.TYPE_IT_SYSTEM, null, fra, aktoer,
                    e.masterItSystem().toString(), false);
            element(w, OEI, "SystemNavn", systemnavn);
            w.writeEndElement();
        }
        if (e.afsenderItSystem() != null) {
            relation(w, OEI, "ItSystem", Ydelsesklasser.ROLLE_AFSENDER, Ydelsesklasser.TYPE_IT_SYSTEM, null, fra, aktoer,
                    e.afsenderItSystem().toString(), false);
            element(w, OEI, "SystemNavn", systemnavn);
            w.writeEndElement();
        }
        if (part.isPresent()) {
            relation(w, OEI, "OekonomiskEffektueringPart", Ydelsesklasser.ROLLE_EFFEKTUERINGSMODTAGER,
                    Ydelsesklasser.TYPE_EFFEKTUERINGSMODTAGER, "1", fra, aktoer, part.get().referenceId(), true);
            valgfrit(w, OEI, "FuldtNavn", part.get().fuldtNavn());
            w.writeEndElement();
        }
        w.writeEndElement(); // RelationListe
    }

    // ---- common parts ----

    /** An actor as the index's AktoerRef/BrugerRef: a user's UUID, or the ledger itself as an IT-system URN. */
    private record Aktoer(String reference, boolean urn, String typeKode) {
    }

    private static Aktoer aktoer(String brugerId, String kommune, UUID master) {
        if (brugerId == null || brugerId.isBlank() || brugerId.startsWith(SYSTEMAKTOER_PRAEFIKS)) {
            return new Aktoer(IT_SYSTEM_URN + master, true, "ItSystem");
        }
        return new Aktoer(Ydelsesklasser.bruger(kommune, brugerId).toString(), false, "Bruger");
    }

    /** The Registrering's own data on an Importer: Tidspunkt, LivscyklusKode Importeret, BrugerRef. */
    private static void registreringsdata(XMLStreamWriter w, Instant tidspunkt, Aktoer aktoer) throws XMLStreamException {
        element(w, SD, "Tidspunkt", tidspunkt(tidspunkt));
        element(w, SD, "LivscyklusKode", "Importeret");
        start(w, SD, "BrugerRef");
        unikId(w, aktoer.reference(), aktoer.urn());
        w.writeEndElement();
    }

    /**
     * Opens a relation element with virkning and writes its common part (gd:RelationType: Virkning, Rolle, Type, Indeks,
     * ReferenceID). The caller writes the extension and closes the element.
     */
    private static void relation(XMLStreamWriter w, String ns, String navn, UUID rolle, UUID type, String indeks, LocalDate fra,
            Aktoer aktoer, String reference, boolean urn) throws XMLStreamException {
        start(w, ns, navn);
        virkning(w, GD, fra, aktoer);
        start(w, GD, "Rolle");
        unikId(w, rolle.toString(), false);
        w.writeEndElement();
        start(w, GD, "Type");
        unikId(w, type.toString(), false);
        w.writeEndElement();
        valgfrit(w, GD, "Indeks", indeks);
        if (reference != null) {
            start(w, GD, "ReferenceID");
            unikId(w, reference, urn);
            w.writeEndElement();
        }
    }

    /**
     * Opens a relation without virkning inside a BevilgetYdelse (bi:RelationUdenVirkningType: Rolle, Type, Indeks,
     * ReferenceID, all in the BevillingIndeks namespace). The caller writes the extension and closes the element.
     */
    private static void relationUdenVirkning(XMLStreamWriter w, String navn, UUID rolle, UUID type, String indeks, UUID reference)
            throws XMLStreamException {
        start(w, BI, navn);
        start(w, BI, "Rolle");
        unikId(w, rolle.toString(), false);
        w.writeEndElement();
        start(w, BI, "Type");
        unikId(w, type.toString(), false);
        w.writeEndElement();
        valgfrit(w, BI, "Indeks", indeks);
        if (reference != null) {
            start(w, BI, "ReferenceID");
            unikId(w, reference.toString(), false);
            w.writeEndElement();
        }
    }

    /** A Virkning (sd:VirkningType) in {@code ns}: from the day (inclusive), to infinity, by whom. */
    private static void virkning(XMLStreamWriter w, String ns, LocalDate fra, Aktoer aktoer) throws XMLStreamException {
        start(w, ns, "Virkning");
        if (fra != null) {
            start(w, SD, "FraTidspunkt");
            element(w, SD, "TidsstempelDatoTid", dag(fra));
            w.writeEndElement();
        }
        start(w, SD, "TilTidspunkt");
        element(w, SD, "GraenseIndikator", "true");
        w.writeEndElement();
        start(w, SD, "AktoerRef");
        unikId(w, aktoer.reference(), aktoer.urn());
        w.writeEndElement();
        element(w, SD, "AktoerTypeKode", aktoer.typeKode());
        w.writeEndElement();
    }

    private static void unikId(XMLStreamWriter w, String vaerdi, boolean urn) throws XMLStreamException {
        element(w, SD, urn ? "URNIdentifikator" : "UUIDIdentifikator", vaerdi);
    }

    /** A business date as the index's dateTime: the start of that day in Danish time, e.g. 2026-03-01T00:00:00.000+01:00. */
    static String dag(LocalDate d) {
        return TIDSPUNKT.format(d.atStartOfDay(DANMARK));
    }

    static String tidspunkt(Instant t) {
        return TIDSPUNKT_UTC.format(t);
    }

    /** Øre as the index's BeloebType: kroner with two decimals, e.g. {@code 1234.50}. */
    static String kroner(long oere) {
        return BigDecimal.valueOf(oere, 2).toPlainString();
    }

    /**
     * One line of at most {@code maks} characters: line breaks, other whitespace and characters XML cannot carry become
     * single spaces (the anvisning: names "som en enkelt linje"). Null or blank gives null.
     */
    static String enLinje(String s, int maks) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), maks));
        boolean mellemrum = false;
        int i = 0;
        while (i < s.length()) {
            int tegn = s.codePointAt(i);
            i += Character.charCount(tegn);
            if (Character.isISOControl(tegn) || Character.isWhitespace(tegn) || tegn == 0xFFFE || tegn == 0xFFFF
                    || Character.getType(tegn) == Character.SURROGATE) {
                mellemrum = true;
                continue;
            }
            boolean medMellemrum = mellemrum && b.length() > 0;
            if (b.length() + Character.charCount(tegn) + (medMellemrum ? 1 : 0) > maks) {
                break;
            }
            if (medMellemrum) {
                b.append(' ');
            }
            mellemrum = false;
            b.appendCodePoint(tegn);
        }
        return b.length() == 0 ? null : b.toString();
    }

    private static void erklaerNavnerum(XMLStreamWriter w) throws XMLStreamException {
        w.writeNamespace("yi", YI);
        w.writeNamespace("bi", BI);
        w.writeNamespace("oei", OEI);
        w.writeNamespace("sd", SD);
        w.writeNamespace("gd", GD);
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
            case YI -> "yi";
            case BI -> "bi";
            case OEI -> "oei";
            case SD -> "sd";
            case GD -> "gd";
            default -> throw new IllegalArgumentException(ns);
        };
    }
}
