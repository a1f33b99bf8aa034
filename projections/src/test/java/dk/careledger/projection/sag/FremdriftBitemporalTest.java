package dk.careledger.projection.sag;

import static dk.careledger.domain.sag.Afgoerelsestype.BEVILLING;
import static dk.careledger.domain.sag.Afgoerelsestype.DELVIS_BEVILLING;
import static dk.careledger.projection.sag.FremdriftPrPolitikTest.linje;
import static dk.careledger.projection.sag.Historie.afgoerelse;
import static dk.careledger.projection.sag.Historie.bevilling;
import static dk.careledger.projection.sag.Historie.d;
import static dk.careledger.projection.sag.Historie.sag;
import static dk.careledger.domain.indstilling.Politik.VED_KLAGEFRIST;
import static dk.careledger.domain.indstilling.Politik.VED_LEVERINGSOPHOER;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.bevilling.OphoersAarsag;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.sag.Fremdrift;
import dk.careledger.projection.sag.laesning.Fremdriftshistorik.Raekke;
import dk.careledger.projection.sag.laesning.Fremdriftshistorik.Resultat;
import dk.careledger.projection.fakta.Faktum;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import dk.careledger.projection.sag.laesning.Fremdriftshistorik;
import dk.careledger.domain.indstilling.Politik;

/** Given facts registered over time, then what we believed when: corrections close the old belief, never rewrite it. */
class FremdriftBitemporalTest {
    private static final SagId S = sag(1);

    @Test
    void aKlageWithinTheFristClosesTheBeliefThatTheSagWouldBeAfsluttetAndKeepsItWithItsRegistreretTil() {
        Historie h = new Historie().oprettet(S, "27.36.04", "2026-01-05").oplyst(S, "2026-01-20")
                .afgoerelse(S, afgoerelse(1), DELVIS_BEVILLING, "2026-02-01", "2026-02-02");
        Instant afgjort = h.sidsteTid();
        h.klage(S, afgoerelse(1), "2026-02-20");
        Instant klage = h.sidsteTid();
        Resultat r = h.beregn(S);

        List<Raekke> klagefrist = r.raekker(VED_KLAGEFRIST);
        Raekke afsluttet = klagefrist.stream().filter(x -> x.fremdrift() == Fremdrift.AFSLUTTET).findFirst().orElseThrow();
        assertThat(afsluttet.virkningFra()).as("stored with its future virkning").isEqualTo(d("2026-03-03"));
        assertThat(afsluttet.registreretFra()).isEqualTo(afgjort);
        assertThat(afsluttet.registreretTil()).as("no longer believed once the klage was registered").isEqualTo(klage);
        assertThat(afsluttet.aktoerBruger()).isEqualTo("sb-0001");

        List<String> kendtFoerKlagen = Fremdriftshistorik.kendtPr(klagefrist, afgjort).stream()
                .map(x -> x.fremdrift() + " " + x.virkningFra() + ".." + x.virkningTil()).toList();
        assertThat(kendtFoerKlagen).containsExactly("OPSTAAET 2026-01-05..2026-01-20", "OPLYST 2026-01-20..2026-02-01",
                "AFGJORT 2026-02-01..2026-03-03", "AFSLUTTET 2026-03-03..null");
        assertThat(linje(r, VED_KLAGEFRIST)).containsExactly("OPSTAAET 2026-01-05..2026-01-20", "OPLYST 2026-01-20..2026-02-01",
                "AFGJORT 2026-02-01..");
        assertThat(Fremdriftshistorik.kendtPr(klagefrist, Historie.START)).as("nothing was known before the sag was registered").isEmpty();
        assertHistorikkenVokserKun(h);
    }

    @Test
    void aNewBevillingOnASagTheDeliveryPolicyHadClosedWithdrawsTheClosingWithoutRewritingIt() {
        Historie h = new Historie().oprettet(S, "27.36.04", "2026-01-05").oplyst(S, "2026-01-20")
                .afgoerelse(S, afgoerelse(1), BEVILLING, "2026-02-01", "2026-02-01")
                .bevillingGivet(bevilling(1), S, afgoerelse(1), "SEL-83-PP", "27.36.04", "2026-02-01")
                .bevillingOphoert(bevilling(1), "2026-04-01", OphoersAarsag.BORGERENS_OENSKE);
        Instant lukket = h.sidsteTid();
        assertThat(linje(h.beregn(S), VED_LEVERINGSOPHOER)).endsWith("AFSLUTTET 2026-04-01..");

        h.bevillingGivet(bevilling(2), S, afgoerelse(1), "SEL-83-PH", "27.36.04", "2026-04-10");
        Instant genaabnet = h.sidsteTid();
        Resultat r = h.beregn(S);

        assertThat(linje(r, VED_LEVERINGSOPHOER)).endsWith("AFGJORT 2026-02-01..");
        assertThat(r.raekker(VED_LEVERINGSOPHOER)).filteredOn(x -> x.fremdrift() == Fremdrift.AFSLUTTET).singleElement()
                .satisfies(x -> {
                    assertThat(x.virkningFra()).isEqualTo(d("2026-04-01"));
                    assertThat(x.registreretFra()).isEqualTo(lukket);
                    assertThat(x.registreretTil()).isEqualTo(genaabnet);
                });
        assertThat(Fremdriftshistorik.kendtPr(r.raekker(VED_LEVERINGSOPHOER), lukket)).last()
                .extracting(Raekke::fremdrift).isEqualTo(Fremdrift.AFSLUTTET);
        assertHistorikkenVokserKun(h);
    }

    @Test
    void everyPolicyKeepsEveryEarlierRowAsItWasThroughARevisitation() {
        Historie h = new Historie().oprettet(S, "27.36.04", "2026-01-05").oplyst(S, "2026-01-20")
                .afgoerelse(S, afgoerelse(1), DELVIS_BEVILLING, "2026-02-01", "2026-02-02").klage(S, afgoerelse(1), "2026-02-10")
                .bevillingGivet(bevilling(1), S, afgoerelse(1), "SEL-83-PP", "27.36.04", "2026-02-02")
                .revisitation(S, bevilling(1), "2026-06-01").uoplystAfgoerelse(S, afgoerelse(2), BEVILLING, "2026-06-03")
                .bevillingOphoert(bevilling(1), "2026-06-03", OphoersAarsag.NY_AFGOERELSE).afsluttet(S, "2026-07-01");
        assertHistorikkenVokserKun(h);
        Resultat r = h.beregn(S);
        for (Politik p : Politik.values()) {
            assertThat(r.raekker(p)).extracting(Raekke::loebenummer).as("numbered in recording order")
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, r.raekker(p).size()).boxed().toList());
        }
    }

    /**
     * Replaying one more fact never changes a recorded row, except to close a still-believed row's registreretTil:
     * virkning, state and actor are never updated in place.
     */
    static void assertHistorikkenVokserKun(Historie h) {
        List<Faktum> fakta = h.sagensFakta(S);
        Resultat forrige = Fremdriftshistorik.beregn(S.value(), List.of());
        for (int k = 1; k <= fakta.size(); k++) {
            Resultat naeste = Fremdriftshistorik.beregn(S.value(), fakta.subList(0, k));
            Map<String, Raekke> efter = naeste.raekker().stream().collect(Collectors.toMap(FremdriftBitemporalTest::noegle, Function.identity()));
            for (Raekke foer : forrige.raekker()) {
                Raekke nu = efter.get(noegle(foer));
                assertThat(nu).as("row %s is still there after fact %d", foer, k).isNotNull();
                if (foer.registreretTil() != null) {
                    assertThat(nu).isEqualTo(foer);
                } else {
                    assertThat(new Raekke(nu.sagId(), nu.politik(), nu.loebenummer(), nu.fremdrift(), nu.virkningFra(), nu.virkningTil(),
                            nu.aktoerBruger(), nu.aktoerRolle(), nu.registreretFra(), null)).isEqualTo(foer);
                }
            }
            forrige = naeste;
        }
    }

    private static String noegle(Raekke r) {
        return r.politik() + "/" + r.loebenummer();
    }
}
