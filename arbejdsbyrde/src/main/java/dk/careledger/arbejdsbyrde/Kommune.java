package dk.careledger.arbejdsbyrde;

import dk.careledger.domain.felles.Cvr;
import java.util.List;
import java.util.Objects;

/**
 * A municipality the workload generator can simulate: its name, the CVR number of the kommune as an authority (the
 * sag's ejer, the acting kommune of a registrering) and its population, which weights how many of the generated
 * citizens live there.
 */
public record Kommune(String navn, Cvr cvr, int indbyggere) {

    /** Real kommuner with their real CVR numbers, largest care areas of the country (populations rounded, 2025). */
    public static final List<Kommune> KENDTE = List.of(
            new Kommune("Aalborg", new Cvr("29189420"), 224_000),
            new Kommune("Aarhus", new Cvr("55133018"), 372_000),
            new Kommune("København", new Cvr("64942212"), 667_000),
            new Kommune("Odense", new Cvr("35209115"), 210_000));

    public Kommune {
        Objects.requireNonNull(navn, "navn");
        Objects.requireNonNull(cvr, "cvr");
    }

    /** 1-based position in {@link #KENDTE}: the digit that keeps staff ids of different kommuner apart. */
    int nummer() {
        return KENDTE.indexOf(this) + 1;
    }
}
