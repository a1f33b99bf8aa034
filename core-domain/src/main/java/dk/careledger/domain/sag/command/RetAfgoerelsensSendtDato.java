package dk.careledger.domain.sag.command;

import dk.careledger.domain.felles.AfgoerelseId;
import dk.careledger.domain.felles.Paakraevet;
import dk.careledger.domain.felles.SagId;
import java.time.LocalDate;

/**
 * Correct the day an afgørelse was sent to the citizen (issue 15, ADR 0022): a correction of record, which matters for
 * the klagefrist. Also records a sendtDato that was never recorded.
 *
 * @param sendtDato   the right day; not before the afgørelse was made, not in the future
 * @param begrundelse why the recorded one was wrong; plaintext here, encrypted in the event
 */
public record RetAfgoerelsensSendtDato(SagId sagId, @Paakraevet AfgoerelseId afgoerelseId, @Paakraevet LocalDate sendtDato, @Paakraevet String begrundelse)
        implements SagCommand {
}
