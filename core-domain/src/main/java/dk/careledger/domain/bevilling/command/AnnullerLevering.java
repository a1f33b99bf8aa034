package dk.careledger.domain.bevilling.command;

import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.Paakraevet;
import java.util.UUID;

/**
 * Annul a levering registered in error: a delivered, a not delivered or an unplanned visit (issue 15, ADR 0022). The
 * levering stays in the log; the annulment is a new fact that takes it out of every count.
 *
 * @param leveringId  the levering to annul
 * @param begrundelse why it was registered in error; plaintext here, encrypted in the event
 */
public record AnnullerLevering(BevillingId bevillingId, @Paakraevet UUID leveringId, @Paakraevet String begrundelse) implements BevillingCommand {
}
