package dk.careledger.projection.sag;

import static dk.careledger.domain.sag.Afgoerelsestype.AFSLAG;
import static dk.careledger.domain.sag.Afgoerelsestype.BEVILLING;
import static dk.careledger.domain.sag.Afgoerelsestype.DELVIS_BEVILLING;
import static dk.careledger.projection.sag.Historie.afgoerelse;
import static dk.careledger.projection.sag.Historie.bevilling;
import static dk.careledger.projection.sag.Historie.forloeb;
import static dk.careledger.projection.sag.Historie.sag;
import static dk.careledger.domain.indstilling.Sagsbegreb.BORGERSAG_PR_OMRAADE;
import static dk.careledger.domain.indstilling.Sagsbegreb.ENKELTSAGER;
import static dk.careledger.domain.indstilling.Sagsbegreb.FSIII_PR_FORLOEB;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.bevilling.OphoersAarsag;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.sag.AfslutningsAarsag;
import dk.careledger.domain.sag.Fremdrift;
import dk.careledger.projection.sag.laesning.SagTilstand.Periode;
import dk.careledger.projection.sag.sagsbegreb.laesning.Sagsbegrebsberegning;
import dk.careledger.projection.sag.sagsbegreb.laesning.Tidslinjer;
import dk.careledger.projection.sag.sagsbegreb.laesning.VariantSag;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import dk.careledger.domain.indstilling.Sagsbegreb;

/** Given one citizen's facts, then the sag list under each case-concept variant. */
class SagsbegrebTest {
    private static final SagId S1 = sag(1);
    private static final SagId S2 = sag(2);
    private static final SagId S3 = sag(3);

    private static List<VariantSag> beregn(Historie h, Sagsbegreb variant) {
        return Sagsbegrebsberegning.beregn(h.borger.value(), h.fakta()).stream().filter(v -> v.variant() == variant).toList();
    }

    private static List<String> linje(VariantSag v) {
        return v.tidslinje().stream().map(p -> p.fremdrift() + " " + p.fra() + ".." + (p.til() == null ? "" : p.til())).toList();
    }

    @Test
    void enkeltsagerAreOnePerAfgoerelseSoARevisitedSagIsSplitAndEachClosesAtSending() {
        Historie h = new Historie().oprettet(S1, "27.36.04", "2026-01-05").oplyst(S1, "2026-01-20")
                .afgoerelse(S1, afgoerelse(1), DELVIS_BEVILLING, "2026-02-01", "2026-02-02")
                .bevillingGivet(bevilling(1), S1, afgoerelse(1), "SEL-83-PP", "27.36.04", "2026-02-02")
                .revisitation(S1, bevilling(1), "2026-06-01").oplyst(S1, "2026-06-08");

        List<VariantSag> rows = beregn(h, ENKELTSAGER);
        assertThat(rows).extracting(VariantSag::id).containsExactly(VariantSag.id(ENKELTSAGER, "sag:" + S1 + ":0"),
                VariantSag.id(ENKELTSAGER, "sag:" + S1 + ":1"));
        assertThat(linje(rows.get(0))).containsExactly("OPSTAAET 2026-01-05..2026-01-20", "OPLYST 2026-01-20..2026-02-01",
                "AFGJORT 2026-02-01..2026-02-02", "AFSLUTTET 2026-02-02..");
        assertThat(rows.get(0).bevillingIds()).containsExactly(bevilling(1).value());
        assertThat(rows.get(0).afsluttetDato()).isEqualTo(Historie.d("2026-02-02"));
        assertThat(linje(rows.get(1))).containsExactly("OPSTAAET 2026-06-01..2026-06-08", "OPLYST 2026-06-08..");
        assertThat(rows.get(1).fremdrift()).isEqualTo(Fremdrift.OPLYST);
        assertThat(rows).allSatisfy(v -> {
            assertThat(v.sagIds()).containsExactly(S1.value());
            assertThat(v.kommune()).isEqualTo("29189420");
            assertThat(v.omraade()).isEqualTo("27.36.04");
            assertThat(v.titelBasis()).isEqualTo("SAGSTITEL");
            assertThat(v.titelChiffertekst()).isEqualTo("v1:titel-" + S1.value());
        });
    }

    @Test
    void aBorgersagPerAreaHoldsTheCitizensSagerOfOneKleGruppeAndStaysOpenWhileAnyIsOpen() {
        Historie h = new Historie().oprettet(S1, "27.36.04", "2026-01-05").oplyst(S1, "2026-01-20")
                .afgoerelse(S1, afgoerelse(1), AFSLAG, "2026-02-01", "2026-02-01")
                .oprettet(S2, "27.36.08", "2026-03-01").oplyst(S2, "2026-03-10")
                .afgoerelse(S2, afgoerelse(2), BEVILLING, "2026-03-15", "2026-03-15")
                .bevillingGivet(bevilling(2), S2, afgoerelse(2), "SEL-84-AFL", "27.36.08", "2026-03-15")
                .oprettet(S3, "27.34.10", "2026-04-01");

        List<VariantSag> rows = beregn(h, BORGERSAG_PR_OMRAADE);
        UUID omsorg = VariantSag.id(BORGERSAG_PR_OMRAADE, "borger:" + h.borger + ":29189420:27.36");
        UUID aeldrepleje = VariantSag.id(BORGERSAG_PR_OMRAADE, "borger:" + h.borger + ":29189420:27.34");
        assertThat(rows).extracting(VariantSag::id).containsExactlyInAnyOrder(omsorg, aeldrepleje);
        VariantSag r = rows.stream().filter(v -> v.id().equals(omsorg)).findFirst().orElseThrow();
        assertThat(r.sagIds()).containsExactly(S1.value(), S2.value());
        assertThat(r.omraade()).isEqualTo("27.36");
        assertThat(r.titelBasis()).isEqualTo("KLE_GRUPPE");
        assertThat(linje(r)).as("closed after the afslag, reopened by the new application, open while the bevilling runs")
                .containsExactly("OPSTAAET 2026-01-05..2026-01-20", "OPLYST 2026-01-20..2026-02-01", "AFGJORT 2026-02-01..2026-02-01",
                        "AFSLUTTET 2026-02-01..2026-03-01", "OPSTAAET 2026-03-01..2026-03-10", "OPLYST 2026-03-10..2026-03-15",
                        "AFGJORT 2026-03-15..");

        h.bevillingOphoert(bevilling(2), "2026-08-01", OphoersAarsag.OPFOELGNING);
        VariantSag lukket = beregn(h, BORGERSAG_PR_OMRAADE).stream().filter(v -> v.id().equals(omsorg)).findFirst().orElseThrow();
        assertThat(linje(lukket)).endsWith("AFGJORT 2026-03-15..2026-08-01", "AFSLUTTET 2026-08-01..");
        assertThat(lukket.afsluttetDato()).isEqualTo(Historie.d("2026-08-01"));
    }

    @Test
    void anFsiiiSagPerForloebHoldsItsSagerAndBevillingerAndSagerWithoutForloebStandAlone() {
        Historie h = new Historie().forloebStartet(forloeb(1), "SEL-83", "27.36.04", "2026-01-05")
                .oprettet(S1, "27.36.04", "2026-01-05").sagTilknyttet(forloeb(1), S1).oplyst(S1, "2026-01-20")
                .afgoerelse(S1, afgoerelse(1), BEVILLING, "2026-02-01", "2026-02-01")
                .bevillingGivet(bevilling(1), S1, afgoerelse(1), "SEL-83-PP", "27.36.04", "2026-02-01")
                .bevillingTilknyttet(forloeb(1), bevilling(1))
                .oprettet(S2, "27.36.16", "2026-02-10");

        List<VariantSag> rows = beregn(h, FSIII_PR_FORLOEB);
        VariantSag fl = rows.stream().filter(v -> v.forloebId() != null).findFirst().orElseThrow();
        assertThat(fl.id()).isEqualTo(VariantSag.id(FSIII_PR_FORLOEB, "forloeb:" + forloeb(1)));
        assertThat(fl.sagIds()).containsExactly(S1.value());
        assertThat(fl.bevillingIds()).containsExactly(bevilling(1).value());
        assertThat(fl.titelBasis()).isEqualTo("FORLOEBSTYPE");
        assertThat(fl.titelKode()).isEqualTo("SEL-83");
        assertThat(linje(fl)).containsExactly("OPSTAAET 2026-01-05..2026-01-20", "OPLYST 2026-01-20..2026-02-01", "AFGJORT 2026-02-01..");
        assertThat(rows).extracting(VariantSag::id).contains(VariantSag.id(FSIII_PR_FORLOEB, "sag:" + S2));

        h.forloebAfsluttet(forloeb(1), "2026-09-30");
        VariantSag slut = beregn(h, FSIII_PR_FORLOEB).stream().filter(v -> v.forloebId() != null).findFirst().orElseThrow();
        assertThat(linje(slut)).endsWith("AFGJORT 2026-02-01..2026-09-30", "AFSLUTTET 2026-09-30..");
    }

    @Test
    void aBevillingWithoutSagHasNoEnkeltsagButBelongsToTheBorgersagOfItsAreaAndIsItsOwnFsiiiSag() {
        Historie h = new Historie().oprettet(S1, "27.36.04", "2026-01-05")
                .som(Historie.SYGEPLEJERSKE).bevillingGivet(bevilling(9), null, null, "SUL-138", "29.18.00", "2026-03-01");

        assertThat(beregn(h, ENKELTSAGER)).extracting(VariantSag::sagIds).containsExactly(List.of(S1.value()));
        VariantSag borgersag = beregn(h, BORGERSAG_PR_OMRAADE).stream().filter(v -> v.omraade().equals("29.18")).findFirst().orElseThrow();
        assertThat(borgersag.sagIds()).isEmpty();
        assertThat(borgersag.bevillingIds()).containsExactly(bevilling(9).value());
        assertThat(linje(borgersag)).as("never skips a state").containsExactly("OPSTAAET 2026-03-01..2026-03-01",
                "OPLYST 2026-03-01..2026-03-01", "AFGJORT 2026-03-01..");
        VariantSag alene = beregn(h, FSIII_PR_FORLOEB).stream().filter(v -> v.titelBasis().equals("INDSATS")).findFirst().orElseThrow();
        assertThat(alene.id()).isEqualTo(VariantSag.id(FSIII_PR_FORLOEB, "bevilling:" + bevilling(9)));
        assertThat(alene.titelKode()).isEqualTo("SUL-138");
        assertThat(alene.kommune()).isEqualTo("29189420");

        h.bevillingOphoert(bevilling(9), "2026-04-01", OphoersAarsag.OPFOELGNING);
        assertThat(linje(beregn(h, FSIII_PR_FORLOEB).stream().filter(v -> v.titelBasis().equals("INDSATS")).findFirst().orElseThrow()))
                .endsWith("AFGJORT 2026-03-01..2026-04-01", "AFSLUTTET 2026-04-01..");
    }

    @Test
    void whenTheCitizenDiesEverySagOnEveryListIsAfsluttet() {
        Historie h = new Historie().forloebStartet(forloeb(1), "SEL-83", "27.36.04", "2026-01-05")
                .oprettet(S1, "27.36.04", "2026-01-05").sagTilknyttet(forloeb(1), S1).oplyst(S1, "2026-01-20")
                .afgoerelse(S1, afgoerelse(1), BEVILLING, "2026-02-01", "2026-02-01")
                .bevillingGivet(bevilling(1), S1, afgoerelse(1), "SEL-83-PP", "27.36.04", "2026-02-01")
                .oprettet(S2, "27.36.16", "2026-05-01")
                .bevillingOphoert(bevilling(1), "2026-09-03", OphoersAarsag.DOED).afsluttet(S1, "2026-09-05")
                .afsluttetUden(S2, AfslutningsAarsag.DOED, "2026-09-05").forloebAfsluttet(forloeb(1), "2026-09-03");

        List<VariantSag> alle = Sagsbegrebsberegning.beregn(h.borger.value(), h.fakta());
        assertThat(alle).hasSize(2 + 1 + 2);
        assertThat(alle).allSatisfy(v -> assertThat(v.fremdrift()).as("%s", v.noegle()).isEqualTo(Fremdrift.AFSLUTTET));
        assertThat(beregn(h, BORGERSAG_PR_OMRAADE).get(0).afsluttetDato()).isEqualTo(Historie.d("2026-09-05"));
    }

    @Test
    void combiningMembersTakesTheLeastAdvancedOpenStateAndFillsSkippedStates() {
        List<Periode> a = Tidslinjer.bevilling(Historie.d("2026-01-10"), Historie.d("2026-02-01"));
        List<Periode> b = Tidslinjer.bevilling(Historie.d("2026-03-01"), null);
        assertThat(Tidslinjer.udfyld(Tidslinjer.kombiner(List.of(a, b))).stream().map(p -> p.fremdrift() + " " + p.fra()).toList())
                .containsExactly("OPSTAAET 2026-01-10", "OPLYST 2026-01-10", "AFGJORT 2026-01-10", "AFSLUTTET 2026-02-01",
                        "OPSTAAET 2026-03-01", "OPLYST 2026-03-01", "AFGJORT 2026-03-01");
        assertThat(Tidslinjer.fraJson(Tidslinjer.json(a))).isEqualTo(a);
    }

    @Test
    void aFilledTimelineNeverStepsBackWithinACycleAndBeginsANewCycleAfterAfgjortOrAfsluttet() {
        List<Periode> tilbage = List.of(new Periode(Fremdrift.OPSTAAET, Historie.d("2026-01-01"), Historie.d("2026-01-10"), null, null),
                new Periode(Fremdrift.OPLYST, Historie.d("2026-01-10"), Historie.d("2026-02-01"), null, null),
                new Periode(Fremdrift.OPSTAAET, Historie.d("2026-02-01"), Historie.d("2026-02-05"), null, null),
                new Periode(Fremdrift.OPLYST, Historie.d("2026-02-05"), Historie.d("2026-03-01"), null, null),
                new Periode(Fremdrift.AFGJORT, Historie.d("2026-03-01"), Historie.d("2026-04-01"), null, null),
                new Periode(Fremdrift.OPLYST, Historie.d("2026-04-01"), null, null, null));

        assertThat(Tidslinjer.udfyld(tilbage).stream().map(p -> p.fremdrift() + " " + p.fra() + ".." + (p.til() == null ? "" : p.til())).toList())
                .containsExactly("OPSTAAET 2026-01-01..2026-01-10", "OPLYST 2026-01-10..2026-03-01", "AFGJORT 2026-03-01..2026-04-01",
                        "OPSTAAET 2026-04-01..2026-04-01", "OPLYST 2026-04-01..");
    }
}
