package dk.careledger.domain.indstilling.command;

import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Paakraevet;
import java.time.LocalDate;

/**
 * A sagsbehandlingsfrist (RSL § 3 stk. 2): applications received from {@code gyldigFra} in the KLE area
 * {@code klePraefiks} (hovedgruppe, gruppe or emne), optionally only for the indsats {@code indsatsKode}, get an afgørelse
 * within {@code fristDage} calendar days.
 */
public record FastsaetSagsbehandlingsfrist(@Paakraevet Cvr kommune, String klePraefiks, String indsatsKode, @Paakraevet Integer fristDage, @Paakraevet LocalDate gyldigFra)
        implements KommuneindstillingCommand {
}
