package dk.careledger.projection.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TidstekstTest {

    @Test
    void everyInstantAndDateTheLedgerWritesReadsBackAsTheJdkReadsIt() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 5_000; i++) {
            long sekund = rnd.nextLong(-2_000_000_000L, 8_000_000_000L);
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> rnd.nextInt(1000) * 1_000_000;
                case 2 -> rnd.nextInt(1_000_000) * 1000;
                default -> rnd.nextInt(1_000_000_000);
            };
            Instant t = Instant.ofEpochSecond(sekund, nano);
            assertThat(Tidstekst.tidspunkt(t.toString())).isEqualTo(Instant.parse(t.toString())).isEqualTo(t);
            LocalDate d = LocalDate.ofEpochDay(rnd.nextLong(-100_000, 100_000));
            assertThat(Tidstekst.dato(d.toString())).isEqualTo(d);
        }
    }

    @Test
    void formsOutsideTheFastPathGetExactlyWhatTheJdkGives() {
        for (String s : List.of("2024-03-01T08:15:30+01:00", "+12024-03-01T08:15:30Z", "2024-03-01T08:15Z", "2024-03-01T24:00:00Z",
                "2024-02-30T08:15:30Z", "2024-03-01T08:15:30.Z", "2024-03-01t08:15:30Z")) {
            assertThat(udfald(() -> Tidstekst.tidspunkt(s))).as(s).isEqualTo(udfald(() -> Instant.parse(s)));
        }
        for (String s : List.of("+12024-03-01", "2024-02-30", "2024-3-01", "20240301")) {
            assertThat(udfald(() -> Tidstekst.dato(s))).as(s).isEqualTo(udfald(() -> LocalDate.parse(s)));
        }
    }

    /** The value, or that it was refused as a date/time. */
    private static Object udfald(java.util.function.Supplier<Object> f) {
        try {
            return f.get();
        } catch (DateTimeException e) {
            return "afvist";
        }
    }
}
