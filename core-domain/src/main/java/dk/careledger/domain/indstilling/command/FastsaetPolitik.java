package dk.careledger.domain.indstilling.command;

import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Paakraevet;
import dk.careledger.domain.indstilling.Politik;
import dk.careledger.domain.indstilling.Sagsbegreb;
import java.time.LocalDate;

/**
 * From {@code gyldigFra}, the kommune's sager under {@code klePraefiks} ({@code ""} or null = all) are closed by
 * {@code politik} and grouped by {@code sagsbegreb} (ADR 0014). Either may be left out, not both: what is left out keeps
 * the value in force.
 */
public record FastsaetPolitik(@Paakraevet Cvr kommune, String klePraefiks, Politik politik, Sagsbegreb sagsbegreb, @Paakraevet LocalDate gyldigFra)
        implements KommuneindstillingCommand {
}
