package dk.careledger.domain.bevilling.command;

import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.Paakraevet;
import java.time.Instant;
import java.util.UUID;

/**
 * Register, afterwards, a visit that was not resource-planned, e.g. an acute visit after a nødkald (UC8:
 * "Ikke-ressourceplanlagt udført indsats").
 *
 * @param udfoertAf the staff user id of who delivered it (not citizen data)
 * @param anledning why the unplanned visit was needed, plaintext (it is encrypted); mandatory
 */
public record RegistrerUplanlagtLevering(BevillingId bevillingId, @Paakraevet UUID leveringId, @Paakraevet Instant leveret,
        @Paakraevet String udfoertAf, int varighedMinutter, @Paakraevet String anledning) implements BevillingCommand {
}
