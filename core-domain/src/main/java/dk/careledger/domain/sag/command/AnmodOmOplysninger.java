package dk.careledger.domain.sag.command;

import dk.careledger.domain.felles.Paakraevet;
import dk.careledger.domain.felles.SagId;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Ask a third party for information (UC2 2.a2), optionally putting the sag i bero while the answer is awaited.
 *
 * @param tredjepartKode FSIII A code of who is asked (e.g. A9 egen læge)
 * @param hvad           plaintext: what is asked for
 * @param svarfrist      optional; not before anmodetDato
 */
public record AnmodOmOplysninger(SagId sagId, @Paakraevet UUID anmodningId, @Paakraevet String tredjepartKode, @Paakraevet String hvad,
        @Paakraevet LocalDate anmodetDato, LocalDate svarfrist, boolean saetIBero) implements SagCommand {
}
