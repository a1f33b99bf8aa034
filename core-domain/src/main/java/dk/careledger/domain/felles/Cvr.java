package dk.careledger.domain.felles;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A CVR number (eight digits) identifying an authority, e.g. the kommune that owns a sag (Ejer) or
 * the kommune whose user acted. The constructor only rejects null, so that stored events always
 * deserialize; {@link #parse} is the validating entry point for input.
 */
public record Cvr(String value) {
    private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}");

    public Cvr {
        Objects.requireNonNull(value, "value");
    }

    public static Cvr parse(String value, String felt) {
        if (value == null || !EIGHT_DIGITS.matcher(value).matches()) {
            throw Afvisning.ugyldig("CVR_UGYLDIG", felt, "Et CVR-nummer er otte cifre, fik '" + value + "'");
        }
        return new Cvr(value);
    }

    /** The URN the KOMBIT indexes use for an authority. */
    public String urn() {
        return "urn:oio:cvr-nr:" + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
