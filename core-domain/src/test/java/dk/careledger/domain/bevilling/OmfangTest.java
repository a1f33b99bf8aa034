package dk.careledger.domain.bevilling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Omfang: minutes per week for overviews, and the exact frame check. */
class OmfangTest {

    @Test
    void countsMinutesPerWeekForEachPeriode() {
        assertThat(Omfang.prDag(2, 15).minutterPrUge()).isEqualTo(210);
        assertThat(Omfang.prUge(3, 20).minutterPrUge()).isEqualTo(60);
        assertThat(Omfang.prMaaned(13, 4).minutterPrUge()).isEqualTo(12);
    }

    @Test
    void roundsAMonthlyOmfangToTheNearestMinutePerWeek() {
        assertThat(Omfang.prMaaned(1, 60).minutterPrUge()).as("60 × 12 / 52 = 13.85").isEqualTo(14);
        assertThat(Omfang.prMaaned(1, 62).minutterPrUge()).as("62 × 12 / 52 = 14.31").isEqualTo(14);
        assertThat(Omfang.prMaaned(1, 2).minutterPrUge()).as("2 × 12 / 52 = 0.46").isZero();
    }

    @Test
    void fitsAnOmfangOfTheSameWeeklyTimeInAnyPeriode() {
        assertThat(Omfang.prDag(1, 60).rummesI(Omfang.prUge(7, 60))).isTrue();
        assertThat(Omfang.prUge(7, 60).rummesI(Omfang.prDag(1, 60))).isTrue();
        assertThat(Omfang.prDag(1, 30).rummesI(Omfang.prDag(2, 15))).isTrue();
    }

    @Test
    void comparesExactlySoRoundingNeverLetsAnOmfangPastItsRamme() {
        Omfang omfang = Omfang.prMaaned(1, 61);
        Omfang ramme = Omfang.prMaaned(1, 60);

        assertThat(omfang.minutterPrUge()).isEqualTo(ramme.minutterPrUge());
        assertThat(omfang.rummesI(ramme)).isFalse();
        assertThat(ramme.rummesI(omfang)).isTrue();
    }

    @Test
    void countsRoundTheClockCare() {
        Omfang doegnpleje = Omfang.prDag(1, 24 * 60);

        assertThat(doegnpleje.minutterPrUge()).isEqualTo(7 * 24 * 60);
        assertThat(Omfang.prDag(2, 15).rummesI(doegnpleje)).isTrue();
    }

    @Test
    void knowsAnOmfangTooLargeToCountIsNotValid() {
        assertThat(new Omfang(Integer.MAX_VALUE, Omfangsperiode.PR_DAG, Integer.MAX_VALUE).erGyldigt()).isFalse();
        assertThat(new Omfang(Integer.MAX_VALUE, Omfangsperiode.PR_DAG, 1).erGyldigt()).isTrue();
    }

    @Test
    void knowsAnOmfangWithoutMinutesOrVisitsIsNotValid() {
        assertThat(Omfang.prDag(2, 15).erGyldigt()).isTrue();
        assertThat(Omfang.prDag(0, 15).erGyldigt()).isFalse();
        assertThat(Omfang.prDag(2, -1).erGyldigt()).isFalse();
    }
}
