package dk.careledger.domain.felles;

import dk.careledger.domain.katalog.Katalog;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything a decider needs besides state and command: the registrering (kommune, actor, record time from
 * the injected clock), the shipped reference catalogues, the encryption port for free text, the read-only
 * {@link Opslag} of other aggregates' immutable facts, and how far ahead of the record time a fact registered as
 * having happened may lie (clocks on devices drift; ADR 0020). Deciders stay deterministic: they never read the
 * clock or make ids themselves; "now" is {@code registrering.registreringstid}.
 */
public record Kontekst(Registrering registrering, Katalog katalog, Kryptering kryptering, Opslag opslag,
        Duration fremtidstolerance) {

    /** The tolerance when none is configured ({@code ledger.regler.fremtidstolerance}): five minutes. */
    public static final Duration STANDARD_FREMTIDSTOLERANCE = Duration.ofMinutes(5);

    public Kontekst {
        Objects.requireNonNull(registrering, "registrering");
        Objects.requireNonNull(katalog, "katalog");
        Objects.requireNonNull(kryptering, "kryptering");
        Objects.requireNonNull(opslag, "opslag");
        Objects.requireNonNull(fremtidstolerance, "fremtidstolerance");
        if (fremtidstolerance.isNegative()) {
            throw new IllegalArgumentException("fremtidstolerance må ikke være negativ: " + fremtidstolerance);
        }
    }

    /** Without references to other aggregates and with the standard tolerance. */
    public Kontekst(Registrering registrering, Katalog katalog, Kryptering kryptering) {
        this(registrering, katalog, kryptering, Opslag.INGEN, STANDARD_FREMTIDSTOLERANCE);
    }
}
