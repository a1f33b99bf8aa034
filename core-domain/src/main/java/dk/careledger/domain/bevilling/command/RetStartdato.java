package dk.careledger.domain.bevilling.command;

import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.Paakraevet;
import java.time.LocalDate;

/**
 * Correct a bevilling's startdato that was recorded wrongly (issue 15, ADR 0022): a correction of record, so the old
 * startdato stays what the ledger believed until now.
 *
 * @param startdato                  the right startdato
 * @param begrundelse                why the recorded one was wrong; plaintext here, encrypted in the event
 * @param tilbagevirkningBegrundelse needed when the right startdato lies before the bevilling was granted (ADR 0020)
 */
public record RetStartdato(BevillingId bevillingId, @Paakraevet LocalDate startdato, @Paakraevet String begrundelse,
        String tilbagevirkningBegrundelse) implements BevillingCommand {
}
