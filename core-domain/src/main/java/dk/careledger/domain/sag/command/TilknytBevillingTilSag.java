package dk.careledger.domain.sag.command;

import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.Paakraevet;
import dk.careledger.domain.felles.SagId;

/**
 * Record on the sag that a bevilling was granted on it (ADR 0020). Not a client's command: the command side sends it
 * in the unit of work that gives the bevilling, so the sag knows its bevillinger when it is closed, and a bevilling and
 * the sag's closure cannot pass each other.
 */
public record TilknytBevillingTilSag(SagId sagId, @Paakraevet BevillingId bevillingId) implements SagCommand {
}
