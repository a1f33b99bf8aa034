package dk.careledger.projection.sag;

import static dk.careledger.domain.sag.Afgoerelsestype.BEVILLING;
import static dk.careledger.projection.sag.Historie.afgoerelse;
import static dk.careledger.projection.sag.Historie.bevilling;
import static dk.careledger.projection.sag.Historie.forloeb;
import static dk.careledger.projection.sag.Historie.sag;
import static dk.careledger.domain.indstilling.Sagsbegreb.BORGERSAG_PR_OMRAADE;
import static dk.careledger.domain.indstilling.Sagsbegreb.ENKELTSAGER;
import static dk.careledger.domain.indstilling.Sagsbegreb.FSIII_PR_FORLOEB;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.felles.SagId;
import dk.careledger.projection.sag.sagsbegreb.laesning.Sagsbegrebsberegning;
import dk.careledger.projection.sag.sagsbegreb.laesning.Sagsbegrebsberegning.Medlemsfilter;
import dk.careledger.projection.sag.sagsbegreb.laesning.VariantSag;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import dk.careledger.domain.indstilling.Sagsbegreb;

/**
 * Given one citizen's facts and a filter of which members take part in which variant (the Sagsindeks feed delivers each
 * member under the variant configured for it, ADR 0014), then each variant's rows are computed exactly as over all
 * members, only over the admitted ones.
 */
class SagsbegrebMedlemsfilterTest {
    private static final SagId S1 = sag(1);
    private static final SagId S2 = sag(2);
    private static final SagId S3 = sag(3);

    /** Two sager in gruppe 27.36, one in 27.34, a lone sygepleje bevilling in 29.18, a forløb with S1 and S3. */
    private static Historie historie() {
        return new Historie().oprettet(S1, "27.36.04", "2026-01-05").oplyst(S1, "2026-01-20")
                .afgoerelse(S1, afgoerelse(1), BEVILLING, "2026-02-01", "2026-02-01")
                .bevillingGivet(bevilling(1), S1, afgoerelse(1), "SEL-83", "27.36.04", "2026-02-01")
                .oprettet(S2, "27.36.08", "2026-03-01")
                .oprettet(S3, "27.34.10", "2026-03-05")
                .bevillingGivet(bevilling(9), null, null, "SUL-138", "29.18.00", "2026-03-10")
                .forloebStartet(forloeb(1), "SEL-83", "27.36.04", "2026-01-05").sagTilknyttet(forloeb(1), S1).sagTilknyttet(forloeb(1), S3);
    }

    private static List<VariantSag> raekker(Historie h, Sagsbegreb variant, Medlemsfilter filter) {
        return Sagsbegrebsberegning.beregn(h.borger.value(), h.fakta(), filter).stream().filter(v -> v.variant() == variant).toList();
    }

    private static Medlemsfilter kun(Sagsbegreb variant, Set<UUID> medlemmer) {
        return (v, m) -> v == variant && medlemmer.contains(m);
    }

    @Test
    void theAllFilterGivesExactlyTheSideBySideListsOfTheSagsbegrebProjection() {
        Historie h = historie();

        assertThat(Sagsbegrebsberegning.beregn(h.borger.value(), h.fakta(), Medlemsfilter.ALLE))
                .isEqualTo(Sagsbegrebsberegning.beregn(h.borger.value(), h.fakta()));
    }

    @Test
    void aBorgersagOverAMemberSubsetKeepsItsIdAndIsComputedFromThoseMembersOnly() {
        Historie h = historie();

        List<VariantSag> alle = raekker(h, BORGERSAG_PR_OMRAADE, Medlemsfilter.ALLE);
        List<VariantSag> kunS2 = raekker(h, BORGERSAG_PR_OMRAADE, kun(BORGERSAG_PR_OMRAADE, Set.of(S2.value())));

        VariantSag omsorg = alle.stream().filter(v -> v.omraade().equals("27.36")).findFirst().orElseThrow();
        assertThat(omsorg.sagIds()).containsExactly(S1.value(), S2.value());
        assertThat(kunS2).singleElement().satisfies(v -> {
            assertThat(v.id()).as("the same index sag, whatever its members").isEqualTo(omsorg.id());
            assertThat(v.sagIds()).containsExactly(S2.value());
            assertThat(v.bevillingIds()).isEmpty();
            assertThat(v.opstaaetDato()).as("begins when its only member does").isEqualTo(Historie.d("2026-03-01"));
            assertThat(v.fremdrift()).isEqualTo(dk.careledger.domain.sag.Fremdrift.OPSTAAET);
        });
    }

    @Test
    void aLoneBevillingJoinsABorgersagOnlyWhenItIsAdmittedToThatVariant() {
        Historie h = historie();
        UUID sygepleje = bevilling(9).value();

        assertThat(raekker(h, BORGERSAG_PR_OMRAADE, kun(BORGERSAG_PR_OMRAADE, Set.of(sygepleje)))).singleElement()
                .satisfies(v -> {
                    assertThat(v.omraade()).isEqualTo("29.18");
                    assertThat(v.sagIds()).isEmpty();
                    assertThat(v.bevillingIds()).containsExactly(sygepleje);
                });
        assertThat(raekker(h, BORGERSAG_PR_OMRAADE, kun(BORGERSAG_PR_OMRAADE, Set.of(S1.value())))).extracting(VariantSag::omraade)
                .containsExactly("27.36");
    }

    @Test
    void aForloebRowHoldsOnlyTheAdmittedSagerAndAnAdmittedSagWhoseForloebIsNotAdmittedStandsAlone() {
        Historie h = historie();

        List<VariantSag> medForloeb = raekker(h, FSIII_PR_FORLOEB, kun(FSIII_PR_FORLOEB, Set.of(forloeb(1).value(), S1.value())));
        assertThat(medForloeb).singleElement().satisfies(v -> {
            assertThat(v.forloebId()).isEqualTo(forloeb(1).value());
            assertThat(v.sagIds()).as("S3 is not under FSIII").containsExactly(S1.value());
        });

        List<VariantSag> udenForloeb = raekker(h, FSIII_PR_FORLOEB, kun(FSIII_PR_FORLOEB, Set.of(S1.value())));
        assertThat(udenForloeb).singleElement().satisfies(v -> {
            assertThat(v.noegle()).isEqualTo("sag:" + S1.value());
            assertThat(v.forloebId()).isNull();
        });
    }

    @Test
    void enkeltsagerAreListedOnlyForTheAdmittedSager() {
        Historie h = historie();

        assertThat(raekker(h, ENKELTSAGER, kun(ENKELTSAGER, Set.of(S3.value())))).extracting(VariantSag::sagIds)
                .containsExactly(List.of(S3.value()));
    }
}
