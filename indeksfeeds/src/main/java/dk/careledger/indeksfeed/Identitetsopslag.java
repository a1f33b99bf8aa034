package dk.careledger.indeksfeed;

import java.util.Optional;
import java.util.UUID;

/**
 * Resolves a citizen's pseudonymous id to the identifier the indexes need, when a delivery is rendered (not when it is
 * stored: a stored delivery holds only the {@code borgerId}, so forgetting the citizen reaches every later rendering and
 * replay, ADR 0009). Implemented in {@code app} on top of the citizen register.
 *
 * <p>Called once per rendered delivery: an implementation serving feed pages should answer from memory or batch its
 * look-ups, or a page of 1,000 deliveries pays 1,000 round trips.
 */
@FunctionalInterface
public interface Identitetsopslag {

    /**
     * The citizen's identifier, or empty when the citizen is unknown or has been forgotten (the register's identifier and
     * name are erased). Empty is an ordinary answer, not an error: the sag still exists and is still delivered.
     */
    Optional<Personident> opslaa(UUID borgerId);
}
