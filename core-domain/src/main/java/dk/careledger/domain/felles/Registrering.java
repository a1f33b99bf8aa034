package dk.careledger.domain.felles;

import java.time.Instant;
import java.util.Objects;

/**
 * Record time and actor of a fact (the index's "registrering"): the kommune whose user acted, the user and
 * role, and when the ledger learned the fact. Carried by every event. Business time (virkning: when the fact
 * takes effect in the world) is a separate, named field on each event that has one (ADR 0010).
 */
public record Registrering(Cvr kommune, Aktoer aktoer, Instant registreringstid) {
    public Registrering {
        Objects.requireNonNull(kommune, "kommune");
        Objects.requireNonNull(aktoer, "aktoer");
        Objects.requireNonNull(registreringstid, "registreringstid");
    }
}
