package dk.careledger.query.arbejdsliste;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a bevilling's next opfølgning is due, on the day the list is read. The next date is the one the latest
 * opfølgning planned (FSIII: every opfølgning plans the next); before the first opfølgning none is planned, so the
 * bevilling is not on the list.
 */
public final class Opfoelgningsfrist {

    private Opfoelgningsfrist() {
    }

    /**
     * On the list on {@code idag} when looking {@code dage} ahead: a next opfølgning is planned on or before
     * {@code idag + dage} (overdue ones included), and the bevilling has not ended — not ophørt (an ophør, even a
     * future-dated one, ends the follow-up) and not past its slutdato.
     */
    public static boolean forfaldenInden(LocalDate naeste, LocalDate ophoersdato, LocalDate slutdato, LocalDate idag, int dage) {
        return naeste != null && ophoersdato == null && (slutdato == null || !slutdato.isBefore(idag))
                && !naeste.isAfter(idag.plusDays(dage));
    }

    /** Days from {@code idag} to the next opfølgning; negative when it is overdue. */
    public static long dageTil(LocalDate naeste, LocalDate idag) {
        return ChronoUnit.DAYS.between(idag, naeste);
    }
}
