package dk.careledger.query.sag;

import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.Inputgraenser;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Query parameters of the sag endpoints (and the revisor's, {@code query.revision}): a bad value is 400
 * {@code PARAMETER_UGYLDIG} naming the parameter.
 */
public final class Sagsparametre {
    private static final Pattern KLE = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2})?)?");
    static final int MAKS_STOERRELSE = 500;

    private Sagsparametre() {
    }

    public static String tom(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }

    static String kommune(String v) {
        String k = tom(v);
        return k == null ? null : Inputgraenser.cvrParameter(k, "kommune");
    }

    static String kle(String v) {
        String k = tom(v);
        if (k != null && !KLE.matcher(k).matches()) {
            throw ugyldig("kle", "kle er en KLE-hovedgruppe, -gruppe eller -emne (27, 27.36 eller 27.36.04), fik '" + v + "'");
        }
        return k;
    }

    static <E extends Enum<E>> E enumVaerdi(Class<E> type, String v, String navn) {
        String k = tom(v);
        if (k == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, k);
        } catch (IllegalArgumentException e) {
            throw ugyldig(navn, navn + " er en af " + Arrays.toString(type.getEnumConstants()) + ", fik '" + v + "'");
        }
    }

    public static UUID uuid(String v, String navn) {
        String k = tom(v);
        if (k == null) {
            return null;
        }
        try {
            return UUID.fromString(k);
        } catch (IllegalArgumentException e) {
            throw ugyldig(navn, navn + " er et UUID, fik '" + v + "'");
        }
    }

    /** An instant in ISO-8601, with Z or an offset, e.g. {@code 2026-11-22T10:15:00Z}. */
    public static Instant tidspunkt(String v, String navn) {
        String k = tom(v);
        if (k == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(k).toInstant();
        } catch (DateTimeParseException e) {
            throw ugyldig(navn, navn + " er et tidspunkt i ISO-8601 med tidszone (fx 2026-11-22T10:15:00Z), fik '" + v + "'");
        }
    }

    static int side(String v) {
        int s = heltal(v, "side", 0);
        if (s < 0) {
            throw ugyldig("side", "side tælles fra 0, fik " + s);
        }
        return s;
    }

    static int stoerrelse(String v) {
        int s = heltal(v, "stoerrelse", 50);
        if (s < 1 || s > MAKS_STOERRELSE) {
            throw ugyldig("stoerrelse", "stoerrelse er 1–" + MAKS_STOERRELSE + ", fik " + s);
        }
        return s;
    }

    private static int heltal(String v, String navn, int standard) {
        String k = tom(v);
        if (k == null) {
            return standard;
        }
        try {
            return Integer.parseInt(k);
        } catch (NumberFormatException e) {
            throw ugyldig(navn, navn + " er et heltal, fik '" + v + "'");
        }
    }

    static Afvisning ugyldig(String navn, String besked) {
        return Afvisning.ugyldig("PARAMETER_UGYLDIG", navn, besked);
    }
}
