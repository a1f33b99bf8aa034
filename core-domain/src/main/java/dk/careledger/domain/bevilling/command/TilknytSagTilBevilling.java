package dk.careledger.domain.bevilling.command;

import dk.careledger.domain.felles.AfgoerelseId;
import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.Paakraevet;
import dk.careledger.domain.felles.SagId;

/**
 * Join a bevilling granted without a sag (a selvvisiterende grant, solution C) to a sag afterwards (issue 15, ADR 0022).
 * The sag records it too ({@code BevillingTilknyttetSag}), in the same transaction.
 *
 * @param sagId        the sag it belongs to: the same citizen's, open
 * @param afgoerelseId optional: the afgørelse on that sag it rests on, which must grant help and stand
 * @param begrundelse  why it is joined now; plaintext here, encrypted in the event
 */
public record TilknytSagTilBevilling(BevillingId bevillingId, @Paakraevet SagId sagId, AfgoerelseId afgoerelseId, String begrundelse)
        implements BevillingCommand {
}
