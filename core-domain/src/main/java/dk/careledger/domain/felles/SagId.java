package dk.careledger.domain.felles;

import java.util.Objects;
import java.util.UUID;

/** A sag (case). Also the UUIDIdentifikator delivered to the Sags- og Dokumentindeks, so it is stable forever. Chosen by the caller; {@link #toString()} is the raw UUID (Axon stores it as the aggregate id). */
public record SagId(UUID value) implements Id {
    public SagId {
        Objects.requireNonNull(value, "value");
    }

    public static SagId of(String value) {
        return new SagId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
