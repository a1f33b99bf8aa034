package dk.careledger.query.ydelse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The economic effektueringer of an OEKONOMISK ydelse (brief §1.3, ØkonomiskYdelseEffektuering): one row per calendar
 * month from the startdato to the last day the ydelse runs, derived from the granted amount per month
 * ({@code beloebOere}) and nothing else. The ledger records no payments, so these are the amounts the bevilling
 * entitles the citizen to, month by month:
 * <ul>
 *   <li>a whole month gets the monthly amount; a month the ydelse covers only in part (the first, the last) gets
 *       the amount in proportion to the calendar days covered, {@code beloeb × dage / dage i måneden}, rounded half up
 *       to whole øre;</li>
 *   <li>a bounded ydelse (slutdato or ophør) gets every month to its end, also months still ahead
 *       ({@code kommende});</li>
 *   <li>an open-ended ydelse has no last month, so its rows run to the current month (or to its first month, when
 *       that lies ahead). That is why the rows are derived at query time from the stored dates and amount, with
 *       {@code idag} from the injected clock, rather than stored by the projection, which must not read a clock;</li>
 *   <li>no rows on the venteliste, without an amount, or when the ydelse stopped before it began.</li>
 * </ul>
 * The same inputs always give the same rows.
 */
public final class OekonomiskeEffektueringer {

    /** One month's effektuering: the days covered ({@code fra}–{@code til}, inclusive) and the amount in øre. */
    public record Maanedsrate(String periode, LocalDate fra, LocalDate til, int dage, long beloebOere, boolean kommende) {
    }

    private OekonomiskeEffektueringer() {
    }

    public static List<Maanedsrate> maanedsrater(LocalDate startdato, LocalDate slut, Long beloebOerePrMaaned, LocalDate idag) {
        if (startdato == null || beloebOerePrMaaned == null || (slut != null && slut.isBefore(startdato))) {
            return List.of();
        }
        LocalDate sidste = slut;
        if (sidste == null) {
            LocalDate aabenTil = idag.isAfter(startdato) ? idag : startdato;
            sidste = aabenTil.with(TemporalAdjusters.lastDayOfMonth());
        }
        List<Maanedsrate> rater = new ArrayList<>();
        for (LocalDate maaned = startdato.withDayOfMonth(1); !maaned.isAfter(sidste); maaned = maaned.plusMonths(1)) {
            LocalDate fra = maaned.isBefore(startdato) ? startdato : maaned;
            LocalDate maanedsSlut = maaned.with(TemporalAdjusters.lastDayOfMonth());
            LocalDate til = maanedsSlut.isAfter(sidste) ? sidste : maanedsSlut;
            int dage = til.getDayOfMonth() - fra.getDayOfMonth() + 1;
            int dageIMaaneden = maaned.lengthOfMonth();
            long beloeb = dage == dageIMaaneden ? beloebOerePrMaaned
                    : BigDecimal.valueOf(beloebOerePrMaaned).multiply(BigDecimal.valueOf(dage))
                            .divide(BigDecimal.valueOf(dageIMaaneden), 0, RoundingMode.HALF_UP).longValueExact();
            rater.add(new Maanedsrate(String.format("%d-%02d", maaned.getYear(), maaned.getMonthValue()), fra, til, dage, beloeb,
                    fra.isAfter(idag)));
        }
        return rater;
    }
}
