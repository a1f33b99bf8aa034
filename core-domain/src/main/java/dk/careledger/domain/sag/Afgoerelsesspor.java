package dk.careledger.domain.sag;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the sag remembers of one afgørelse made on it.
 *
 * @param type        bevilling, delvis bevilling or afslag
 * @param truffetDato when it was made
 * @param sendtDato   when it was sent to the citizen, as last corrected; null when not recorded
 * @param omgjort     whether the authority has reversed it (ADR 0022)
 */
public record Afgoerelsesspor(Afgoerelsestype type, LocalDate truffetDato, LocalDate sendtDato, boolean omgjort) {
    public Afgoerelsesspor {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(truffetDato, "truffetDato");
    }
}
