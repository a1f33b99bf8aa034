package dk.careledger.indeksfeed.xml;

import dk.careledger.domain.felles.Tidszone;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Dates and times as the indexes' {@code xs:dateTime} ({@code sd:TidsstempelDatoTid}, {@code Tidspunkt}, and the
 * Ydelsesindeks' date fields, which are strings written the same way): a business date is the start of that day in
 * Danish time ({@link #dag}), a point in time is UTC with milliseconds ({@link #tidspunkt}).
 *
 * <p>Written by hand into a right-sized {@code StringBuilder} rather than through a {@code DateTimeFormatter}, because a
 * feed page renders a thousand registrations with dozens of dates each. The text is the one the pattern
 * {@code uuuu-MM-dd'T'HH:mm:ss.SSSXXX} gives (a year outside 1000-9999 as {@code uuuu} writes it: zero-padded to four
 * digits, a sign before a negative or five-digit year, which the schemas then reject), with one exception: on the one
 * day whose midnight does not exist in Copenhagen (1893-04-01, the jump from local mean time to CET) the day is still
 * written as midnight with the offset before the jump. Thread-safe.
 */
public final class Indeksdato {
    /** The indexes' business dates are Danish days. */

    private Indeksdato() {
    }

    /** A business date as the index's dateTime: the start of that day in Danish time, e.g. 2026-03-23T00:00:00.000+01:00. */
    public static String dag(LocalDate d) {
        int offset = Tidszone.DANMARK.getRules().getOffset(d.atStartOfDay()).getTotalSeconds();
        StringBuilder b = new StringBuilder(29);
        dato(b, d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        b.append("T00:00:00.000").append(offset < 0 ? '-' : '+');
        int min = Math.abs(offset) / 60;
        to(b, min / 60).append(':');
        to(b, min % 60);
        return b.toString();
    }

    /** A point in time as the index's dateTime, in UTC with milliseconds, e.g. 2026-02-01T10:15:30.000Z. */
    public static String tidspunkt(Instant t) {
        LocalDateTime u = LocalDateTime.ofEpochSecond(t.getEpochSecond(), t.getNano(), ZoneOffset.UTC);
        StringBuilder b = new StringBuilder(24);
        dato(b, u.getYear(), u.getMonthValue(), u.getDayOfMonth());
        b.append('T');
        to(b, u.getHour()).append(':');
        to(b, u.getMinute()).append(':');
        to(b, u.getSecond()).append('.');
        int ms = u.getNano() / 1_000_000;
        b.append((char) ('0' + ms / 100)).append((char) ('0' + ms / 10 % 10)).append((char) ('0' + ms % 10));
        return b.append('Z').toString();
    }

    private static void dato(StringBuilder b, int aar, int maaned, int dag) {
        if (aar >= 1000 && aar <= 9999) {
            b.append(aar);
        } else {
            udvidetAar(b, aar);
        }
        b.append('-');
        to(b, maaned).append('-');
        to(b, dag);
    }

    /** A year outside 1000-9999 as {@code uuuu} writes it: -0001, 0999, +10000. */
    private static void udvidetAar(StringBuilder b, int aar) {
        if (aar > 9999) {
            b.append('+').append(aar);
            return;
        }
        if (aar < 0) {
            b.append('-');
        }
        String cifre = Integer.toString(Math.abs(aar));
        for (int i = cifre.length(); i < 4; i++) {
            b.append('0');
        }
        b.append(cifre);
    }

    private static StringBuilder to(StringBuilder b, int tal) {
        return b.append((char) ('0' + tal / 10)).append((char) ('0' + tal % 10));
    }
}
