package dk.careledger.query.arbejdsliste;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Where a sag stands against its sagsbehandlingsfrist (RSL § 3) on a given day, computed when asked — never stored,
 * because it changes every day without any event.
 *
 * <p>The clock counts calendar days from {@code start} (the day the application was received) to the day the
 * afgørelse is sent ({@code stop}), or to today while none is. Days i bero do not count: a bero period counts from
 * its {@code fra} up to, not including, the day the sag is genoptaget (the clock runs again that day); an open
 * period counts up to today. Overlapping periods count once, and only days between start and the clock's end count.
 * The frist is kept when the afgørelse is sent on the deadline day itself ({@code fristDato}), which is
 * {@code start + fristDage + beroDage}: the deadline moves by every day spent i bero.
 *
 * @param aktiveDage days the clock has run
 * @param beroDage   days i bero that did not count (and that moved the deadline)
 * @param fristDato  the last day an afgørelse may be sent in time
 * @param dageTilbage days left until {@code fristDato}, negative when the frist is passed
 */
public record Sagsbehandlingstid(LocalDate start, int fristDage, long aktiveDage, long beroDage, LocalDate fristDato,
        long dageTilbage, boolean iBero, Friststatus status) {

    /** The status a sag has against its frist. */
    public enum Friststatus {
        /** The frist has passed without an afgørelse (or the afgørelse was sent after it). */
        OVERSKREDET,
        /** Not passed, but at most {@code varselDage} days left. */
        TAET_PAA,
        /** More than {@code varselDage} days left, or the afgørelse was sent in time. */
        I_TIDE
    }

    public static final int STANDARD_VARSEL_DAGE = 3;

    /**
     * @param stop the day the afgørelse was sent, or null while the sag waits for it
     * @param idag today, at the query
     */
    public static Sagsbehandlingstid beregn(LocalDate start, int fristDage, List<Beroperiode> bero, LocalDate stop, LocalDate idag,
            int varselDage) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(idag, "idag");
        LocalDate slut = stop != null ? stop : idag;
        if (slut.isBefore(start)) {
            slut = start;
        }
        long beroDage = beroDage(bero, start, slut);
        boolean iBero = stop == null && bero.stream().anyMatch(p -> !p.fra().isAfter(idag) && (p.til() == null || p.til().isAfter(idag)));
        long aktiveDage = ChronoUnit.DAYS.between(start, slut) - beroDage;
        LocalDate fristDato = start.plusDays(fristDage + beroDage);
        long dageTilbage = fristDage - aktiveDage;
        Friststatus status;
        if (dageTilbage < 0) {
            status = Friststatus.OVERSKREDET;
        } else if (stop == null && dageTilbage <= varselDage) {
            status = Friststatus.TAET_PAA;
        } else {
            status = Friststatus.I_TIDE;
        }
        return new Sagsbehandlingstid(start, fristDage, aktiveDage, beroDage, fristDato, dageTilbage, iBero, status);
    }

    /** Days in the union of the bero periods that fall in [fra, til); an open period runs to {@code til}. */
    public static long beroDage(List<Beroperiode> bero, LocalDate fra, LocalDate til) {
        List<LocalDate[]> klippede = new ArrayList<>();
        for (Beroperiode p : bero) {
            LocalDate a = p.fra().isBefore(fra) ? fra : p.fra();
            LocalDate b = p.til() == null || p.til().isAfter(til) ? til : p.til();
            if (a.isBefore(b)) {
                klippede.add(new LocalDate[] {a, b});
            }
        }
        klippede.sort(Comparator.comparing(p -> p[0]));
        long dage = 0;
        LocalDate daekket = fra;
        for (LocalDate[] p : klippede) {
            LocalDate a = p[0].isBefore(daekket) ? daekket : p[0];
            if (a.isBefore(p[1])) {
                dage += ChronoUnit.DAYS.between(a, p[1]);
                daekket = p[1];
            }
        }
        return dage;
    }
}
