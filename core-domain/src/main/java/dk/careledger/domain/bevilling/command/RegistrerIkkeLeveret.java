package dk.careledger.domain.bevilling.command;

import dk.careledger.domain.bevilling.IkkeLeveretAarsag;
import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.Paakraevet;
import java.time.Instant;
import java.util.UUID;

/**
 * Register that a planned visit was not delivered, why, and whether a replacement was offered (UC6 4.a1:
 * "Der tages stilling til og gives besked om en evt. erstatningsleverance").
 *
 * @param planlagt    when the visit was planned; its date in Europe/Copenhagen is checked against the period
 * @param bemaerkning optional plaintext (it is encrypted); mandatory when {@code aarsag} is ANDET
 */
public record RegistrerIkkeLeveret(BevillingId bevillingId, @Paakraevet UUID leveringId, @Paakraevet Instant planlagt,
        @Paakraevet IkkeLeveretAarsag aarsag, boolean erstatningTilbudt, String bemaerkning) implements BevillingCommand {
}
