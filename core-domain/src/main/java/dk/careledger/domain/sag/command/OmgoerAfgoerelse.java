package dk.careledger.domain.sag.command;

import dk.careledger.domain.felles.AfgoerelseId;
import dk.careledger.domain.felles.Paakraevet;
import dk.careledger.domain.felles.SagId;
import java.time.LocalDate;

/**
 * Reverse an afgørelse (omgørelse: the authority may reverse its own decision, forvaltningsretten; ADR 0022). The sag
 * is taken up again for a new afgørelse ({@code TraefAfgoerelse}); bevillinger resting on the old one are stopped or
 * changed by their own commands.
 *
 * @param omgjortDato the day it was reversed
 * @param begrundelse why; plaintext here, encrypted in the event
 */
public record OmgoerAfgoerelse(SagId sagId, @Paakraevet AfgoerelseId afgoerelseId, @Paakraevet LocalDate omgjortDato, @Paakraevet String begrundelse)
        implements SagCommand {
}
