package dk.careledger.domain.felles;

import java.util.Objects;
import java.util.UUID;

/** An afgørelse (decision) made on a sag. Chosen by the caller; {@link #toString()} is the raw UUID (Axon stores it as the aggregate id). */
public record AfgoerelseId(UUID value) implements Id {
    public AfgoerelseId {
        Objects.requireNonNull(value, "value");
    }

    public static AfgoerelseId of(String value) {
        return new AfgoerelseId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
