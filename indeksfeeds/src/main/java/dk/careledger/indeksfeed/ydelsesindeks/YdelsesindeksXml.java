package dk.careledger.indeksfeed.ydelsesindeks;

import dk.careledger.indeksfeed.Identitetsopslag;
import dk.careledger.indeksfeed.sagsindeks.Primaerpart;
import dk.careledger.indeksfeed.xml.Aktoer;
import dk.careledger.indeksfeed.xml.Elementskriver;
import dk.careledger.indeksfeed.xml.Indeksdato;
import dk.careledger.indeksfeed.xml.Sagdokskriver;
import dk.careledger.indeksfeed.xml.Tekst;
import dk.careledger.indeksfeed.ydelsesindeks.Bevillingsregistrering.BevilgetYdelse;
import dk.careledger.indeksfeed.ydelsesindeks.Bevillingsregistrering.Effektueringsplan;
import dk.careledger.indeksfeed.ydelsesindeks.Ydelsesregistrering.Operation;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
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
 * {@value Aktoer#SYSTEMAKTOER_PRAEFIKS} is the ledger itself, given as {@code urn:oio:it-system-uuid:<master>} with type
 * ItSystem (as in {@code SagsindeksXml}; {@link Aktoer}). The parts both indexes take from the common schemas (Virkning,
 * a relation's common part, an Importer's Registrering data) are written by {@link Sagdokskriver}.
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
    public static final String SD = Sagdokskriver.SD;
    /** GenerelleDefinitioner.xsd: the common part of a relation with virkning (Virkning, Rolle, Type, Indeks, ReferenceID). */
    public static final String GD = Sagdokskriver.GD;

    /** The IT-system's name when none is configured. */
    public static final String STANDARD_SYSTEMNAVN = "CareLedger";
    /** The plan's ForudBagud: the ledger's monthly amount falls due at the start of the month it covers. */
    public static final String FORUD = "Forud";
    /** The plan's Dispositionsdag (free text, at most 50 characters). */
    public static final String DISPOSITIONSDAG = "Periodens første dag";

    private static final Elementskriver SKRIV = new Elementskriver("yi", YI, "bi", BI, "oei", OEI, "sd", SD, "gd", GD);
    private static final Sagdokskriver SAGDOK = new Sagdokskriver(SKRIV);
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
        this.systemnavn = Objects.requireNonNull(Tekst.enLinje(systemnavn, NAVN_MAKS), "systemnavn");
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
        Aktoer aktoer = aktoer(r.brugerRef(), r.ejerCvr(), r.masterItSystem());
        Optional<Primaerpart> part = Primaerpart.af(identitetsopslag, r.borgerId());
        if (r instanceof Bevillingsregistrering b) {
            aabn(w, b, BI, "BevillingIndeks", "OpdaterBevillingIndeks", aktoer);
            bevillingslister(w, b, aktoer, part);
        } else {
            Effektueringsregistrering e = (Effektueringsregistrering) r;
            aabn(w, e, OEI, "OekonomiskEffektueringIndeks", "OpdaterOekonomiskEffektueringIndeks", aktoer);
            effektueringslister(w, e, aktoer, part);
        }
        luk(w, r);
    }

    // ---- Bevilling ----

    private void bevillingslister(XMLStreamWriter w, Bevillingsregistrering b, Aktoer aktoer, Optional<Primaerpart> part)
            throws XMLStreamException {
        LocalDate fra = b.bevilgetDato();
        SKRIV.start(w, BI, "AttributListe");
        SKRIV.start(w, BI, "Egenskaber");
        SAGDOK.virkning(w, BI, fra, null, aktoer);
        SKRIV.element(w, BI, "BrugervendtNoegle", b.bevillingUuid().toString());
        LocalDate start = null;
        LocalDate slut = null;
        boolean loebende = b.ydelser().isEmpty();
        for (BevilgetYdelse y : b.ydelser()) {
            start = y.startdato() == null || start != null && !y.startdato().isBefore(start) ? start : y.startdato();
            loebende |= y.slutdato() == null;
            slut = y.slutdato() == null || slut != null && !y.slutdato().isAfter(slut) ? slut : y.slutdato();
        }
        SKRIV.valgfrit(w, BI, "Bevillingstartdato", start == null ? null : Indeksdato.dag(start));
        SKRIV.valgfrit(w, BI, "Bevillingslutdato", loebende || slut == null ? null : Indeksdato.dag(slut));
        if (b.foelsomhed() != null) {
            SKRIV.element(w, BI, "Foelsomhed", b.foelsomhed().name());
        }
        w.writeEndElement(); // Egenskaber
        for (BevilgetYdelse y : b.ydelser()) {
            bevilgetYdelse(w, b, y, fra, aktoer);
        }
        w.writeEndElement(); // AttributListe
        SKRIV.start(w, BI, "TilstandListe");
        w.writeEndElement();

        SKRIV.start(w, BI, "RelationListe");
        if (b.sag() != null) {
            SAGDOK.relation(w, BI, "Bevillingssag", Ydelsesklasser.ROLLE_BEVILLINGSSAG, Ydelsesklasser.TYPE_SAG, null, fra, aktoer,
                    b.sag().sagUuid().toString(), false);
            SKRIV.valgfrit(w, BI, "BrugervendtNoegle", Tekst.enLinje(b.sag().sagsnummer(), 50));
            w.writeEndElement();
        }
        if (part.isPresent()) {
            SAGDOK.relation(w, BI, "Bevillingspart", Ydelsesklasser.ROLLE_YDELSESMODTAGER, Ydelsesklasser.TYPE_PERSON, "1", fra, aktoer,
                    part.get().referenceId(), true);
            SKRIV.valgfrit(w, BI, "FuldtNavn", part.get().fuldtNavn());
            w.writeEndElement();
        }
        if (b.ejerCvr() != null) {
            ejer(w, BI, "Bevillingsaktoer", Ydelsesklasser.ROLLE_EJER, Ydelsesklasser.TYPE_ORGANISATION, fra, aktoer, b.ejerCvr(),
                    b.ejerNavn());
        }
        if (b.ansvarligEnhed() != null) {
            SAGDOK.relation(w, BI, "Bevillingsaktoer", Ydelsesklasser.ROLLE_ANSVARLIG, Ydelsesklasser.TYPE_ORGENHED, "1", fra, aktoer,
                    Ydelsesklasser.orgEnhed(b.ejerCvr(), b.ansvarligEnhed()).toString(), false);
            SKRIV.valgfrit(w, BI, "BrugervendtNoegle", Tekst.enLinje(b.ansvarligEnhed(), 50));
            SKRIV.valgfrit(w, BI, "CVR-nr", b.ejerCvr());
            w.writeEndElement();
        }
        w.writeEndElement(); // RelationListe
    }

    private void bevilgetYdelse(XMLStreamWriter w, Bevillingsregistrering b, BevilgetYdelse y, LocalDate fra, Aktoer aktoer)
            throws XMLStreamException {
        SKRIV.start(w, BI, "BevilgetYdelse");
        SAGDOK.virkning(w, BI, fra, null, aktoer);
        SKRIV.valgfrit(w, BI, "Id", y.id());
        SKRIV.valgfrit(w, BI, "Navn", Tekst.enLinje(y.navn(), NAVN_MAKS));
        SKRIV.valgfrit(w, BI, "BevilgetYdelseStartdato", y.startdato() == null ? null : Indeksdato.dag(y.startdato()));
        SKRIV.valgfrit(w, BI, "BevilgetYdelseSlutdato", y.slutdato() == null ? null : Indeksdato.dag(y.slutdato()));
        if (b.masterItSystem() != null) {
            relationUdenVirkning(w, "ItSystem", Ydelsesklasser.ROLLE_MASTER, Ydelsesklasser.TYPE_IT_SYSTEM, null, b.masterItSystem());
            SKRIV.element(w, BI, "SystemNavn", systemnavn);
            w.writeEndElement();
        }
        if (b.afsenderItSystem() != null) {
            relationUdenVirkning(w, "ItSystem", Ydelsesklasser.ROLLE_AFSENDER, Ydelsesklasser.TYPE_IT_SYSTEM, null, b.afsenderItSystem());
            SKRIV.element(w, BI, "SystemNavn", systemnavn);
            w.writeEndElement();
        }
        relationUdenVirkning(w, "Ydelse", Ydelsesklasser.ROLLE_YDELSE, Ydelsesklasser.TYPE_YDELSE, null,
                y.indsatsKode() == null ? null : Ydelsesklasser.indsats(y.indsatsKode()));
        SKRIV.valgfrit(w, BI, "Ydelsesnavn", Tekst.enLinje(y.navn(), NAVN_MAKS));
        if (y.kleEmne() != null) {
            relationUdenVirkning(w, "Klassifikation", Ydelsesklasser.ROLLE_PRIMAER_KLASSE, Ydelsesklasser.TYPE_KLASSE, "1",
                    Ydelsesklasser.kle(y.kleEmne()));
            SKRIV.element(w, BI, "BrugervendtNoegle", y.kleEmne());
            SKRIV.valgfrit(w, BI, "Klassetitel", Tekst.enLinje(y.kleTitel(), NAVN_MAKS));
            w.writeEndElement();
        }
        w.writeEndElement(); // Ydelse
        Effektueringsplan p = y.plan();
        if (p != null) {
            SKRIV.start(w, BI, "OekonomiskEffektueringsplan");
            SKRIV.element(w, BI, "Id", "1");
            SKRIV.valgfrit(w, BI, "EffektueringsplanStartdato", p.startdato() == null ? null : Indeksdato.dag(p.startdato()));
            SKRIV.valgfrit(w, BI, "EffektueringsplanSlutdato", p.slutdato() == null ? null : Indeksdato.dag(p.slutdato()));
            SKRIV.element(w, BI, "Beregningsfrekvens", Ydelsesklasser.BEREGNINGSFREKVENS_MAANEDLIG);
            SKRIV.element(w, BI, "ForudBagud", FORUD);
            SKRIV.element(w, BI, "Dispositionsdag", DISPOSITIONSDAG);
            SKRIV.element(w, BI, "Ydelsesbeloeb", kroner(p.beloebOere()));
            w.writeEndElement();
        }
        w.writeEndElement(); // BevilgetYdelse
    }

    // ---- Økonomisk effektuering ----

    private void effektueringslister(XMLStreamWriter w, Effektueringsregistrering e, Aktoer aktoer, Optional<Primaerpart> part)
            throws XMLStreamException {
        LocalDate fra = e.startdato();
        SKRIV.start(w, OEI, "AttributListe");
        SKRIV.start(w, OEI, "Egenskaber");
        SAGDOK.virkning(w, OEI, fra, null, aktoer);
        SKRIV.element(w, OEI, "BrugervendtNoegle", e.bevillingUuid() + "/" + e.periode());
        SKRIV.valgfrit(w, OEI, "Startdato", e.startdato() == null ? null : Indeksdato.dag(e.startdato()));
        SKRIV.valgfrit(w, OEI, "Slutdato", e.slutdato() == null ? null : Indeksdato.dag(e.slutdato()));
        SKRIV.element(w, OEI, "SamletBruttobeloeb", kroner(e.beloebOere()));
        SKRIV.valgfrit(w, OEI, "Dispositionsdato", e.dispositionsdato() == null ? null : Indeksdato.dag(e.dispositionsdato()));
        w.writeEndElement(); // Egenskaber
        w.writeEndElement(); // AttributListe
        SKRIV.start(w, OEI, "TilstandListe");
        w.writeEndElement();

        SKRIV.start(w, OEI, "RelationListe");
        SAGDOK.relation(w, OEI, "OekonomiskYdelseEffektueringRelation", Ydelsesklasser.ROLLE_YDELSESEFFEKTUERING,
                Ydelsesklasser.TYPE_YDELSESEFFEKTUERING, "1", fra, aktoer,
                e.indsatsKode() == null ? null : Ydelsesklasser.indsats(e.indsatsKode()).toString(), false);
        SKRIV.valgfrit(w, OEI, "YdelsesperiodeStartdato", e.startdato() == null ? null : Indeksdato.dag(e.startdato()));
        SKRIV.valgfrit(w, OEI, "YdelsesperiodeSlutdato", e.slutdato() == null ? null : Indeksdato.dag(e.slutdato()));
        SKRIV.element(w, OEI, "Ydelsesbeloeb", kroner(e.beloebOere()));
        SKRIV.valgfrit(w, OEI, "Klassifikationsbeskrivelse", e.kleEmne());
        if (e.bevillingUuid() != null && e.bevilgetYdelseId() != null) {
            SKRIV.start(w, OEI, "BevilgetYdelseRef");
            SKRIV.element(w, SD, "UUIDIdentifikator", e.bevillingUuid().toString());
            SKRIV.element(w, OEI, "BevilgetYdelseId", e.bevilgetYdelseId());
            w.writeEndElement();
        }
        w.writeEndElement(); // OekonomiskYdelseEffektueringRelation
        if (e.ejerCvr() != null) {
            ejer(w, OEI, "Aktoer", Ydelsesklasser.ROLLE_EFFEKTUERING_EJER, Ydelsesklasser.TYPE_EFFEKTUERING_EJER, fra, aktoer, e.ejerCvr(),
                    e.ejerNavn());
        }
        if (e.masterItSystem() != null) {
            SAGDOK.relation(w, OEI, "ItSystem", Ydelsesklasser.ROLLE_MASTER, Ydelsesklasser.TYPE_IT_SYSTEM, null, fra, aktoer,
                    e.masterItSystem().toString(), false);
            SKRIV.element(w, OEI, "SystemNavn", systemnavn);
            w.writeEndElement();
        }
        if (e.afsenderItSystem() != null) {
            SAGDOK.relation(w, OEI, "ItSystem", Ydelsesklasser.ROLLE_AFSENDER, Ydelsesklasser.TYPE_IT_SYSTEM, null, fra, aktoer,
                    e.afsenderItSystem().toString(), false);
            SKRIV.element(w, OEI, "SystemNavn", systemnavn);
            w.writeEndElement();
        }
        if (part.isPresent()) {
            SAGDOK.relation(w, OEI, "OekonomiskEffektueringPart", Ydelsesklasser.ROLLE_EFFEKTUERINGSMODTAGER,
                    Ydelsesklasser.TYPE_EFFEKTUERINGSMODTAGER, "1", fra, aktoer, part.get().referenceId(), true);
            SKRIV.valgfrit(w, OEI, "FuldtNavn", part.get().fuldtNavn());
            w.writeEndElement();
        }
        w.writeEndElement(); // RelationListe
    }

    // ---- common parts ----

    /**
     * Opens the request element and the object's own element, up to where its lists go: on an Importer
     * {@code yi:ImporterYdelseIndeksInput/yi:<objekt>/<ns>:<objekt>} with the object's UUID and its Registrering (whose
     * data comes first), on an Opdater {@code yi:OpdaterYdelseIndeksInput/yi:<opdater>} with the object's UUID.
     * {@link #luk} closes them.
     */
    private static void aabn(XMLStreamWriter w, Ydelsesregistrering r, String ns, String objekt, String opdater, Aktoer aktoer)
            throws XMLStreamException {
        if (r.operation() == Operation.IMPORTER) {
            SKRIV.start(w, YI, "ImporterYdelseIndeksInput");
            SKRIV.erklaerNavnerum(w);
            SKRIV.start(w, YI, objekt);
            SKRIV.start(w, ns, objekt);
            SKRIV.element(w, SD, "UUIDIdentifikator", r.emne().toString());
            SKRIV.start(w, ns, "Registrering");
            SAGDOK.registrering(w, r.tidspunkt(), aktoer);
        } else {
            SKRIV.start(w, YI, "OpdaterYdelseIndeksInput");
            SKRIV.erklaerNavnerum(w);
            SKRIV.start(w, YI, opdater);
            SKRIV.element(w, SD, "UUIDIdentifikator", r.emne().toString());
        }
    }

    /** Closes what {@link #aabn} opened, after the lists; an Opdater ends with its own Tidspunkt. */
    private static void luk(XMLStreamWriter w, Ydelsesregistrering r) throws XMLStreamException {
        if (r.operation() == Operation.IMPORTER) {
            w.writeEndElement(); // Registrering
            w.writeEndElement(); // <ns>:<objekt>
            w.writeEndElement(); // yi:<objekt>
            w.writeEndElement(); // yi:ImporterYdelseIndeksInput
        } else {
            SKRIV.element(w, YI, "Tidspunkt", Indeksdato.tidspunkt(r.tidspunkt()));
            w.writeEndElement(); // yi:<opdater>
            w.writeEndElement(); // yi:OpdaterYdelseIndeksInput
        }
    }

    private static Aktoer aktoer(String brugerId, String kommune, UUID master) {
        return Aktoer.erSystem(brugerId) ? Aktoer.itSystem(master) : Aktoer.bruger(Ydelsesklasser.bruger(kommune, brugerId));
    }

    /**
     * Aktør Ejer, the kommune, in {@code ns}: a relation to its CVR URN, with the CVR number as BrugervendtNoegle and
     * CVR-nr and the kommune's name when known.
     */
    private static void ejer(XMLStreamWriter w, String ns, String relation, UUID rolle, UUID type, LocalDate fra, Aktoer aktoer, String cvr,
            String navn) throws XMLStreamException {
        SAGDOK.relation(w, ns, relation, rolle, type, null, fra, aktoer, Sagdokskriver.CVR_URN + cvr, true);
        SKRIV.element(w, ns, "BrugervendtNoegle", cvr);
        SKRIV.valgfrit(w, ns, "FuldtNavn", Tekst.enLinje(navn, NAVN_MAKS));
        SKRIV.element(w, ns, "CVR-nr", cvr);
        w.writeEndElement();
    }

    /**
     * Opens a relation without virkning inside a BevilgetYdelse (bi:RelationUdenVirkningType: Rolle, Type, Indeks,
     * ReferenceID, all in the BevillingIndeks namespace). The caller writes the extension and closes the element.
     */
    private static void relationUdenVirkning(XMLStreamWriter w, String navn, UUID rolle, UUID type, String indeks, UUID reference)
            throws XMLStreamException {
        SKRIV.start(w, BI, navn);
        SKRIV.start(w, BI, "Rolle");
        SAGDOK.unikId(w, rolle.toString(), false);
        w.writeEndElement();
        SKRIV.start(w, BI, "Type");
        SAGDOK.unikId(w, type.toString(), false);
        w.writeEndElement();
        SKRIV.valgfrit(w, BI, "Indeks", indeks);
        if (reference != null) {
            SKRIV.start(w, BI, "ReferenceID");
            SAGDOK.unikId(w, reference.toString(), false);
            w.writeEndElement();
        }
    }

    /** Øre as the index's BeloebType: kroner with two decimals, e.g. {@code 1234.50}. */
    static String kroner(long oere) {
        return BigDecimal.valueOf(oere, 2).toPlainString();
    }
}
