package dk.careledger.projection.sag;

import static dk.careledger.projection.sag.Historie.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.careledger.domain.felles.Afvisning;
import dk.careledger.projection.sag.politik.laesning.Effektiv;
import dk.careledger.projection.sag.politik.laesning.Politikindstilling;
import dk.careledger.projection.sag.politik.PolitikAendring;
import dk.careledger.projection.sag.politik.PolitikAendringFraKommandolinjen;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import dk.careledger.domain.indstilling.Politik;
import dk.careledger.domain.indstilling.Sagsbegreb;

/** The setting in force for a sag: longest KLE prefix among rows in force on the day; the default without any. */
class PolitikindstillingerTest {
    private static final String AALBORG = "29189420";
    private static final Instant T = Instant.parse("2026-11-01T10:00:00Z");

    private static Politikindstilling k(long id, String praefiks, Politik p, Sagsbegreb s, String fra) {
        return new Politikindstilling(id, AALBORG, praefiks, p, s, d(fra), T.plusSeconds(id), "sb-0001");
    }

    @Test
    void withoutConfigurationASagIsClosedAtDecisionAndIsAnEnkeltsag() {
        Effektiv e = Effektiv.for_(List.of(), AALBORG, "27.36.04", d("2026-11-22"));
        assertThat(e).isEqualTo(Effektiv.STANDARD);
        assertThat(e.politik()).isEqualTo(Politik.VED_AFGOERELSE);
        assertThat(e.sagsbegreb()).isEqualTo(Sagsbegreb.ENKELTSAGER);
        assertThat(e.standard()).isTrue();
    }

    @Test
    void theLongestMatchingPrefixInForceOnTheDayWins() {
        List<Politikindstilling> rows = List.of(k(1, "", Politik.EKSPLICIT, Sagsbegreb.BORGERSAG_PR_OMRAADE, "2025-01-01"),
                k(2, "27.36", Politik.VED_LEVERINGSOPHOER, Sagsbegreb.FSIII_PR_FORLOEB, "2026-01-01"),
                k(3, "27.36.04", Politik.VED_KLAGEFRIST, Sagsbegreb.ENKELTSAGER, "2027-01-01"),
                k(4, "27", Politik.VED_AFGOERELSE, Sagsbegreb.ENKELTSAGER, "2026-06-01"));

        assertThat(Effektiv.for_(rows, AALBORG, "27.36.04", d("2026-11-22")).politik()).isEqualTo(Politik.VED_LEVERINGSOPHOER);
        assertThat(Effektiv.for_(rows, AALBORG, "27.36.04", d("2027-01-01")).politik()).as("a longer prefix from its gyldigFra")
                .isEqualTo(Politik.VED_KLAGEFRIST);
        assertThat(Effektiv.for_(rows, AALBORG, "27.34.10", d("2026-11-22"))).isEqualTo(
                new Effektiv(Politik.VED_AFGOERELSE, Sagsbegreb.ENKELTSAGER, "27", d("2026-06-01"), false));
        assertThat(Effektiv.for_(rows, AALBORG, "27.34.10", d("2026-05-31")).politik()).isEqualTo(Politik.EKSPLICIT);
        assertThat(Effektiv.for_(rows, AALBORG, "29.18.00", d("2026-11-22")).sagsbegreb()).isEqualTo(Sagsbegreb.BORGERSAG_PR_OMRAADE);
        assertThat(Effektiv.for_(rows, "55133018", "27.36.04", d("2026-11-22"))).as("another kommune").isEqualTo(Effektiv.STANDARD);
        assertThat(Effektiv.for_(rows, AALBORG, "27.3", d("2026-11-22")).politik()).as("27.36 does not cover 27.3")
                .isEqualTo(Politik.VED_AFGOERELSE);
    }

    @Test
    void forTheSamePrefixTheLatestGyldigFraThenTheLatestRegisteredWins() {
        List<Politikindstilling> rows = List.of(k(1, "27.36", Politik.EKSPLICIT, Sagsbegreb.ENKELTSAGER, "2026-03-01"),
                k(2, "27.36", Politik.VED_KLAGEFRIST, Sagsbegreb.ENKELTSAGER, "2026-01-01"),
                k(3, "27.36", Politik.VED_LEVERINGSOPHOER, Sagsbegreb.ENKELTSAGER, "2026-03-01"));
        assertThat(Effektiv.for_(rows, AALBORG, "27.36.04", d("2026-11-22")).politik()).isEqualTo(Politik.VED_LEVERINGSOPHOER);
        assertThat(Effektiv.for_(rows, AALBORG, "27.36.04", d("2026-02-01")).politik()).isEqualTo(Politik.VED_KLAGEFRIST);
    }

    @Test
    void aChangeIsValidatedFieldByField() {
        assertThat(PolitikAendring.fra(AALBORG, null, "EKSPLICIT", null, "2027-01-01"))
                .isEqualTo(new PolitikAendring(AALBORG, "", Politik.EKSPLICIT, null, d("2027-01-01")));
        assertFejl(() -> PolitikAendring.fra("2918942", "27", "EKSPLICIT", null, "2027-01-01"), "PARAMETER_UGYLDIG", "kommune");
        assertFejl(() -> PolitikAendring.fra(AALBORG, "27.3", "EKSPLICIT", null, "2027-01-01"), "PARAMETER_UGYLDIG", "klePraefiks");
        assertFejl(() -> PolitikAendring.fra(AALBORG, "27", "ALDRIG", null, "2027-01-01"), "PARAMETER_UGYLDIG", "politik");
        assertFejl(() -> PolitikAendring.fra(AALBORG, "27", null, "EN_STOR_SAG", "2027-01-01"), "PARAMETER_UGYLDIG", "sagsbegreb");
        assertFejl(() -> PolitikAendring.fra(AALBORG, "27", null, null, "2027-01-01"), "FELT_PAAKRAEVET", "politik");
        assertFejl(() -> PolitikAendring.fra(AALBORG, "27", "EKSPLICIT", null, "1. januar"), "PARAMETER_UGYLDIG", "gyldigFra");
        assertFejl(() -> PolitikAendring.fra(AALBORG, "27", "EKSPLICIT", null, null), "FELT_PAAKRAEVET", "gyldigFra");
    }

    @Test
    void theCommandLineTaskReadsKeyValuePairsAndOnlyReports() {
        assertThat(PolitikAendringFraKommandolinjen.fortolk(
                "kommune=29189420,kle=27.36,politik=VED_LEVERINGSOPHOER,sagsbegreb=ENKELTSAGER,gyldigFra=2027-01-01"))
                .isEqualTo(new PolitikAendring(AALBORG, "27.36", Politik.VED_LEVERINGSOPHOER, Sagsbegreb.ENKELTSAGER, d("2027-01-01")));
        assertFejl(() -> PolitikAendringFraKommandolinjen.fortolk("kommune=29189420,farve=blaa,gyldigFra=2027-01-01"), "PARAMETER_UGYLDIG",
                "farve");
        assertFejl(() -> PolitikAendringFraKommandolinjen.fortolk("kommune=29189420,politik=EKSPLICIT,gyldigFra=2027-01-01,anvend=true"),
                "PARAMETER_UGYLDIG", "anvend");
    }

    private static void assertFejl(Runnable r, String kode, String felt) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(Afvisning.class, a -> {
            assertThat(a.fejlkode()).isEqualTo(kode);
            assertThat(a.felt()).isEqualTo(felt);
        });
    }
}
