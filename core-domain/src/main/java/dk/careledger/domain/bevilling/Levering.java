package dk.careledger.domain.bevilling;

import dk.careledger.domain.felles.Rolle;
import java.time.Instant;
import java.util.Objects;

/**
 * What the bevilling remembers of one levering, so that an annulment can name what it takes back (ADR 0022).
 *
 * @param art              delivered, not delivered or unplanned
 * @param tidspunkt        its moment: {@code leveret}, or {@code planlagt} of a visit not delivered
 * @param varighedMinutter how long the visit took; null for a visit not delivered
 * @param aarsag           why a visit was not delivered; null for a delivered one
 * @param erstatningTilbudt whether a replacement was offered for a visit not delivered
 * @param registreretAf    the role the levering was registered in: a leverandør annuls only what a leverandør registered
 * @param annulleret       whether it has been annulled
 */
public record Levering(Leveringsart art, Instant tidspunkt, Integer varighedMinutter, IkkeLeveretAarsag aarsag,
        boolean erstatningTilbudt, Rolle registreretAf, boolean annulleret) {
    public Levering {
        Objects.requireNonNull(art, "art");
        Objects.requireNonNull(tidspunkt, "tidspunkt");
        Objects.requireNonNull(registreretAf, "registreretAf");
    }

    Levering annulleret(boolean erAnnulleret) {
        return new Levering(art, tidspunkt, varighedMinutter, aarsag, erstatningTilbudt, registreretAf, erAnnulleret);
    }
}
