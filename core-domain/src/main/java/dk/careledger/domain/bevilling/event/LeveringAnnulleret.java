package dk.careledger.domain.bevilling.event;

import dk.careledger.domain.bevilling.IkkeLeveretAarsag;
import dk.careledger.domain.bevilling.Leveringsart;
import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Levering annulleret: a levering was registered in error and no longer counts (issue 15, ADR 0022). The levering's
 * own event stays in the log; this fact names what it takes back, so a projection can subtract it without looking up
 * the levering, and an auditor sees both the wrong registration and its annulment.
 *
 * @param leveringId       the levering annulled
 * @param art              which of the three kinds it was
 * @param tidspunkt        its moment as registered ({@code leveret} or {@code planlagt})
 * @param varighedMinutter its duration as registered; null for a visit not delivered
 * @param aarsag           why a visit was not delivered, as registered; null for a delivered one
 * @param erstatningTilbudt whether a replacement was offered for a visit not delivered, as registered
 * @param begrundelse      why it was wrong, encrypted with the citizen's key
 */
@Revision("1")
public record LeveringAnnulleret(BevillingId bevillingId, UUID leveringId, Leveringsart art, Instant tidspunkt,
        Integer varighedMinutter, IkkeLeveretAarsag aarsag, boolean erstatningTilbudt, KrypteretTekst begrundelse,
        Registrering registrering) implements BevillingEvent {
    public LeveringAnnulleret {
        Objects.requireNonNull(bevillingId, "bevillingId");
        Objects.requireNonNull(leveringId, "leveringId");
        Objects.requireNonNull(art, "art");
        Objects.requireNonNull(tidspunkt, "tidspunkt");
        Objects.requireNonNull(begrundelse, "begrundelse");
        Objects.requireNonNull(registrering, "registrering");
    }
}
