package dk.careledger.domain.bevilling.event;

import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Levering udført: a planned visit was delivered, by whom and for how long (UC6 levering step 4–5). */
@Revision("1")
public record LeveringUdfoert(BevillingId bevillingId, UUID leveringId, Instant leveret, String udfoertAf,
        int varighedMinutter, Registrering registrering) implements BevillingEvent {
    public LeveringUdfoert {
        Objects.requireNonNull(bevillingId, "bevillingId");
        Objects.requireNonNull(leveringId, "leveringId");
        Objects.requireNonNull(leveret, "leveret");
        Objects.requireNonNull(udfoertAf, "udfoertAf");
        Objects.requireNonNull(registrering, "registrering");
    }
}
