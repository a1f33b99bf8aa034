package dk.careledger.domain.bevilling.command;

import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.Paakraevet;
import java.time.Instant;
import java.util.UUID;

/**
 * Register a planned visit as delivered (UC6 step 4–5: "Aktør udfører opgaven […] udfører fremmøde- og/eller
 * leveranceregistrering").
 *
 * @param leveringId        chosen by the caller (the device), so that a retried registration is recognised
 * @param leveret           when it was delivered; its date in Europe/Copenhagen is checked against the period
 * @param udfoertAf         the staff user id of who delivered it (not citizen data)
 * @param varighedMinutter  how long it took, &gt; 0
 */
public record RegistrerLevering(BevillingId bevillingId, @Paakraevet UUID leveringId, @Paakraevet Instant leveret, @Paakraevet String udfoertAf,
        int varighedMinutter) implements BevillingCommand {
}
