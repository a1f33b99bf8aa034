package dk.careledger.domain.felles;

import java.util.Objects;
import java.util.UUID;

/** A henvendelse (application, inquiry or referral). Chosen by the caller; {@link #toString()} is the raw UUID (Axon stores it as the aggregate id). */
public record HenvendelseId(UUID value) implements Id {
    public HenvendelseId {
        Objects.requireNonNull(value, "value");
    }

    public static HenvendelseId of(String value) {
        return new HenvendelseId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
