package dk.careledger.query.arbejdsliste;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period a sag was i bero, as stored in {@code arbejdsliste_sag_bero}: from {@code fra} (inclusive) to {@code til}
 * (the day it was genoptaget, exclusive: the clock runs again that day); {@code til} is null while still i bero.
 */
public record Beroperiode(LocalDate fra, LocalDate til) {
    public Beroperiode {
        Objects.requireNonNull(fra, "fra");
    }
}
