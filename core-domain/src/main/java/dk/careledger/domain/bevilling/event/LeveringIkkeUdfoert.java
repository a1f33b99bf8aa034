package dk.careledger.domain.bevilling.event;

import dk.careledger.domain.bevilling.IkkeLeveretAarsag;
import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Levering ikke udført: a planned visit did not happen, why, and whether erstatning was offered (UC6 4.a1). */
@Revision("1")
public record LeveringIkkeUdfoert(BevillingId bevillingId, UUID leveringId, Instant planlagt,
        IkkeLeveretAarsag aarsag, boolean erstatningTilbudt, KrypteretTekst bemaerkning, Registrering registrering)
        implements BevillingEvent {
    public LeveringIkkeUdfoert {
        Objects.requireNonNull(bevillingId, "bevillingId");
        Objects.requireNonNull(leveringId, "leveringId");
        Objects.requireNonNull(planlagt, "planlagt");
        Objects.requireNonNull(aarsag, "aarsag");
        Objects.requireNonNull(registrering, "registrering");
    }
}
