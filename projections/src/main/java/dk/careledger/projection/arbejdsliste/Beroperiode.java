package dk.careledger.projection.arbejdsliste;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period the sag was i bero, from {@code fra} (SagSatIBero.iBeroFra, inclusive) to {@code til}
 * (SagGenoptaget.genoptagetDato, exclusive: the clock runs again that day); {@code til} is null while still i bero.
 */
public record Beroperiode(LocalDate fra, LocalDate til) {
    public Beroperiode {
        Objects.requireNonNull(fra, "fra");
    }

    public boolean aaben() {
        return til == null;
    }
}
