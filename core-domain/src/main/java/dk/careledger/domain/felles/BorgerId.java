package dk.careledger.domain.felles;

import java.util.Objects;
import java.util.UUID;

/** A citizen, by pseudonymous id. The CPR number (or erstatnings-CPR, or none for an anonymous citizen) lives only in the erasable citizen register. Chosen by the caller; {@link #toString()} is the raw UUID (Axon stores it as the aggregate id). */
public record BorgerId(UUID value) implements Id {
    public BorgerId {
        Objects.requireNonNull(value, "value");
    }

    public static BorgerId of(String value) {
        return new BorgerId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
