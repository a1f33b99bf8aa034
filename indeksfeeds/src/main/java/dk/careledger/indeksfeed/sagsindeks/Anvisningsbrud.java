package dk.careledger.indeksfeed.sagsindeks;

import java.util.Objects;

/**
 * One breach of the anvisning found by {@link Anvisningskontrol}: the rule (its name is the stable code to log, count and
 * test on) and a Danish message naming the values that broke it.
 */
public record Anvisningsbrud(Anvisningsregel regel, String besked) {
    public Anvisningsbrud {
        Objects.requireNonNull(regel, "regel");
        Objects.requireNonNull(besked, "besked");
    }

    /** The stable code, e.g. {@code OPSTAAET_MANGLER}. */
    public String kode() {
        return regel.name();
    }

    @Override
    public String toString() {
        return regel + ": " + besked;
    }
}
