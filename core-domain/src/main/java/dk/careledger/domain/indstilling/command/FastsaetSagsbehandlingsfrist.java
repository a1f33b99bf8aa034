package dk.careledger.domain.indstilling.command;

import dk.careledger.domain.felles.Cvr;
import java.time.LocalDate;

/**
 * A sagsbehandlingsfrist (RSL § 3 stk. 2): applications received from {@code gyldigFra} in the KLE area
 * {@code klePraefiks} (hovedgruppe, gruppe or emne), optionally only for the indsats {@code indsatsKode}, get an afgørelse
 * within {@code fristDage} calendar days.
 */
public record FastsaetSagsbehandlingsfrist(Cvr kommune, String klePraefiks, String indsatsKode, Integer fristDage, LocalDate gyldigFra)
        implements KommuneindstillingCommand {
}
