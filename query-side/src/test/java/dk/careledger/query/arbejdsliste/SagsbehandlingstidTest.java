package dk.careledger.query.arbejdsliste;

import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.query.arbejdsliste.Sagsbehandlingstid.Friststatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sagsbehandlingsfrist clock (RSL § 3) with bero periods, as computed at query time. Plain unit tests, no Spring. */
class SagsbehandlingstidTest {
    private static final LocalDate MODTAGET = LocalDate.of(2026, 3, 2);

    private static LocalDate dag(int marts) {
        return LocalDate.of(2026, 3, marts);
    }

    @Test
    void theClockCountsCalendarDaysFromReceiptAndTheDeadlineIsReceiptPlusTheFrist() {
        Sagsbehandlingstid t = Sagsbehandlingstid.beregn(MODTAGET, 14, List.of(), null, dag(6), 3);

        assertThat(t.aktiveDage()).isEqualTo(4);
        assertThat(t.beroDage()).isZero();
        assertThat(t.fristDato()).isEqualTo(dag(16));
        assertThat(t.dageTilbage()).isEqualTo(10);
        assertThat(t.iBero()).isFalse();
        assertThat(t.status()).isEqualTo(Friststatus.I_TIDE);
    }

    @Test
    void daysIBeroDoNotCountAndMoveTheDeadlineByAsManyDays() {
        // i bero from the 3rd, genoptaget on the 9th: the 3rd..8th (6 days) do not count, the 9th counts again
        List<Beroperiode> bero = List.of(new Beroperiode(dag(3), dag(9)));

        Sagsbehandlingstid t = Sagsbehandlingstid.beregn(MODTAGET, 7, bero, null, dag(12), 3);

        assertThat(t.beroDage()).isEqualTo(6);
        assertThat(t.aktiveDage()).isEqualTo(10 - 6);
        assertThat(t.fristDato()).isEqualTo(dag(15));
        assertThat(t.dageTilbage()).isEqualTo(3);
        assertThat(t.status()).isEqualTo(Friststatus.TAET_PAA);
    }

    @Test
    void aSagStillIBeroHasItsClockStoppedAndItsDeadlineMovingWithToday() {
        List<Beroperiode> bero = List.of(new Beroperiode(dag(4), null));

        Sagsbehandlingstid paaDen10 = Sagsbehandlingstid.beregn(MODTAGET, 7, bero, null, dag(10), 3);
        Sagsbehandlingstid paaDen20 = Sagsbehandlingstid.beregn(MODTAGET, 7, bero, null, dag(20), 3);

        assertThat(paaDen10.iBero()).isTrue();
        assertThat(paaDen10.aktiveDage()).isEqualTo(2);
        assertThat(paaDen20.aktiveDage()).isEqualTo(2);
        assertThat(paaDen10.fristDato()).isEqualTo(dag(15));
        assertThat(paaDen20.fristDato()).isEqualTo(dag(25));
        assertThat(paaDen20.status()).isEqualTo(Friststatus.I_TIDE);
    }

    @Test
    void severalBeroPeriodsAddUpAndOverlapsOrDaysBeforeReceiptCountOnlyOnce() {
        List<Beroperiode> bero = List.of(
                new Beroperiode(dag(1), dag(3)),   // one day before receipt: only the 2nd counts
                new Beroperiode(dag(5), dag(8)),   // 5, 6, 7
                new Beroperiode(dag(6), dag(9)),   // overlaps: only the 8th is new
                new Beroperiode(dag(12), dag(12))); // zero length

        assertThat(Sagsbehandlingstid.beroDage(bero, MODTAGET, dag(20))).isEqualTo(1 + 3 + 1);
    }

    @Test
    void theFristIsKeptOnTheDeadlineDayAndOverskredetTheDayAfter() {
        assertThat(Sagsbehandlingstid.beregn(MODTAGET, 7, List.of(), null, dag(9), 3).status()).isEqualTo(Friststatus.TAET_PAA);
        assertThat(Sagsbehandlingstid.beregn(MODTAGET, 7, List.of(), null, dag(9), 3).dageTilbage()).isZero();

        Sagsbehandlingstid dagenEfter = Sagsbehandlingstid.beregn(MODTAGET, 7, List.of(), null, dag(10), 3);
        assertThat(dagenEfter.status()).isEqualTo(Friststatus.OVERSKREDET);
        assertThat(dagenEfter.dageTilbage()).isEqualTo(-1);
    }

    @Test
    void taetPaaMeansAtMostVarselDageLeftAndTheWarningWindowIsAParameter() {
        assertThat(Sagsbehandlingstid.beregn(MODTAGET, 14, List.of(), null, dag(12), 3).status()).isEqualTo(Friststatus.I_TIDE);
        assertThat(Sagsbehandlingstid.beregn(MODTAGET, 14, List.of(), null, dag(13), 3).status()).isEqualTo(Friststatus.TAET_PAA);
        assertThat(Sagsbehandlingstid.beregn(MODTAGET, 14, List.of(), null, dag(12), 4).status()).isEqualTo(Friststatus.TAET_PAA);
        assertThat(Sagsbehandlingstid.beregn(MODTAGET, 14, List.of(), null, dag(12), 0).status()).isEqualTo(Friststatus.I_TIDE);
    }

    @Test
    void theClockStopsWhenTheAfgoerelseIsSentAndJudgesItAgainstTheDeadline() {
        Sagsbehandlingstid iTide = Sagsbehandlingstid.beregn(MODTAGET, 7, List.of(), dag(9), dag(30), 3);
        Sagsbehandlingstid forSent = Sagsbehandlingstid.beregn(MODTAGET, 7, List.of(new Beroperiode(dag(4), dag(6))), dag(12), dag(30), 3);

        assertThat(iTide.aktiveDage()).isEqualTo(7);
        assertThat(iTide.status()).isEqualTo(Friststatus.I_TIDE);
        assertThat(forSent.aktiveDage()).isEqualTo(10 - 2);
        assertThat(forSent.fristDato()).isEqualTo(dag(11));
        assertThat(forSent.status()).isEqualTo(Friststatus.OVERSKREDET);
    }

    @Test
    void aBeroPeriodAfterTheAfgoerelseDoesNotCount() {
        Sagsbehandlingstid t = Sagsbehandlingstid.beregn(MODTAGET, 7, List.of(new Beroperiode(dag(20), null)), dag(9), dag(30), 3);

        assertThat(t.beroDage()).isZero();
        assertThat(t.iBero()).isFalse();
    }

    @Test
    void aStartAfterTodayCountsNoDays() {
        Sagsbehandlingstid t = Sagsbehandlingstid.beregn(dag(10), 7, List.of(), null, dag(5), 3);

        assertThat(t.aktiveDage()).isZero();
        assertThat(t.fristDato()).isEqualTo(dag(17));
        assertThat(t.dageTilbage()).isEqualTo(7);
    }
}
