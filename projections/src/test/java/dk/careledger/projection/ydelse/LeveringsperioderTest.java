package dk.careledger.projection.ydelse;

import static dk.careledger.domain.bevilling.BevillingFixtures.PERSONLIG_PLEJE;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.bevilling.BevillingFixtures;
import dk.careledger.domain.bevilling.IkkeLeveretAarsag;
import dk.careledger.domain.bevilling.event.LeveringIkkeUdfoert;
import dk.careledger.domain.bevilling.event.LeveringUdfoert;
import dk.careledger.domain.testfixtures.TestKontekst;
import dk.careledger.projection.ydelse.Leveringsperioder.AarsagTaelling;
import dk.careledger.projection.ydelse.Leveringsperioder.Periode;
import dk.careledger.projection.ydelse.Leveringsperioder.PeriodeAarsag;
import dk.careledger.projection.ydelse.Leveringsperioder.Periodetype;
import dk.careledger.projection.ydelse.Leveringsperioder.Taelling;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Given leveringer on a care bevilling, then the counts per ISO week and per month, with the reasons for missed visits. */
class LeveringsperioderTest {
    private static final LocalDate UGE_11 = LocalDate.of(2026, 3, 9);
    private static final LocalDate UGE_14 = LocalDate.of(2026, 3, 30);
    private static final LocalDate MARTS = LocalDate.of(2026, 3, 1);

    @Test
    void deliveredUnplannedAndMissedVisitsAreCountedPerIsoWeekAndPerMonthWithTheReasonsForTheMissedOnes() {
        Leveringsperioder p = new Leveringsperioder();
        p.anvend(BevillingFixtures.leveringUdfoert());                 // Mon 9 March 07:30, 17 min
        p.anvend(BevillingFixtures.leveringIkkeUdfoert());             // Tue 10 March, not at home, replacement offered
        p.anvend(BevillingFixtures.uplanlagtLeveringRegistreret());    // Tue 10 March 02:40, 35 min, acute
        p.anvend(levering("2026-03-11T06:30:00Z", 20));
        p.anvend(ikkeLeveret("2026-03-12T17:00:00Z", IkkeLeveretAarsag.MEDARBEJDER_FRAVAER, true));
        p.anvend(ikkeLeveret("2026-03-13T17:00:00Z", IkkeLeveretAarsag.BORGER_IKKE_HJEMME, false));

        Taelling uge11 = p.perioder().get(new Periode(PERSONLIG_PLEJE.value(), Periodetype.UGE, UGE_11));
        assertThat(uge11).isEqualTo(new Taelling(3, 17 + 35 + 20, 1, 35, 3, 2));
        assertThat(p.perioder().get(new Periode(PERSONLIG_PLEJE.value(), Periodetype.MAANED, MARTS))).isEqualTo(uge11);
        assertThat(p.ikkeLeveret()).containsExactly(
                java.util.Map.entry(new PeriodeAarsag(new Periode(PERSONLIG_PLEJE.value(), Periodetype.UGE, UGE_11), "BORGER_IKKE_HJEMME"),
                        new AarsagTaelling(2, 1)),
                java.util.Map.entry(new PeriodeAarsag(new Periode(PERSONLIG_PLEJE.value(), Periodetype.UGE, UGE_11), "MEDARBEJDER_FRAVAER"),
                        new AarsagTaelling(1, 1)),
                java.util.Map.entry(new PeriodeAarsag(new Periode(PERSONLIG_PLEJE.value(), Periodetype.MAANED, MARTS), "BORGER_IKKE_HJEMME"),
                        new AarsagTaelling(2, 1)),
                java.util.Map.entry(new PeriodeAarsag(new Periode(PERSONLIG_PLEJE.value(), Periodetype.MAANED, MARTS), "MEDARBEJDER_FRAVAER"),
                        new AarsagTaelling(1, 1)));
    }

    @Test
    void aVisitCountsInTheWeekAndMonthOfItsDayInCopenhagenNotInUtc() {
        Leveringsperioder p = new Leveringsperioder();
        // Sunday 29 March 23:30 UTC is Monday 30 March 01:30 in Copenhagen (summer time): week 14, still March
        p.anvend(levering("2026-03-29T23:30:00Z", 10));
        // Tuesday 31 March 22:30 UTC is Wednesday 1 April 00:30 in Copenhagen: week 14, April
        p.anvend(levering("2026-03-31T22:30:00Z", 15));

        assertThat(p.perioder()).containsOnlyKeys(new Periode(PERSONLIG_PLEJE.value(), Periodetype.UGE, UGE_14),
                new Periode(PERSONLIG_PLEJE.value(), Periodetype.MAANED, MARTS),
                new Periode(PERSONLIG_PLEJE.value(), Periodetype.MAANED, LocalDate.of(2026, 4, 1)));
        assertThat(p.perioder().get(new Periode(PERSONLIG_PLEJE.value(), Periodetype.UGE, UGE_14)).minutterLeveret()).isEqualTo(25);
        assertThat(p.perioder().get(new Periode(PERSONLIG_PLEJE.value(), Periodetype.MAANED, MARTS)).minutterLeveret()).isEqualTo(10);
    }

    @Test
    void periodsAreNamedAsIsoWeeksOfTheWeekBasedYearAndAsMonths() {
        assertThat(Periodetype.UGE.betegnelse(UGE_11)).isEqualTo("2026-W11");
        assertThat(Periodetype.UGE.start(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(Periodetype.UGE.betegnelse(LocalDate.of(2026, 12, 28))).isEqualTo("2026-W53");
        assertThat(Periodetype.MAANED.betegnelse(MARTS)).isEqualTo("2026-03");
        assertThat(Periodetype.MAANED.slut(LocalDate.of(2028, 2, 1))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Periodetype.UGE.slut(UGE_11)).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void countsAddUpAcrossBatches() {
        Leveringsperioder a = new Leveringsperioder();
        a.anvend(levering("2026-03-11T06:30:00Z", 20));
        Leveringsperioder b = new Leveringsperioder();
        b.anvend(levering("2026-03-12T06:30:00Z", 25));
        Leveringsperioder begge = new Leveringsperioder();
        begge.anvend(levering("2026-03-11T06:30:00Z", 20));
        begge.anvend(levering("2026-03-12T06:30:00Z", 25));

        Periode uge = new Periode(PERSONLIG_PLEJE.value(), Periodetype.UGE, UGE_11);
        assertThat(a.perioder().get(uge).plus(b.perioder().get(uge))).isEqualTo(begge.perioder().get(uge));
    }

    private static LeveringUdfoert levering(String tidspunkt, int minutter) {
        return new LeveringUdfoert(PERSONLIG_PLEJE, UUID.nameUUIDFromBytes(tidspunkt.getBytes()), Instant.parse(tidspunkt), "hp-0042",
                minutter, TestKontekst.registrering(TestKontekst.UDFOERER));
    }

    private static LeveringIkkeUdfoert ikkeLeveret(String tidspunkt, IkkeLeveretAarsag aarsag, boolean erstatning) {
        return new LeveringIkkeUdfoert(PERSONLIG_PLEJE, UUID.nameUUIDFromBytes(tidspunkt.getBytes()), Instant.parse(tidspunkt), aarsag,
                erstatning, null, TestKontekst.registrering(TestKontekst.UDFOERER));
    }
}
