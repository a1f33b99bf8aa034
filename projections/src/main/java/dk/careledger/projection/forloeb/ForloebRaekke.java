package dk.careledger.projection.forloeb;

import dk.careledger.domain.forloeb.event.ForloebAfsluttet;
import dk.careledger.domain.forloeb.event.ForloebStartet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One row of table {@code forloeb}: a care pathway as the events describe it. {@code status} is the fact, not a
 * reading of the calendar: {@link #AKTIV} from ForloebStartet, {@link #AFSLUTTET} from ForloebAfsluttet (whose
 * slutdato may lie ahead; the answer shows it).
 */
public record ForloebRaekke(UUID forloebId, UUID borgerId, String forloebstypeKode, String kleNummer, String status,
        LocalDate startdato, LocalDate slutdato, UUID aarsagEjer, String aarsagChiffer, String kommune,
        Instant startetRegistreret, Instant opdateret) {

    public static final String AKTIV = "AKTIV";
    public static final String AFSLUTTET = "AFSLUTTET";

    /** The row a ForloebStartet creates. */
    static ForloebRaekke startet(ForloebStartet e) {
        return new ForloebRaekke(e.forloebId().value(), e.borgerId().value(), e.forloebstypeKode(), e.kleNummer(), AKTIV,
                e.startdato(), null, null, null, e.registrering().kommune().value(), e.registrering().registreringstid(),
                e.registrering().registreringstid());
    }

    /** The row after a ForloebAfsluttet. */
    ForloebRaekke afsluttet(ForloebAfsluttet e) {
        return new ForloebRaekke(forloebId, borgerId, forloebstypeKode, kleNummer, AFSLUTTET, startdato, e.slutdato(),
                e.aarsag().ejer().value(), e.aarsag().chiffertekst(), kommune, startetRegistreret,
                e.registrering().registreringstid());
    }

    /** The row touched by a link event: only its update time moves. */
    ForloebRaekke opdateret(Instant tidspunkt) {
        return new ForloebRaekke(forloebId, borgerId, forloebstypeKode, kleNummer, status, startdato, slutdato, aarsagEjer,
                aarsagChiffer, kommune, startetRegistreret, tidspunkt);
    }
}
