package dk.careledger.domain.felles;

import dk.careledger.domain.katalog.Katalog;
import java.util.Objects;

/**
 * Everything a decider needs besides state and command: the registrering (kommune, actor, record time from
 * the injected clock), the shipped reference catalogues, and the encryption port for free text.
 * Deciders stay deterministic: they never read the clock or make ids themselves.
 */
public record Kontekst(Registrering registrering, Katalog katalog, Kryptering kryptering) {
    public Kontekst {
        Objects.requireNonNull(registrering, "registrering");
        Objects.requireNonNull(katalog, "katalog");
        Objects.requireNonNull(kryptering, "kryptering");
    }
}
