package dk.careledger.projection.arbejdsliste;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One bevilling as the venteliste and the opfølgning list see it (table {@code arbejdsliste_bevilling}).
 * {@code kommune} is the granting kommune; the sag's kommune and enhed win when {@code sagId} is known.
 * {@code naesteOpfoelgning} is the date planned by the latest opfølgning (by gennemfoertDato); none before the first.
 */
public record BevillingRaekke(UUID bevillingId, String kommune, UUID borgerId, UUID sagId, String indsatsKode,
        String kleNummer, LocalDate bevilgetDato, LocalDate startdato, LocalDate slutdato, LocalDate ophoersdato,
        LocalDate senesteOpfoelgningDato, String senesteResultatKode, LocalDate naesteOpfoelgning) {

    /** Granted without a startdato and not ended: waiting for the ydelse to start (UC3 4.a1). */
    public boolean paaVenteliste() {
        return startdato == null && ophoersdato == null;
    }

    /**
     * Has a next opfølgning planned and has not ended: a candidate for the opfølgning list, which keeps those due within
     * the asked window on the day it is read (query-side {@code Opfoelgningsfrist}). An ophør, even a future-dated one,
     * ends the follow-up.
     */
    public boolean harPlanlagtOpfoelgning() {
        return naesteOpfoelgning != null && ophoersdato == null;
    }
}
