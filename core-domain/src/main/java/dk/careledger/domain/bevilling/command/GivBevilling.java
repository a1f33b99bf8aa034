package dk.careledger.domain.bevilling.command;

import dk.careledger.domain.bevilling.Omfang;
import dk.careledger.domain.felles.AfgoerelseId;
import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Paakraevet;
import dk.careledger.domain.felles.SagId;
import java.time.LocalDate;

/**
 * Grant an indsats to the citizen (UC3 step 1.1–4: "registreringen sker med startdato på tilbuddet […] På
 * enkeltindsatser registreres desuden time/minutantal pr. uge/dag"), either on the afgørelse of a sag or, for a
 * selvvisiterende enhed, without one.
 *
 * @param sagId            optional: the sag it is granted on; mandatory when the indsats requires a sag, unless
 *                         a selvvisiterende enhed grants it
 * @param afgoerelseId     optional: the afgørelse on that sag that grants it
 * @param indsatsKode      the indsats, from the indsats catalogue, e.g. {@code SEL-83-PP}
 * @param startdato        optional: null puts the citizen on the venteliste (UC3 4.a1)
 * @param slutdato         optional: the last day, for time-limited grants
 * @param omfang           mandatory for TID ydelser, optional otherwise
 * @param ramme            optional upper frame the omfang may later change within without a new afgørelse
 * @param egenbetalingOere optional: the citizen's own payment per month, in øre (e.g. aflastningsophold)
 * @param beloebOere       the amount per month in øre; mandatory for OEKONOMISK ydelser, not allowed otherwise
 * @param bevilgetDato     the day it was granted; not in the future, not before the afgørelse
 * @param tilbagevirkningBegrundelse optional, plaintext: why a startdato before bevilgetDato is right; mandatory
 *                         exactly when the startdato lies before the bevilgetDato (ADR 0020)
 * @param foersteOpfoelgning optional: the first planned opfølgning (UC3 step 4), on or after bevilgetDato
 */
public record GivBevilling(@Paakraevet BevillingId bevillingId, @Paakraevet BorgerId borgerId, SagId sagId, AfgoerelseId afgoerelseId,
        @Paakraevet String indsatsKode, LocalDate startdato, LocalDate slutdato, Omfang omfang, Omfang ramme,
        Long egenbetalingOere, Long beloebOere, @Paakraevet LocalDate bevilgetDato, String tilbagevirkningBegrundelse,
        LocalDate foersteOpfoelgning) implements BevillingCommand {

    /** Without tilbagevirkning and without a planned first opfølgning. */
    public GivBevilling(BevillingId bevillingId, BorgerId borgerId, SagId sagId, AfgoerelseId afgoerelseId,
            String indsatsKode, LocalDate startdato, LocalDate slutdato, Omfang omfang, Omfang ramme,
            Long egenbetalingOere, Long beloebOere, LocalDate bevilgetDato) {
        this(bevillingId, borgerId, sagId, afgoerelseId, indsatsKode, startdato, slutdato, omfang, ramme,
                egenbetalingOere, beloebOere, bevilgetDato, null, null);
    }
}
