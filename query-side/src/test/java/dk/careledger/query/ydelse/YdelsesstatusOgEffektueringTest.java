package dk.careledger.query.ydelse;

import static dk.careledger.domain.bevilling.BevillingFixtures.OPFOELGNING_DATO;
import static dk.careledger.domain.bevilling.BevillingFixtures.PERSONLIG_PLEJE;
import static dk.careledger.domain.bevilling.BevillingFixtures.STARTDATO;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.bevilling.BevillingFixtures;
import dk.careledger.domain.bevilling.OphoersAarsag;
import dk.careledger.domain.bevilling.event.BevillingOphoert;
import dk.careledger.domain.testfixtures.TestKontekst;
import dk.careledger.projection.motor.Haendelse;
import dk.careledger.projection.ydelse.YdelseFold;
import dk.careledger.projection.ydelse.laesning.YdelseRaekke;
import dk.careledger.query.ydelse.OekonomiskeEffektueringer.Maanedsrate;
import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The query-time rules of the Ydelsesindeks, without Spring: the status of a folded ydelse row on a given day, the
 * economic effektueringer month by month, and the forms of a KLE filter. (The folds themselves are tested in the
 * projections module.)
 */
class YdelsesstatusOgEffektueringTest {
    private static final long PR_MAANED = 1_200_000L;

    private long indeks;

    @Test
    void aBevillingOnTheVentelisteIsVentelisteUntilItsStartdatoIsSetAndActiveFromThatDay() {
        YdelseFold fold = fold(BevillingFixtures.personligPlejeGivetPaaVenteliste());
        assertThat(status(fold, STARTDATO.minusDays(10))).isEqualTo(Ydelsesstatus.VENTELISTE);

        fold.anvend(haendelse(BevillingFixtures.startdatoFastsat()));

        assertThat(status(fold, STARTDATO.minusDays(1))).isEqualTo(Ydelsesstatus.FREMTIDIG);
        assertThat(status(fold, STARTDATO)).isEqualTo(Ydelsesstatus.AKTIV);
    }

    @Test
    void anE3OpfoelgningLeavesTheYdelseActiveOnTheDayOfTheOpfoelgningAndOphoertFromTheNextDay() {
        YdelseFold fold = fold(BevillingFixtures.personligPlejeGivet(), BevillingFixtures.opfoelgningGennemfoert(BevillingFixtures.OPFOELGNING, "E3", null, null),
                new BevillingOphoert(PERSONLIG_PLEJE, OPFOELGNING_DATO.plusDays(1), OphoersAarsag.OPFOELGNING, TestKontekst.registrering()));

        assertThat(status(fold, OPFOELGNING_DATO)).isEqualTo(Ydelsesstatus.AKTIV);
        assertThat(status(fold, OPFOELGNING_DATO.plusDays(1))).isEqualTo(Ydelsesstatus.OPHOERT);
    }

    @Test
    void whenTheCitizenDiesTheYdelseIsOphoertFromTheOphoersdato() {
        LocalDate doed = LocalDate.of(2026, 5, 12);
        YdelseFold fold = fold(BevillingFixtures.personligPlejeGivet(),
                new BevillingOphoert(PERSONLIG_PLEJE, doed, OphoersAarsag.DOED, TestKontekst.registrering()));

        assertThat(status(fold, doed.minusDays(1))).isEqualTo(Ydelsesstatus.AKTIV);
        assertThat(status(fold, doed)).isEqualTo(Ydelsesstatus.OPHOERT);
    }

    @Test
    void theStatusRulesRunInTheOrderOphoertVentelisteFremtidigAktiv() {
        LocalDate idag = LocalDate.of(2026, 5, 1);
        assertThat(Ydelsesstatus.paa(null, null, idag)).isEqualTo(Ydelsesstatus.VENTELISTE);
        assertThat(Ydelsesstatus.paa(null, idag.minusDays(1), idag)).as("ophørt while on the venteliste").isEqualTo(Ydelsesstatus.OPHOERT);
        assertThat(Ydelsesstatus.paa(idag.plusDays(1), null, idag)).isEqualTo(Ydelsesstatus.FREMTIDIG);
        assertThat(Ydelsesstatus.paa(idag, idag, idag)).isEqualTo(Ydelsesstatus.AKTIV);
        assertThat(Ydelsesstatus.paa(idag.minusDays(60), idag.minusDays(1), idag)).isEqualTo(Ydelsesstatus.OPHOERT);
    }

    @Test
    void aBoundedEconomicYdelseGetsOneEffektueringPerMonthInProportionToTheDaysCoveredAtBothEnds() {
        assertThat(OekonomiskeEffektueringer.maanedsrater(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 6, 10), PR_MAANED, LocalDate.of(2026, 4, 20)))
                .containsExactly(
                        new Maanedsrate("2026-03", LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 31), 17, 658_065L, false),
                        new Maanedsrate("2026-04", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30), 30, PR_MAANED, false),
                        new Maanedsrate("2026-05", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), 31, PR_MAANED, true),
                        new Maanedsrate("2026-06", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 10), 10, 400_000L, true));
    }

    @Test
    void anOpenEndedEconomicYdelseRunsToTheCurrentMonthOrItsFirstMonthWhenThatLiesAhead() {
        assertThat(OekonomiskeEffektueringer.maanedsrater(LocalDate.of(2026, 1, 1), null, PR_MAANED, LocalDate.of(2026, 3, 2)))
                .extracting(Maanedsrate::periode, Maanedsrate::beloebOere, Maanedsrate::kommende)
                .containsExactly(Tuple.tuple("2026-01", PR_MAANED, false), Tuple.tuple("2026-02", PR_MAANED, false),
                        Tuple.tuple("2026-03", PR_MAANED, false));
        assertThat(OekonomiskeEffektueringer.maanedsrater(LocalDate.of(2026, 5, 1), null, PR_MAANED, LocalDate.of(2026, 3, 2)))
                .containsExactly(new Maanedsrate("2026-05", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), 31, PR_MAANED, true));
    }

    @Test
    void thereAreNoEffektueringerOnTheVentelisteWithoutAnAmountOrWhenTheYdelseStoppedBeforeItBegan() {
        LocalDate idag = LocalDate.of(2026, 3, 2);
        assertThat(OekonomiskeEffektueringer.maanedsrater(null, null, PR_MAANED, idag)).isEmpty();
        assertThat(OekonomiskeEffektueringer.maanedsrater(LocalDate.of(2026, 1, 1), null, null, idag)).isEmpty();
        assertThat(OekonomiskeEffektueringer.maanedsrater(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 31), PR_MAANED, idag)).isEmpty();
    }

    @Test
    void theRoundingIsHalfUpToWholeOere() {
        // 333,333 × 26 / 28 = 309,523.8 → 309,524 for 3–28 February 2026
        assertThat(OekonomiskeEffektueringer.maanedsrater(LocalDate.of(2026, 2, 3), LocalDate.of(2026, 8, 17), 333_333L, LocalDate.of(2026, 9, 9)))
                .hasSize(7).first().extracting(Maanedsrate::beloebOere).isEqualTo(309_524L);
    }

    @Test
    void aKleFilterNamesItsLevelByItsFormAndAnythingElseIsNoLevel() {
        assertThat(KleFilter.niveau("27")).isEqualTo(KleFilter.HOVEDGRUPPE);
        assertThat(KleFilter.niveau("27.36")).isEqualTo(KleFilter.GRUPPE);
        assertThat(KleFilter.niveau("27.36.04")).isEqualTo(KleFilter.EMNE);
        for (String ugyldig : new String[] {"", "2", "273", "27.3", "27.36.4", "27-36-04", "27.36.04.01", "ab", " 27"}) {
            assertThat(KleFilter.niveau(ugyldig)).as(ugyldig).isNull();
        }
    }

    private static Ydelsesstatus status(YdelseFold fold, LocalDate idag) {
        YdelseRaekke r = fold.ydelse(PERSONLIG_PLEJE.value());
        return Ydelsesstatus.paa(r.startdato(), r.slut(), idag);
    }

    private YdelseFold fold(Object... events) {
        YdelseFold fold = YdelseFold.tom();
        for (Object e : events) {
            fold.anvend(haendelse(e));
        }
        return fold;
    }

    private Haendelse haendelse(Object e) {
        indeks++;
        return new Haendelse(indeks, null, 0, null, TestKontekst.NU, e);
    }
}
