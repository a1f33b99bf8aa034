package dk.careledger.projection.fakta;

import dk.careledger.domain.felles.Rolle;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What every {@link Faktum} has, whatever its kind: the event's global index, the aggregate it is about ({@code emne}:
 * the sag, bevilling or forløb), its registreringstid truncated to microseconds (what PostgreSQL stores, so a fact read
 * back equals the fact written), and its registrering's kommune, user and role. Stored as columns of the fact tables.
 */
public record Faktahoved(long indeks, UUID emne, Instant registreret, String kommune, String bruger, Rolle rolle) {

    public Faktahoved {
        Objects.requireNonNull(emne, "emne");
        Objects.requireNonNull(registreret, "registreret");
        Objects.requireNonNull(kommune, "kommune");
        Objects.requireNonNull(bruger, "bruger");
        Objects.requireNonNull(rolle, "rolle");
    }
}
