package dk.careledger.domain.felles;

import java.util.Objects;

/**
 * Free text that may hold personal data (begrundelse, notes, titles), encrypted with the key of the citizen
 * it concerns ({@code ejer}). Forgetting the citizen destroys the key: the event still deserializes and
 * replays, the text becomes unreadable (crypto-shredding, ADR 0009).
 */
public record KrypteretTekst(BorgerId ejer, String chiffertekst) {
    public KrypteretTekst {
        Objects.requireNonNull(ejer, "ejer");
        Objects.requireNonNull(chiffertekst, "chiffertekst");
    }

    @Override
    public String toString() {
        return "KrypteretTekst[ejer=" + ejer + "]";
    }
}
