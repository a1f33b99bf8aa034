package dk.careledger.domain.sag.command;

import dk.careledger.domain.felles.Paakraevet;
import dk.careledger.domain.felles.SagId;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Record the party's answer to a partshøring (FVL § 19, UC3).
 *
 * @param svar plaintext
 */
public record BesvarPartshoering(SagId sagId, @Paakraevet UUID partshoeringId, @Paakraevet LocalDate besvaretDato, @Paakraevet String svar)
        implements SagCommand {
}
