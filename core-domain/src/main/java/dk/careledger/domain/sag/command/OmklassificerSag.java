package dk.careledger.domain.sag.command;

import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.felles.Paakraevet;
import dk.careledger.domain.felles.SagId;

/**
 * Reclassify a sag opened under the wrong KLE emne, handlingsfacet, unit, følsomhed or titel (issue 15, seed 000
 * challenge 3: "we have a case type until we know better"; ADR 0022). A field left out keeps its value.
 *
 * @param titel       plaintext here, encrypted in the event
 * @param begrundelse why the sag is reclassified; plaintext here, encrypted in the event
 */
public record OmklassificerSag(SagId sagId, String kleNummer, String handlingsfacet, String ansvarligEnhed,
        Foelsomhed foelsomhed, String titel, @Paakraevet String begrundelse) implements SagCommand {
}
