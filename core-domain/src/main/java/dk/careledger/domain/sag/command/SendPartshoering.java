package dk.careledger.domain.sag.command;

import dk.careledger.domain.felles.Paakraevet;
import dk.careledger.domain.felles.SagId;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Send a partshøring before an adverse afgørelse (FVL § 19, UC3 "inden et eventuelt afslag").
 *
 * @param emne plaintext: the information the party is heard on
 */
public record SendPartshoering(SagId sagId, @Paakraevet UUID partshoeringId, @Paakraevet LocalDate sendtDato, @Paakraevet LocalDate svarfrist, @Paakraevet String emne)
        implements SagCommand {
}
