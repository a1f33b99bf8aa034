package dk.careledger.query.ydelse;

import java.time.LocalDate;

/**
 * Where a bevilget ydelse stands on a given day. It depends on the day, so it is computed at query time from the
 * stored dates (startdato and slut, the last day the ydelse runs) and never stored. The checks run in this order:
 * <ol>
 *   <li>{@link #OPHOERT}: the last day has passed ({@code slut < idag}): the slutdato passed, or the ophør took
 *       effect (also for a bevilling still on the venteliste, and one stopped before it began);</li>
 *   <li>{@link #VENTELISTE}: no startdato yet (UC3 4.a1);</li>
 *   <li>{@link #FREMTIDIG}: the startdato lies ahead (future-dated grant);</li>
 *   <li>{@link #AKTIV}: otherwise, started and not ended.</li>
 * </ol>
 */
public enum Ydelsesstatus {
    VENTELISTE,
    FREMTIDIG,
    AKTIV,
    OPHOERT;

    public static Ydelsesstatus paa(LocalDate startdato, LocalDate slut, LocalDate idag) {
        if (slut != null && slut.isBefore(idag)) {
            return OPHOERT;
        }
        if (startdato == null) {
            return VENTELISTE;
        }
        return startdato.isAfter(idag) ? FREMTIDIG : AKTIV;
    }

    /**
     * The same rule as SQL over table {@code ydelse}, with one date parameter (today) for each {@code ?}. Keep in
     * step with {@link #paa}.
     */
    public String sqlBetingelse() {
        return switch (this) {
            case OPHOERT -> "(slut IS NOT NULL AND slut < ?)";
            case VENTELISTE -> "(startdato IS NULL AND (slut IS NULL OR slut >= ?))";
            case FREMTIDIG -> "(startdato > ? AND (slut IS NULL OR slut >= ?))";
            case AKTIV -> "(startdato <= ? AND (slut IS NULL OR slut >= ?))";
        };
    }

    /** How many date parameters {@link #sqlBetingelse} takes. */
    public int antalParametre() {
        return this == OPHOERT || this == VENTELISTE ? 1 : 2;
    }
}
