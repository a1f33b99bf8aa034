package dk.careledger.projection.motor;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * Reads the one instant format the event store is full of — UTC, {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, as
 * {@code DateTimeFormatter.ISO_INSTANT} and Axon's {@code DateTimeUtils.formatInstant} write it — and plain ISO dates
 * ({@code yyyy-MM-dd}), without a {@code DateTimeFormatter}.
 *
 * <p>Why: a profile of a full rebuild showed more than half of the time spent deserializing events in
 * {@code DateTimeFormatter.parse} (every event has a registreringstid, a message timestamp and often more instants),
 * which builds and resolves a map of fields per call; a profile of a feed page found the same cost in reading the
 * stored registrations' dates. Anything that is not exactly this shape (offsets other than {@code Z}, leap seconds,
 * years outside 0000–9999, numbers, arrays) is left to the standard parsers, so the result is always the value they
 * would have produced.
 */
public final class Tidstolk {
    private static final int[] POTENS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000};

    private Tidstolk() {
    }

    /** The instant, or null when {@code s} is not in the strict UTC form (then use a standard parser). */
    public static Instant iso(CharSequence s) {
        int n = s.length();
        if (n < 20 || n > 30 || s.charAt(n - 1) != 'Z' || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int aar = cifre(s, 0, 4);
        int maaned = cifre(s, 5, 7);
        int dag = cifre(s, 8, 10);
        int time = cifre(s, 11, 13);
        int minut = cifre(s, 14, 16);
        int sekund = cifre(s, 17, 19);
        if (aar < 0 || maaned < 1 || maaned > 12 || dag < 1 || time < 0 || time > 23 || minut < 0 || minut > 59 || sekund < 0
                || sekund > 59) {
            return null;
        }
        int nano = 0;
        if (n > 20) {
            int antal = n - 21;
            if (s.charAt(19) != '.' || antal < 1 || antal > 9) {
                return null;
            }
            int brok = cifre(s, 20, n - 1);
            if (brok < 0) {
                return null;
            }
            nano = brok * POTENS[9 - antal];
        }
        long dage;
        try {
            dage = LocalDate.of(aar, maaned, dag).toEpochDay();
        } catch (DateTimeException e) {
            return null;
        }
        return Instant.ofEpochSecond(dage * 86_400 + time * 3_600L + minut * 60L + sekund, nano);
    }

    /** The date, or null when {@code s} is not exactly {@code yyyy-MM-dd} (then use a standard parser). */
    public static LocalDate dato(CharSequence s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int aar = cifre(s, 0, 4);
        int maaned = cifre(s, 5, 7);
        int dag = cifre(s, 8, 10);
        if (aar < 0 || maaned < 1 || maaned > 12 || dag < 1) {
            return null;
        }
        try {
            return LocalDate.of(aar, maaned, dag);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The decimal number in {@code s[fra, til)}, or -1 when a character is not a digit. */
    private static int cifre(CharSequence s, int fra, int til) {
        int v = 0;
        for (int i = fra; i < til; i++) {
            int c = s.charAt(i) - '0';
            if (c < 0 || c > 9) {
                return -1;
            }
            v = v * 10 + c;
        }
        return v;
    }

    /**
     * A Jackson module whose {@link Instant} and {@link LocalDate} deserializers take the strict forms with {@link #iso}
     * and {@link #dato} and hand everything else (numbers, arrays, offsets, {@code @JsonFormat}) to jsr310's own
     * deserializers. Register it after the JavaTimeModule (a later module's deserializers win).
     */
    public static SimpleModule jacksonModul() {
        SimpleModule modul = new SimpleModule("hurtig-tid");
        modul.addDeserializer(Instant.class, new Hurtig<>(Instant.class, InstantDeserializer.INSTANT, Tidstolk::iso));
        modul.addDeserializer(LocalDate.class, new Hurtig<>(LocalDate.class, LocalDateDeserializer.INSTANCE, Tidstolk::dato));
        return modul;
    }

    private static final class Hurtig<T> extends StdScalarDeserializer<T> implements ContextualDeserializer {
        private final JsonDeserializer<T> standard;
        private final Function<String, T> hurtig;

        Hurtig(Class<T> type, JsonDeserializer<T> standard, Function<String, T> hurtig) {
            super(type);
            this.standard = standard;
            this.hurtig = hurtig;
        }

        /** A property with its own format ({@code @JsonFormat}) gets jsr310's deserializer alone. */
        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) throws JsonMappingException {
            JsonDeserializer<?> kontekstuel = standard instanceof ContextualDeserializer c ? c.createContextual(ctxt, property) : standard;
            return kontekstuel == standard ? this : kontekstuel;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                T v = hurtig.apply(p.getText());
                if (v != null) {
                    return v;
                }
            }
            return standard.deserialize(p, ctxt);
        }
    }
}
