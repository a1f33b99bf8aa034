package dk.careledger.domain.felles;

import java.util.Objects;
import java.util.UUID;

/** A bevilling (grant). Chosen by the caller; {@link #toString()} is the raw UUID (Axon stores it as the aggregate id). */
public record BevillingId(UUID value) implements Id {
    public BevillingId {
        Objects.requireNonNull(value, "value");
    }

    public static BevillingId of(String value) {
        return new BevillingId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
