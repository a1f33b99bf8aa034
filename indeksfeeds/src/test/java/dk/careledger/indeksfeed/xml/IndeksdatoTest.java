package dk.careledger.indeksfeed.xml;

import dk.careledger.domain.felles.Tidszone;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Given a date or an instant, when written for the index, then it is the text the pattern uuuu-MM-dd'T'HH:mm:ss.SSSXXX gives. */
class IndeksdatoTest {
    private static final DateTimeFormatter MOENSTER = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    @Test
    void aDateIsTheStartOfThatDayInDanishTimeWithItsOffset() {
        assertThat(Indeksdato.dag(LocalDate.of(2026, 3, 23))).isEqualTo("2026-03-23T00:00:00.000+01:00");
        assertThat(Indeksdato.dag(LocalDate.of(2026, 3, 29))).as("the day summer time begins (at 02:00)")
                .isEqualTo("2026-03-29T00:00:00.000+01:00");
        assertThat(Indeksdato.dag(LocalDate.of(2026, 3, 30))).isEqualTo("2026-03-30T00:00:00.000+02:00");
        assertThat(Indeksdato.dag(LocalDate.of(2026, 10, 25))).as("the day summer time ends").isEqualTo("2026-10-25T00:00:00.000+02:00");
    }

    @Test
    void everyDayFrom1894To2200IsWrittenAsTheFormatterWritesTheStartOfTheDay() {
        for (LocalDate d = LocalDate.of(1894, 1, 1); d.getYear() <= 2200; d = d.plusDays(1)) {
            assertThat(Indeksdato.dag(d)).isEqualTo(MOENSTER.format(d.atStartOfDay(Tidszone.DANMARK)));
        }
    }

    @Test
    void aYearOutsideFourDigitsIsWrittenAsTheFormatterWritesIt() {
        for (int aar : new int[] {-10000, -1, 0, 1, 999, 1000, 9999, 10000, 123456}) {
            LocalDate d = LocalDate.of(aar, 7, 1);
            assertThat(Indeksdato.dag(d)).as("year %d", aar).isEqualTo(MOENSTER.format(d.atStartOfDay(Tidszone.DANMARK)));
            Instant t = d.atTime(12, 34, 56, 789_000_000).toInstant(ZoneOffset.UTC);
            assertThat(Indeksdato.tidspunkt(t)).as("year %d", aar).isEqualTo(MOENSTER.withZone(ZoneOffset.UTC).format(t));
        }
    }

    @Test
    void anInstantIsUtcWithMillisecondsCutNotRounded() {
        assertThat(Indeksdato.tidspunkt(Instant.parse("2026-02-01T10:15:30Z"))).isEqualTo("2026-02-01T10:15:30.000Z");
        assertThat(Indeksdato.tidspunkt(Instant.parse("2026-02-01T10:15:30.999999999Z"))).isEqualTo("2026-02-01T10:15:30.999Z");
        assertThat(Indeksdato.tidspunkt(Instant.parse("1969-12-31T23:59:59.001Z"))).isEqualTo("1969-12-31T23:59:59.001Z");

        DateTimeFormatter utc = MOENSTER.withZone(ZoneOffset.UTC);
        Random rnd = new Random(1470);
        for (int i = 0; i < 100_000; i++) {
            Instant t = Instant.ofEpochSecond(rnd.nextLong() % 20_000_000_000L, rnd.nextInt(1_000_000_000));
            assertThat(Indeksdato.tidspunkt(t)).isEqualTo(utc.format(t));
        }
    }
}
