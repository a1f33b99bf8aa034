package dk.careledger.projection.arbejdsliste.laesning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the configuration table {@code sagsbehandlingsfrist}: in {@code kommune} ({@value Fristregler#ALLE_KOMMUNER}
 * = every kommune that has not configured its own), applications in the KLE area {@code klePraefiks} — optionally
 * only those for the indsats {@code indsatsKode} — get an afgørelse within {@code fristDage} calendar days, for
 * applications received from {@code gyldigFra}. {@code registreret} orders corrections of the same rule.
 */
public record Fristregel(long id, String kommune, String klePraefiks, String indsatsKode, int fristDage, LocalDate gyldigFra,
        Instant registreret) {
    public Fristregel {
        Objects.requireNonNull(kommune, "kommune");
        Objects.requireNonNull(klePraefiks, "klePraefiks");
        Objects.requireNonNull(gyldigFra, "gyldigFra");
        Objects.requireNonNull(registreret, "registreret");
    }
}
