package dk.careledger.projection.feed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the dates and instants of the feeds' stored JSON without {@code DateTimeFormatter}: a feed page parses a
 * thousand stored registrations with dozens of dates each, and the formatter's general parsing was an eighth of the
 * page's time (JFR, benchmark). Only the exact forms the ledger writes ({@code 2024-03-01}, {@code Instant.toString()}:
 * {@code 2024-03-01T08:15:30Z} with an optional fraction of 1–9 digits) take the fast path; anything else goes to the
 * JDK's parser, so the result is always what {@code LocalDate.parse} / {@code Instant.parse} would give.
 */
public final class Tidstekst {
    private Tidstekst() {
    }

    /** Jackson deserializers for {@link LocalDate} and {@link Instant}; register after {@code JavaTimeModule}. */
    public static SimpleModule modul() {
        SimpleModule m = new SimpleModule("Tidstekst");
        m.addDeserializer(LocalDate.class, new JsonDeserializer<>() {
            @Override
            public LocalDate deserialize(JsonParser p, DeserializationContext c) throws IOException {
                return dato(p.getValueAsString());
            }
        });
        m.addDeserializer(Instant.class, new JsonDeserializer<>() {
            @Override
            public Instant deserialize(JsonParser p, DeserializationContext c) throws IOException {
                return tidspunkt(p.getValueAsString());
            }
        });
        return m;
    }

    public static LocalDate dato(String s) {
        if (s == null) {
            return null;
        }
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-' && cifre(s, 0, 4) && cifre(s, 5, 7) && cifre(s, 8, 10)) {
            return LocalDate.of(tal(s, 0, 4), tal(s, 5, 7), tal(s, 8, 10));
        }
        return LocalDate.parse(s);
    }

    public static Instant tidspunkt(String s) {
        if (s == null) {
            return null;
        }
        int n = s.length();
        if (n >= 20 && s.charAt(n - 1) == 'Z' && s.charAt(10) == 'T' && s.charAt(13) == ':' && s.charAt(16) == ':'
                && s.charAt(4) == '-' && s.charAt(7) == '-' && cifre(s, 0, 4) && cifre(s, 5, 7) && cifre(s, 8, 10)
                && cifre(s, 11, 13) && cifre(s, 14, 16) && cifre(s, 17, 19)) {
            int nano = 0;
            boolean gyldig = n == 20;
            if (n > 21 && n <= 30 && s.charAt(19) == '.' && cifre(s, 20, n - 1)) {
                nano = tal(s, 20, n - 1);
                for (int i = n - 1 - 20; i < 9; i++) {
                    nano *= 10;
                }
                gyldig = true;
            }
            int time = tal(s, 11, 13);
            int minut = tal(s, 14, 16);
            int sekund = tal(s, 17, 19);
            if (gyldig && time < 24 && minut < 60 && sekund < 60) {
                long dag = LocalDate.of(tal(s, 0, 4), tal(s, 5, 7), tal(s, 8, 10)).toEpochDay();
                return Instant.ofEpochSecond(dag * 86_400 + time * 3600L + minut * 60L + sekund, nano);
            }
        }
        return Instant.parse(s);
    }

    private static boolean cifre(String s, int fra, int til) {
        for (int i = fra; i < til; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int tal(String s, int fra, int til) {
        int v = 0;
        for (int i = fra; i < til; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }
}
