package dk.careledger.domain.felles;

import java.util.Objects;
import java.util.UUID;

/** A forløb (care pathway). Chosen by the caller; {@link #toString()} is the raw UUID (Axon stores it as the aggregate id). */
public record ForloebId(UUID value) implements Id {
    public ForloebId {
        Objects.requireNonNull(value, "value");
    }

    public static ForloebId of(String value) {
        return new ForloebId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
