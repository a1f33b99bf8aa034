package dk.careledger.projection.borgerblik;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import dk.careledger.projection.borgerblik.laesning.Borgerbliksregel;
import dk.careledger.projection.borgerblik.laesning.Borgerbliksindstilling;
import dk.careledger.domain.indstilling.Titelkilde;

/**
 * Which Borgerblikket setting holds for a sag: the longest KLE prefix among the owner kommune's rows in force on the
 * day, then the latest gyldigFra, then the latest registered; the default without any.
 */
class BorgerbliksindstillingTest {
    private static final String AALBORG = "29189420";
    private static final String AARHUS = "55133018";
    private static final Instant T = Instant.parse("2026-11-01T10:00:00Z");

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static Borgerbliksregel regel(long id, String kommune, String praefiks, String fra, Titelkilde kilde, boolean skjul) {
        return new Borgerbliksregel(id, kommune, praefiks, d(fra), kilde, false, null, false, false, skjul, T.plusSeconds(id), "admin");
    }

    @Test
    void withoutConfigurationTheCitizenSeesEverySagWithTheKleTitleAndNothingMore() {
        Borgerbliksindstilling i = Borgerbliksindstilling.for_(List.of(), AALBORG, "27.36.04", d("2026-11-22"));

        assertThat(i).isEqualTo(Borgerbliksindstilling.STANDARD);
        assertThat(i.standard()).isTrue();
        assertThat(i.titelKilde()).isEqualTo(Titelkilde.KLE);
        assertThat(i.dokumenttitler()).isFalse();
        assertThat(i.fradato()).isNull();
        assertThat(i.niveau2()).isFalse();
        assertThat(i.skjulForBorger()).isFalse();
    }

    @Test
    void theLongestPrefixInForceOnTheDayWinsAndOtherKommunerAreNotAffected() {
        List<Borgerbliksregel> regler = List.of(regel(1, AALBORG, "", "2025-01-01", Titelkilde.SAG, false),
                regel(2, AALBORG, "27.36", "2026-01-01", Titelkilde.KLE, true),
                regel(3, AALBORG, "27.36.04", "2027-01-01", Titelkilde.SAG, false));

        Borgerbliksindstilling idag = Borgerbliksindstilling.for_(regler, AALBORG, "27.36.04", d("2026-11-22"));
        assertThat(idag.skjulForBorger()).as("27.36 holds; 27.36.04 is not in force yet").isTrue();
        assertThat(idag.klePraefiks()).isEqualTo("27.36");
        assertThat(idag.regelId()).isEqualTo(2L);
        assertThat(idag.standard()).isFalse();
        assertThat(Borgerbliksindstilling.for_(regler, AALBORG, "27.36.04", d("2027-01-01")).skjulForBorger())
                .as("the longer prefix from its gyldigFra").isFalse();
        assertThat(Borgerbliksindstilling.for_(regler, AALBORG, "29.18.00", d("2026-11-22")).titelKilde()).as("'' covers every emne")
                .isEqualTo(Titelkilde.SAG);
        assertThat(Borgerbliksindstilling.for_(regler, AALBORG, "27.36.04", d("2025-12-31")).titelKilde()).as("before 27.36 took effect")
                .isEqualTo(Titelkilde.SAG);
        assertThat(Borgerbliksindstilling.for_(regler, AALBORG, "27.34.10", d("2024-12-31"))).as("before anything took effect")
                .isEqualTo(Borgerbliksindstilling.STANDARD);
        assertThat(Borgerbliksindstilling.for_(regler, AARHUS, "27.36.04", d("2026-11-22"))).isEqualTo(Borgerbliksindstilling.STANDARD);
    }

    @Test
    void aPrefixCoversWholeKleLevelsOnly() {
        List<Borgerbliksregel> regler = List.of(regel(1, AALBORG, "27.3", "2020-01-01", Titelkilde.SAG, true),
                regel(2, AALBORG, "27.36.0", "2020-01-01", Titelkilde.SAG, true));

        assertThat(Borgerbliksindstilling.for_(regler, AALBORG, "27.36.04", d("2026-11-22"))).isEqualTo(Borgerbliksindstilling.STANDARD);
    }

    @Test
    void forTheSamePrefixTheLatestGyldigFraThenTheLatestRegistrationWins() {
        List<Borgerbliksregel> regler = List.of(regel(1, AALBORG, "27", "2026-03-01", Titelkilde.SAG, true),
                regel(2, AALBORG, "27", "2026-01-01", Titelkilde.KLE, false),
                regel(3, AALBORG, "27", "2026-03-01", Titelkilde.KLE, false));

        assertThat(Borgerbliksindstilling.for_(regler, AALBORG, "27.36.04", d("2026-11-22")).regelId()).as("a correction of row 1")
                .isEqualTo(3L);
        assertThat(Borgerbliksindstilling.for_(regler, AALBORG, "27.36.04", d("2026-02-01")).regelId()).isEqualTo(2L);
    }
}
