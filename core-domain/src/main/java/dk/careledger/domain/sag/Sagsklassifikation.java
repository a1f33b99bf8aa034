package dk.careledger.domain.sag;

import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.felles.KrypteretTekst;
import java.util.Objects;

/**
 * How a sag is classified for the index (UC1 steps 3–4): its KLE emne, handlingsfacet, responsible unit, følsomhed and
 * titel. Set by {@code SagOprettet} and corrected by {@code SagOmklassificeret}, which keeps both (ADR 0022). Persisted
 * inside that event.
 *
 * @param titel encrypted with the key of the sag's primær part
 */
public record Sagsklassifikation(String kleNummer, String handlingsfacet, String ansvarligEnhed, Foelsomhed foelsomhed,
        KrypteretTekst titel) {
    public Sagsklassifikation {
        Objects.requireNonNull(kleNummer, "kleNummer");
        Objects.requireNonNull(handlingsfacet, "handlingsfacet");
        Objects.requireNonNull(ansvarligEnhed, "ansvarligEnhed");
        Objects.requireNonNull(foelsomhed, "foelsomhed");
        Objects.requireNonNull(titel, "titel");
    }
}
