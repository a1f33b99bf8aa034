package dk.careledger.domain.felles;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts of a sag that other aggregates' rules may rely on, because no event changes them once recorded: whose
 * sag it is, when it arose, and the afgørelser made on it (ADR 0020), with the one exception that an afgørelse may be
 * omgjort (ADR 0022).
 *
 * @param borgerId     the primær part
 * @param opstaaetDato when the sag arose
 * @param afgoerelser  every afgørelse made on the sag
 */
public record Sagsfakta(BorgerId borgerId, LocalDate opstaaetDato, Map<AfgoerelseId, Afgoerelsesfakta> afgoerelser) {
    public Sagsfakta {
        Objects.requireNonNull(borgerId, "borgerId");
        Objects.requireNonNull(opstaaetDato, "opstaaetDato");
        afgoerelser = Map.copyOf(Objects.requireNonNull(afgoerelser, "afgoerelser"));
    }

    public Optional<Afgoerelsesfakta> afgoerelse(AfgoerelseId afgoerelseId) {
        return Optional.ofNullable(afgoerelser.get(afgoerelseId));
    }

    /**
     * One afgørelse as another aggregate sees it.
     *
     * @param bevilger    whether it grants help (a bevilling or a delvis bevilling), so a bevilling may refer to it
     * @param truffetDato when it was made
     * @param omgjort     whether the authority has since reversed it ({@code AfgoerelseOmgjort}, ADR 0022): the one fact
     *                    here that changes, one way only; a bevilling granted on the sag writes the sag's stream too, so
     *                    it cannot pass an omgørelse unseen
     */
    public record Afgoerelsesfakta(boolean bevilger, LocalDate truffetDato, boolean omgjort) {
        public Afgoerelsesfakta {
            Objects.requireNonNull(truffetDato, "truffetDato");
        }

        /** An afgørelse that stands. */
        public Afgoerelsesfakta(boolean bevilger, LocalDate truffetDato) {
            this(bevilger, truffetDato, false);
        }
    }
}
