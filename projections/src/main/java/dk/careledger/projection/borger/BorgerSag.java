package dk.careledger.projection.borger;

import dk.careledger.domain.sag.Sagsklassifikation;
import dk.careledger.domain.sag.event.AfgoerelseOmgjort;
import dk.careledger.domain.sag.event.AfgoerelseSendtDatoRettet;
import dk.careledger.domain.sag.event.SagOmklassificeret;
import dk.careledger.domain.sag.event.AfgoerelseTruffet;
import dk.careledger.domain.sag.event.KlageModtaget;
import dk.careledger.domain.sag.event.RevisitationStartet;
import dk.careledger.domain.sag.event.SagAfsluttet;
import dk.careledger.domain.sag.event.SagAfsluttetUdenAfgoerelse;
import dk.careledger.domain.sag.event.SagEvent;
import dk.careledger.domain.sag.event.SagGenoptaget;
import dk.careledger.domain.sag.event.SagOplyst;
import dk.careledger.domain.sag.event.SagOprettet;
import dk.careledger.domain.sag.event.SagSatIBero;
import dk.careledger.domain.sag.event.SagsbehandlerTildelt;
import dk.careledger.projection.borger.laesning.Lokalstatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One row of {@code borgeroverblik_sag}: the fields of a sag a caseworker scans in the citizen overview, the
 * fremdrift as the ledger records it (OPSTAAET, OPLYST, AFGJORT, AFSLUTTET, mirroring the sag decider: closing is
 * explicit, by SagAfsluttet or SagAfsluttetUdenAfgoerelse) and a local status ({@link #lokalStatus}, the index's
 * free Sagsstatus): the fremdrift refined by i bero and revisitation. {@code rettet} is when the sag was last corrected
 * (reclassified, an afgørelse's sendtDato corrected or the afgørelse omgjort, ADR 0022); null when never: the overview
 * shows corrected data with that mark.
 */
public record BorgerSag(UUID sagId, UUID borgerId, String sagsnummer, UUID titelEjer, String titelChiffer, String kleNummer,
        String handlingsfacet, String foelsomhed, String ejer, String ansvarligEnhed, String sagsbehandler, String fremdrift,
        boolean iBero, boolean underRevisitation, LocalDate opstaaetDato, String afgoerelsestype, LocalDate afgjortDato,
        int antalKlager, LocalDate afsluttetDato, String afslutningsaarsag, Instant registreret, Instant opdateret, Instant rettet) {

    /** Local status codes, in the order they take precedence ({@link Lokalstatus}). */
    public static final String AFSLUTTET_UDEN_AFGOERELSE = Lokalstatus.AFSLUTTET_UDEN_AFGOERELSE;
    public static final String I_BERO = Lokalstatus.I_BERO;
    public static final String UNDER_REVISITATION = Lokalstatus.UNDER_REVISITATION;

    static BorgerSag oprettet(SagOprettet e) {
        Instant tid = e.registrering().registreringstid();
        return new BorgerSag(e.sagId().value(), e.borgerId().value(), e.sagsnummer(), e.titel().ejer().value(), e.titel().chiffertekst(),
                e.kleNummer(), e.handlingsfacet(), e.foelsomhed().name(), e.ejer().value(), e.ansvarligEnhed(), e.sagsbehandler(),
                "OPSTAAET", false, false, e.opstaaetDato(), null, null, 0, null, null, tid, tid, null);
    }

    /** The row after one more event on the sag (row × event → row); events that do not show here leave it as it is. */
    BorgerSag anvend(SagEvent e) {
        Instant t = e.registrering().registreringstid();
        if (e instanceof SagsbehandlerTildelt s) {
            return new BorgerSag(sagId, borgerId, sagsnummer, titelEjer, titelChiffer, kleNummer, handlingsfacet, foelsomhed, ejer,
                    ansvarligEnhed, s.sagsbehandler(), fremdrift, iBero, underRevisitation, opstaaetDato, afgoerelsestype, afgjortDato,
                    antalKlager, afsluttetDato, afslutningsaarsag, registreret, t, rettet);
        }
        if (e instanceof SagSatIBero) {
            return med(fremdrift, true, underRevisitation, t);
        }
        if (e instanceof SagGenoptaget) {
            return med(fremdrift, false, underRevisitation, t);
        }
        if (e instanceof SagOplyst) {
            return med("OPLYST", iBero, underRevisitation, t);
        }
        if (e instanceof RevisitationStartet) {
            return med(fremdrift, iBero, true, t);
        }
        if (e instanceof AfgoerelseTruffet a) {
            return new BorgerSag(sagId, borgerId, sagsnummer, titelEjer, titelChiffer, kleNummer, handlingsfacet, foelsomhed, ejer,
                    ansvarligEnhed, sagsbehandler, "AFGJORT", iBero, false, opstaaetDato, a.type().name(), a.truffetDato(), antalKlager,
                    afsluttetDato, afslutningsaarsag, registreret, t, rettet);
        }
        if (e instanceof KlageModtaget) {
            return new BorgerSag(sagId, borgerId, sagsnummer, titelEjer, titelChiffer, kleNummer, handlingsfacet, foelsomhed, ejer,
                    ansvarligEnhed, sagsbehandler, fremdrift, iBero, underRevisitation, opstaaetDato, afgoerelsestype, afgjortDato,
                    antalKlager + 1, afsluttetDato, afslutningsaarsag, registreret, t, rettet);
        }
        if (e instanceof SagAfsluttet a) {
            return afsluttet(a.afsluttetDato(), null, t);
        }
        if (e instanceof SagOmklassificeret k) {
            Sagsklassifikation ny = k.ny();
            return new BorgerSag(sagId, borgerId, sagsnummer, ny.titel().ejer().value(), ny.titel().chiffertekst(), ny.kleNummer(),
                    ny.handlingsfacet(), ny.foelsomhed().name(), ejer, ny.ansvarligEnhed(), sagsbehandler, fremdrift, iBero, underRevisitation,
                    opstaaetDato, afgoerelsestype, afgjortDato, antalKlager, afsluttetDato, afslutningsaarsag, registreret, t, t);
        }
        if (e instanceof AfgoerelseOmgjort) {
            // the afgørelse no longer stands; the sag awaits a new one, informed as it was (ADR 0022)
            return new BorgerSag(sagId, borgerId, sagsnummer, titelEjer, titelChiffer, kleNummer, handlingsfacet, foelsomhed, ejer,
                    ansvarligEnhed, sagsbehandler, "OPLYST", iBero, false, opstaaetDato, null, null, antalKlager, afsluttetDato,
                    afslutningsaarsag, registreret, t, t);
        }
        if (e instanceof AfgoerelseSendtDatoRettet) {
            return new BorgerSag(sagId, borgerId, sagsnummer, titelEjer, titelChiffer, kleNummer, handlingsfacet, foelsomhed, ejer,
                    ansvarligEnhed, sagsbehandler, fremdrift, iBero, underRevisitation, opstaaetDato, afgoerelsestype, afgjortDato,
                    antalKlager, afsluttetDato, afslutningsaarsag, registreret, t, t);
        }
        if (e instanceof SagAfsluttetUdenAfgoerelse a) {
            return afsluttet(a.afsluttetDato(), a.aarsag().name(), t);
        }
        return this;
    }

    /** AFSLUTTET / AFSLUTTET_UDEN_AFGOERELSE, else I_BERO, else UNDER_REVISITATION, else the fremdrift ({@link Lokalstatus}). */
    public String lokalStatus() {
        return Lokalstatus.af(fremdrift, iBero, underRevisitation, afslutningsaarsag);
    }

    private BorgerSag afsluttet(LocalDate dato, String aarsag, Instant t) {
        return new BorgerSag(sagId, borgerId, sagsnummer, titelEjer, titelChiffer, kleNummer, handlingsfacet, foelsomhed, ejer,
                ansvarligEnhed, sagsbehandler, "AFSLUTTET", false, underRevisitation, opstaaetDato, afgoerelsestype, afgjortDato,
                antalKlager, dato, aarsag, registreret, t, rettet);
    }

    private BorgerSag med(String nyFremdrift, boolean nyIBero, boolean nyRevisitation, Instant t) {
        return new BorgerSag(sagId, borgerId, sagsnummer, titelEjer, titelChiffer, kleNummer, handlingsfacet, foelsomhed, ejer,
                ansvarligEnhed, sagsbehandler, nyFremdrift, nyIBero, nyRevisitation, opstaaetDato, afgoerelsestype, afgjortDato,
                antalKlager, afsluttetDato, afslutningsaarsag, registreret, t, rettet);
    }
}
