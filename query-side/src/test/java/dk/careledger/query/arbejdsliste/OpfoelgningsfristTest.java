package dk.careledger.query.arbejdsliste;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When a bevilling's next opfølgning is on the list, on the day the list is read. Plain unit tests, no Spring. */
class OpfoelgningsfristTest {
    private static final LocalDate NAESTE = LocalDate.of(2026, 9, 1);

    @Test
    void aPlannedOpfoelgningIsDueOnceItFallsWithinTheWindowAndStaysWhenOverdue() {
        assertThat(Opfoelgningsfrist.forfaldenInden(NAESTE, null, null, NAESTE.minusDays(15), 14)).isFalse();
        assertThat(Opfoelgningsfrist.forfaldenInden(NAESTE, null, null, NAESTE.minusDays(14), 14)).isTrue();
        assertThat(Opfoelgningsfrist.forfaldenInden(NAESTE, null, null, NAESTE, 0)).isTrue();
        assertThat(Opfoelgningsfrist.forfaldenInden(NAESTE, null, null, NAESTE.plusDays(30), 0)).isTrue();
    }

    @Test
    void daysUntilTheOpfoelgningAreNegativeWhenItIsOverdue() {
        assertThat(Opfoelgningsfrist.dageTil(NAESTE, NAESTE.minusDays(14))).isEqualTo(14);
        assertThat(Opfoelgningsfrist.dageTil(NAESTE, NAESTE.plusDays(30))).isEqualTo(-30);
    }

    @Test
    void withoutAPlannedOpfoelgningNothingIsDue() {
        assertThat(Opfoelgningsfrist.forfaldenInden(null, null, null, NAESTE, 3650)).isFalse();
    }

    @Test
    void anOphoertBevillingLeavesTheListEvenBeforeItsOphoersdato() {
        assertThat(Opfoelgningsfrist.forfaldenInden(NAESTE, NAESTE.plusDays(60), null, NAESTE, 0)).isFalse();
    }

    @Test
    void aBevillingPastItsSlutdatoLeavesTheListButNotOnItsLastDay() {
        LocalDate slut = NAESTE.plusDays(10);

        assertThat(Opfoelgningsfrist.forfaldenInden(NAESTE, null, slut, slut, 0)).isTrue();
        assertThat(Opfoelgningsfrist.forfaldenInden(NAESTE, null, slut, slut.plusDays(1), 0)).isFalse();
    }
}
