package dk.careledger.app.arbejdsliste;

import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.katalog.Kataloglaeser;
import dk.careledger.projection.arbejdsliste.laesning.Fristregel;
import dk.careledger.projection.arbejdsliste.laesning.Fristregler;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The most specific, effective-dated sagsbehandlingsfrist for a sag. Plain unit tests, no Spring. */
class FristreglerTest {
    private static final String AALBORG = "29189420";
    private static final String AARHUS = "55133018";
    private static final String ALLE = Fristregler.ALLE_KOMMUNER;
    private static final LocalDate ALTID = LocalDate.of(2000, 1, 1);
    private static final LocalDate MODTAGET = LocalDate.of(2026, 3, 2);
    private static final Instant REGISTRERET = Instant.parse("2026-01-01T00:00:00Z");

    private static long naesteId = 1;

    private static Fristregel regel(String kommune, String praefiks, String indsats, int dage) {
        return regel(kommune, praefiks, indsats, dage, ALTID, REGISTRERET);
    }

    private static Fristregel regel(String kommune, String praefiks, String indsats, int dage, LocalDate gyldigFra, Instant registreret) {
        return new Fristregel(naesteId++, kommune, praefiks, indsats, dage, gyldigFra, registreret);
    }

    private static int frist(List<Fristregel> regler, String kommune, String kle, Set<String> indsatser) {
        return Fristregler.gaeldende(regler, kommune, kle, indsatser, MODTAGET).orElseThrow().fristDage();
    }

    @Test
    void aRuleForTheAppliedForIndsatsBeatsARuleForTheKleAreaEvenALongerOne() {
        List<Fristregel> regler = List.of(regel(ALLE, "27.36.04", null, 7), regel(ALLE, "27", "SEL-83-PH", 14));

        assertThat(frist(regler, AALBORG, "27.36.04", Set.of("SEL-83-PH"))).isEqualTo(14);
        assertThat(frist(regler, AALBORG, "27.36.04", Set.of())).isEqualTo(7);
    }

    @Test
    void aLongerKlePrefixBeatsAShorterOne() {
        List<Fristregel> regler = List.of(regel(ALLE, "27", null, 30), regel(ALLE, "27.36", null, 21), regel(ALLE, "27.36.08", null, 28));

        assertThat(frist(regler, AALBORG, "27.36.08", Set.of())).isEqualTo(28);
        assertThat(frist(regler, AALBORG, "27.36.12", Set.of())).isEqualTo(21);
        assertThat(frist(regler, AALBORG, "27.34.10", Set.of())).isEqualTo(30);
    }

    @Test
    void aKommunesOwnRuleBeatsTheDefaultsHoweverSpecificTheyAre() {
        List<Fristregel> regler = List.of(regel(ALLE, "27.36", "SEL-83-PP", 7), regel(AALBORG, "27", null, 10));

        assertThat(frist(regler, AALBORG, "27.36.04", Set.of("SEL-83-PP"))).isEqualTo(10);
        assertThat(frist(regler, AARHUS, "27.36.04", Set.of("SEL-83-PP"))).isEqualTo(7);
    }

    @Test
    void anotherKommunesRuleNeverApplies() {
        List<Fristregel> regler = List.of(regel(AARHUS, "27.36.04", null, 3));

        assertThat(Fristregler.gaeldende(regler, AALBORG, "27.36.04", Set.of(), MODTAGET)).isEmpty();
    }

    @Test
    void theRuleInForceOnTheDayTheClockStartedAppliesAndALaterRegistrationCorrectsIt() {
        Fristregel gammel = regel(AALBORG, "27.36.04", null, 10, LocalDate.of(2025, 1, 1), REGISTRERET);
        Fristregel ny = regel(AALBORG, "27.36.04", null, 8, LocalDate.of(2026, 3, 1), REGISTRERET);
        Fristregel rettelse = regel(AALBORG, "27.36.04", null, 9, LocalDate.of(2026, 3, 1), REGISTRERET.plusSeconds(60));
        Fristregel fremtidig = regel(AALBORG, "27.36.04", null, 5, LocalDate.of(2026, 4, 1), REGISTRERET);
        List<Fristregel> regler = List.of(gammel, fremtidig, rettelse, ny);

        assertThat(Fristregler.gaeldende(regler, AALBORG, "27.36.04", Set.of(), LocalDate.of(2026, 2, 28))).contains(gammel);
        assertThat(Fristregler.gaeldende(regler, AALBORG, "27.36.04", Set.of(), MODTAGET)).contains(rettelse);
        assertThat(Fristregler.gaeldende(regler, AALBORG, "27.36.04", Set.of(), LocalDate.of(2026, 4, 1))).contains(fremtidig);
    }

    @Test
    void anIndsatsRuleNeedsItsKlePrefixToCoverTheSag() {
        List<Fristregel> regler = List.of(regel(ALLE, "27.36", "SEL-83-PP", 7), regel(ALLE, "29", null, 30));

        assertThat(frist(regler, AALBORG, "29.18.00", Set.of("SEL-83-PP"))).isEqualTo(30);
    }

    @Test
    void anApplicationForSeveralIndsatserGetsTheShortestOfTheirFrister() {
        List<Fristregel> regler = List.of(regel(ALLE, "27.36", "SEL-83-PP", 7), regel(ALLE, "27.36", "SEL-83-PH", 14),
                regel(ALLE, "27.36.04", null, 21));

        assertThat(frist(regler, AALBORG, "27.36.04", Set.of("SEL-83-PH", "SEL-83-PP"))).isEqualTo(7);
        assertThat(frist(regler, AALBORG, "27.36.04", Set.of("SEL-83-PH", "SEL-83-MAD"))).isEqualTo(14);
    }

    @Test
    void aSagOutsideEveryConfiguredAreaHasNoFrist() {
        List<Fristregel> regler = List.of(regel(ALLE, "27.36", null, 7));

        assertThat(Fristregler.gaeldende(regler, AALBORG, "29.18.00", Set.of("SUL-138"), MODTAGET)).isEmpty();
    }

    @Test
    void aKlePrefixCoversOnlyWholeCodeLevels() {
        assertThat(Fristregler.daekker("27", "27.36.04")).isTrue();
        assertThat(Fristregler.daekker("27.36", "27.36.04")).isTrue();
        assertThat(Fristregler.daekker("27.36.04", "27.36.04")).isTrue();
        assertThat(Fristregler.daekker("27.3", "27.36.04")).isFalse();
        assertThat(Fristregler.daekker("27.36.0", "27.36.04")).isFalse();
        assertThat(Fristregler.daekker("27.34", "27.36.04")).isFalse();
    }

    @Test
    void aKlePrefixIsKnownWhenTheShippedCatalogueHasAnEmneUnderIt() {
        var katalog = Kataloglaeser.standard();

        assertThat(Fristregler.kendtKlePraefiks(katalog, "27")).isTrue();
        assertThat(Fristregler.kendtKlePraefiks(katalog, "00")).isTrue();
        assertThat(Fristregler.kendtKlePraefiks(katalog, "27.60")).isTrue();
        assertThat(Fristregler.kendtKlePraefiks(katalog, "27.36.04")).isTrue();
        assertThat(Fristregler.kendtKlePraefiks(katalog, "27.36.99")).isFalse();
        assertThat(Fristregler.kendtKlePraefiks(katalog, "27.99")).isFalse();
        assertThat(Fristregler.kendtKlePraefiks(katalog, "99")).isFalse();
        assertThat(Fristregler.kendtKlePraefiks(katalog, "27.3")).isFalse();
        assertThat(Fristregler.kendtKlePraefiks(katalog, "273604")).isFalse();
        assertThat(Fristregler.kendtKlePraefiks(katalog, null)).isFalse();
    }
}
