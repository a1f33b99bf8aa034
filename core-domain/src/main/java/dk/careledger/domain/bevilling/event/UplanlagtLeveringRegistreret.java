package dk.careledger.domain.bevilling.event;

import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Ikke-planlagt levering registreret: an acute, not resource-planned visit was registered afterwards (UC8). */
@Revision("1")
public record UplanlagtLeveringRegistreret(BevillingId bevillingId, UUID leveringId, Instant leveret,
        String udfoertAf, int varighedMinutter, KrypteretTekst anledning, Registrering registrering)
        implements BevillingEvent {
    public UplanlagtLeveringRegistreret {
        Objects.requireNonNull(bevillingId, "bevillingId");
        Objects.requireNonNull(leveringId, "leveringId");
        Objects.requireNonNull(leveret, "leveret");
        Objects.requireNonNull(udfoertAf, "udfoertAf");
        Objects.requireNonNull(anledning, "anledning");
        Objects.requireNonNull(registrering, "registrering");
    }
}
