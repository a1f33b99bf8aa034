package dk.careledger.projection.sag;

import static dk.careledger.domain.sag.Afgoerelsestype.AFSLAG;
import static dk.careledger.domain.sag.Afgoerelsestype.BEVILLING;
import static dk.careledger.domain.sag.Afgoerelsestype.DELVIS_BEVILLING;
import static dk.careledger.projection.sag.Historie.afgoerelse;
import static dk.careledger.projection.sag.Historie.bevilling;
import static dk.careledger.projection.sag.Historie.d;
import static dk.careledger.projection.sag.Historie.forloeb;
import static dk.careledger.projection.sag.Historie.sag;
import static dk.careledger.domain.indstilling.Politik.EKSPLICIT;
import static dk.careledger.domain.indstilling.Politik.VED_AFGOERELSE;
import static dk.careledger.domain.indstilling.Politik.VED_KLAGEFRIST;
import static dk.careledger.domain.indstilling.Politik.VED_LEVERINGSOPHOER;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.bevilling.OphoersAarsag;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.sag.AfslutningsAarsag;
import dk.careledger.domain.sag.Fremdrift;
import dk.careledger.projection.fakta.Fordeling;
import dk.careledger.projection.fakta.Referencer;
import dk.careledger.projection.sag.laesning.Fremdriftshistorik.Raekke;
import dk.careledger.projection.sag.laesning.Fremdriftshistorik.Resultat;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import dk.careledger.projection.sag.laesning.Fremdriftshistorik;
import dk.careledger.domain.indstilling.Politik;
import dk.careledger.projection.sag.laesning.SagTilstand;

/** Given a sag's facts, then its fremdrift under each closing policy (virkning, as believed now). */
class FremdriftPrPolitikTest {
    private static final SagId S = sag(1);

    /** The believed rows of one policy as "STATE from..to" in virkning order, after checking they are contiguous. */
    static List<String> linje(Resultat r, Politik p) {
        List<Raekke> troede = Fremdriftshistorik.kendtPr(r.raekker(p), null);
        assertSammenhaengende(troede);
        return troede.stream().map(x -> x.fremdrift() + " " + x.virkningFra() + ".." + (x.virkningTil() == null ? "" : x.virkningTil())).toList();
    }

    /** Contiguous: from-inclusive, to-exclusive, each row ends where the next begins, the last is open, none runs backwards. */
    static void assertSammenhaengende(List<Raekke> troede) {
        for (int i = 0; i < troede.size(); i++) {
            Raekke r = troede.get(i);
            if (i == troede.size() - 1) {
                assertThat(r.virkningTil()).as("the last row is open: %s", r).isNull();
            } else {
                assertThat(r.virkningTil()).as("row %s ends where the next begins", r).isEqualTo(troede.get(i + 1).virkningFra());
                assertThat(r.virkningTil()).isAfterOrEqualTo(r.virkningFra());
            }
        }
    }

    @Test
    void anAfslagWithoutBevillingClosesAtSendingAlsoUnderTheDeliveryPolicyAndAfterTheFristUnderTheKlagefristPolicy() {
        Historie h = new Historie().oprettet(S, "27.36.04", "2026-01-05").oplyst(S, "2026-01-20")
                .afgoerelse(S, afgoerelse(1), AFSLAG, "2026-02-01", "2026-02-02");
        Resultat r = h.beregn(S);

        List<String> vedAfgoerelse = List.of("OPSTAAET 2026-01-05..2026-01-20", "OPLYST 2026-01-20..2026-02-01",
                "AFGJORT 2026-02-01..2026-02-02", "AFSLUTTET 2026-02-02..");
        assertThat(linje(r, VED_AFGOERELSE)).containsExactlyElementsOf(vedAfgoerelse);
        assertThat(linje(r, VED_LEVERINGSOPHOER)).containsExactlyElementsOf(vedAfgoerelse);
        // klagefrist: four weeks from sending, last day 2026-03-02; afsluttet the day after
        assertThat(linje(r, VED_KLAGEFRIST)).containsExactly("OPSTAAET 2026-01-05..2026-01-20", "OPLYST 2026-01-20..2026-02-01",
                "AFGJORT 2026-02-01..2026-03-03", "AFSLUTTET 2026-03-03..");
        assertThat(linje(r, EKSPLICIT)).containsExactly("OPSTAAET 2026-01-05..2026-01-20", "OPLYST 2026-01-20..2026-02-01",
                "AFGJORT 2026-02-01..");
        assertThat(r.tilstand().sagsstatus()).isEqualTo("Afgjort – afslag");
    }

    @Test
    void aSagClosedWithoutAfgoerelseGoesFromWhereItWasStraightToAfsluttetUnderEveryPolicy() {
        Historie h = new Historie().oprettet(S, "27.36.04", "2026-01-05")
                .afsluttetUden(S, AfslutningsAarsag.TRUKKET_TILBAGE, "2026-01-12");
        Resultat r = h.beregn(S);

        for (Politik p : Politik.values()) {
            assertThat(linje(r, p)).as("%s", p).containsExactly("OPSTAAET 2026-01-05..2026-01-12", "AFSLUTTET 2026-01-12..");
        }
        assertThat(r.tilstand().sagsstatus()).isEqualTo("Afsluttet – ansøgningen er trukket tilbage");
    }

    @Test
    void aKlageWithinTheFristKeepsTheSagAfgjortUnderTheKlagefristPolicyUntilItIsClosedExplicitly() {
        Historie h = new Historie().oprettet(S, "27.36.04", "2026-01-05").oplyst(S, "2026-01-20")
                .afgoerelse(S, afgoerelse(1), DELVIS_BEVILLING, "2026-02-01", "2026-02-02").klage(S, afgoerelse(1), "2026-03-02");
        assertThat(linje(h.beregn(S), VED_KLAGEFRIST)).endsWith("AFGJORT 2026-02-01..");
        assertThat(linje(h.beregn(S), VED_AFGOERELSE)).endsWith("AFSLUTTET 2026-02-02..");

        h.afsluttet(S, "2026-05-01");
        assertThat(linje(h.beregn(S), VED_KLAGEFRIST)).endsWith("AFGJORT 2026-02-01..2026-05-01", "AFSLUTTET 2026-05-01..");
        assertThat(linje(h.beregn(S), VED_AFGOERELSE)).as("the policy had closed it earlier").endsWith("AFSLUTTET 2026-02-02..");
        assertThat(h.beregn(S).tilstand().sagsstatus()).isEqualTo("Afsluttet");
    }

    @Test
    void aKlageAfterTheFristChangesNothing() {
        Historie h = new Historie().oprettet(S, "27.36.04", "2026-01-05").oplyst(S, "2026-01-20")
                .afgoerelse(S, afgoerelse(1), AFSLAG, "2026-02-01", "2026-02-02").klage(S, afgoerelse(1), "2026-03-03");
        assertThat(linje(h.beregn(S), VED_KLAGEFRIST)).endsWith("AFGJORT 2026-02-01..2026-03-03", "AFSLUTTET 2026-03-03..");
        assertThat(h.beregn(S).tilstand().sagsstatus()).isEqualTo("Klage modtaget");
    }

    @Test
    void aDecisionWithoutOplystGetsAZeroLengthOplystRowSoNoStateIsSkipped() {
        Historie h = new Historie().oprettet(S, "27.36.04", "2026-01-05").uoplystAfgoerelse(S, afgoerelse(1), BEVILLING, "2026-01-07");
        Resultat r = h.beregn(S);

        assertThat(linje(r, VED_AFGOERELSE)).containsExactly("OPSTAAET 2026-01-05..2026-01-07", "OPLYST 2026-01-07..2026-01-07",
                "AFGJORT 2026-01-07..2026-01-07", "AFSLUTTET 2026-01-07..");
        for (Politik p : Politik.values()) {
            assertThat(linje(r, p)).as("%s", p).startsWith("OPSTAAET 2026-01-05..2026-01-07", "OPLYST 2026-01-07..2026-01-07");
        }
        List<Raekke> troede = Fremdriftshistorik.kendtPr(r.raekker(VED_AFGOERELSE), null);
        assertThat(Fremdriftshistorik.gaeldende(troede, d("2026-01-07")).orElseThrow().fremdrift())
                .as("a zero-length row is never current").isEqualTo(Fremdrift.AFSLUTTET);
        assertThat(Fremdriftshistorik.gaeldende(troede, d("2026-01-06")).orElseThrow().fremdrift()).isEqualTo(Fremdrift.OPSTAAET);
        assertThat(Fremdriftshistorik.gaeldende(troede, d("2025-12-31")).orElseThrow().fremdrift())
                .as("before opstaaet: the first state").isEqualTo(Fremdrift.OPSTAAET);
    }

    @Test
    void underTheDeliveryPolicyTheSagClosesWhenTheLastBevillingHasOphoertAndItsForloebHasEnded() {
        Historie h = new Historie().oprettet(S, "27.36.04", "2026-01-05").oplyst(S, "2026-01-20")
                .afgoerelse(S, afgoerelse(1), BEVILLING, "2026-02-01", "2026-02-01")
                .bevillingGivet(bevilling(1), S, afgoerelse(1), "SEL-83-PP", "27.36.04", "2026-02-01")
                .bevillingGivet(bevilling(2), S, afgoerelse(1), "SEL-83-PH", "27.36.04", "2026-02-01")
                .forloebStartet(forloeb(1), "SEL-83", "27.36.04", "2026-02-01").sagTilknyttet(forloeb(1), S);
        assertThat(linje(h.beregn(S), VED_LEVERINGSOPHOER)).endsWith("AFGJORT 2026-02-01..");

        h.bevillingOphoert(bevilling(1), "2026-06-01", OphoersAarsag.OPFOELGNING);
        assertThat(linje(h.beregn(S), VED_LEVERINGSOPHOER)).as("one bevilling still runs").endsWith("AFGJORT 2026-02-01..");
        h.bevillingOphoert(bevilling(2), "2026-07-01", OphoersAarsag.BORGERENS_OENSKE);
        assertThat(linje(h.beregn(S), VED_LEVERINGSOPHOER)).as("the forløb still runs").endsWith("AFGJORT 2026-02-01..");
        h.som(Historie.HJEMMEPLEJE).forloebAfsluttet(forloeb(1), "2026-07-15");

        Resultat r = h.beregn(S);
        assertThat(linje(r, VED_LEVERINGSOPHOER)).endsWith("AFGJORT 2026-02-01..2026-07-15", "AFSLUTTET 2026-07-15..");
        Raekke afsluttet = Fremdriftshistorik.kendtPr(r.raekker(VED_LEVERINGSOPHOER), null).get(3);
        assertThat(afsluttet.aktoerBruger()).as("set by the actor of the fact that closed it").isEqualTo("hp-0042");
        assertThat(linje(r, VED_AFGOERELSE)).endsWith("AFGJORT 2026-02-01..2026-02-01", "AFSLUTTET 2026-02-01..");
    }

    @Test
    void aGrantWhoseBevillingIsNotGivenYetStaysAfgjortUnderTheDeliveryPolicy() {
        Historie h = new Historie().oprettet(S, "27.36.04", "2026-01-05").oplyst(S, "2026-01-20")
                .afgoerelse(S, afgoerelse(1), BEVILLING, "2026-02-01", "2026-02-03");
        assertThat(linje(h.beregn(S), VED_LEVERINGSOPHOER)).endsWith("AFGJORT 2026-02-01..");
    }

    @Test
    void aBevillingWithoutSagIsIgnoredByTheSager() {
        Historie h = new Historie().som(Historie.SYGEPLEJERSKE)
                .bevillingGivet(bevilling(9), null, null, "SUL-138", "29.18.00", "2026-03-01").bevillingOphoert(bevilling(9), "2026-04-01",
                        OphoersAarsag.OPFOELGNING);
        Referencer refs = new Referencer();
        for (var f : h.fakta()) {
            assertThat(Fordeling.PR_SAG.noegler(f, refs)).as("%s", f.art()).isEmpty();
        }
        assertThat(h.prSag()).isEmpty();
    }

    @Test
    void aRevisitationReopensASagThePolicyHadClosedAndTheNewCycleRunsThroughEveryStateAgain() {
        Historie h = new Historie().oprettet(S, "27.36.04", "2026-01-05").oplyst(S, "2026-01-20")
                .afgoerelse(S, afgoerelse(1), DELVIS_BEVILLING, "2026-02-01", "2026-02-02")
                .bevillingGivet(bevilling(1), S, afgoerelse(1), "SEL-83-PP", "27.36.04", "2026-02-02")
                .som(new dk.careledger.domain.felles.Aktoer("careledger:revisitation-proces", dk.careledger.domain.felles.Rolle.SYSTEM))
                .revisitation(S, bevilling(1), "2026-06-01").oplyst(S, "2026-06-08")
                .afgoerelse(S, afgoerelse(2), BEVILLING, "2026-06-10", "2026-06-10")
                .bevillingOphoert(bevilling(1), "2026-06-15", OphoersAarsag.NY_AFGOERELSE)
                .bevillingGivet(bevilling(2), S, afgoerelse(2), "SEL-83-PP", "27.36.04", "2026-06-15");
        Resultat r = h.beregn(S);

        assertThat(linje(r, VED_AFGOERELSE)).containsExactly("OPSTAAET 2026-01-05..2026-01-20", "OPLYST 2026-01-20..2026-02-01",
                "AFGJORT 2026-02-01..2026-02-02", "AFSLUTTET 2026-02-02..2026-06-01", "OPSTAAET 2026-06-01..2026-06-08",
                "OPLYST 2026-06-08..2026-06-10", "AFGJORT 2026-06-10..2026-06-10", "AFSLUTTET 2026-06-10..");
        assertThat(linje(r, EKSPLICIT)).as("not closed by the policy: Afgjort until the revisitation").containsExactly(
                "OPSTAAET 2026-01-05..2026-01-20", "OPLYST 2026-01-20..2026-02-01", "AFGJORT 2026-02-01..2026-06-01",
                "OPSTAAET 2026-06-01..2026-06-08", "OPLYST 2026-06-08..2026-06-10", "AFGJORT 2026-06-10..");
        assertThat(linje(r, VED_LEVERINGSOPHOER)).as("the first bevilling ran past the revisitation; the new one still runs")
                .endsWith("AFGJORT 2026-02-01..2026-06-01", "OPSTAAET 2026-06-01..2026-06-08", "OPLYST 2026-06-08..2026-06-10",
                        "AFGJORT 2026-06-10..");
        Raekke genaabnet = Fremdriftshistorik.kendtPr(r.raekker(VED_AFGOERELSE), null).get(4);
        assertThat(genaabnet.aktoerRolle()).isEqualTo("SYSTEM");
        assertThat(r.tilstand().cykler()).hasSize(2);
    }

    @Test
    void aCitizenWhoDiesWithoutAfgoerelseClosesTheSagUnderEveryPolicy() {
        Historie h = new Historie().oprettet(S, "27.36.04", "2026-01-05").iBero(S, "2026-01-08")
                .afsluttetUden(S, AfslutningsAarsag.DOED, "2026-01-20");
        Resultat r = h.beregn(S);
        for (Politik p : Politik.values()) {
            assertThat(linje(r, p)).containsExactly("OPSTAAET 2026-01-05..2026-01-20", "AFSLUTTET 2026-01-20..");
        }
        assertThat(r.tilstand().sagsstatus()).isEqualTo("Afsluttet – borgeren er død");
        assertThat(r.tilstand().iBero()).as("closing ends i bero").containsExactly(
                new SagTilstand.IBero(d("2026-01-08"), d("2026-01-20"), r.tilstand().iBero().get(0).anmodningId()));
    }

    @Test
    void aCitizenWhoDiesWhileReceivingHelpIsClosedAtTheOphoerUnderTheDeliveryPolicyAndShowsWhy() {
        Historie h = new Historie().oprettet(S, "27.36.04", "2026-01-05").oplyst(S, "2026-01-20")
                .afgoerelse(S, afgoerelse(1), BEVILLING, "2026-02-01", "2026-02-01")
                .bevillingGivet(bevilling(1), S, afgoerelse(1), "SEL-83-PP", "27.36.04", "2026-02-01")
                .bevillingOphoert(bevilling(1), "2026-09-03", OphoersAarsag.DOED).afsluttet(S, "2026-09-10");
        Resultat r = h.beregn(S);
        assertThat(linje(r, VED_LEVERINGSOPHOER)).endsWith("AFGJORT 2026-02-01..2026-09-03", "AFSLUTTET 2026-09-03..");
        assertThat(linje(r, EKSPLICIT)).endsWith("AFGJORT 2026-02-01..2026-09-10", "AFSLUTTET 2026-09-10..");
        assertThat(r.tilstand().sagsstatus()).isEqualTo("Afsluttet – borgeren er død");
    }

    @Test
    void iBeroPeriodsAreKeptWithTheirDatesAndTheLocalStatusFollowsTheFacts() {
        Historie h = new Historie().oprettet(S, "27.36.04", "2026-01-05").tildelt(S, "sb-0009", "2026-01-06").iBero(S, "2026-01-08");
        assertThat(h.beregn(S).tilstand().sagsstatus()).isEqualTo("I bero – afventer oplysninger");
        assertThat(h.beregn(S).tilstand().erIBero()).isTrue();
        h.genoptaget(S, "2026-01-15").iBero(S, "2026-01-18").genoptaget(S, "2026-01-19").oplyst(S, "2026-01-20");
        SagTilstand t = h.beregn(S).tilstand();
        assertThat(t.iBero()).extracting(SagTilstand.IBero::fra, SagTilstand.IBero::til).containsExactly(
                org.assertj.core.groups.Tuple.tuple(d("2026-01-08"), d("2026-01-15")), org.assertj.core.groups.Tuple.tuple(d("2026-01-18"), d("2026-01-19")));
        assertThat(t.erIBero()).isFalse();
        assertThat(t.sagsstatus()).isEqualTo("Oplyst");
        assertThat(t.behandler()).isEqualTo("sb-0009");
        assertThat(t.behandlerFra()).isEqualTo(d("2026-01-06"));
    }

    @Test
    void factsRegisteredInOneWorkStepAreOneRegistrationAndTimeNeverRunsBackwards() {
        Historie h = new Historie().oprettet(S, "27.36.04", "2026-01-05");
        Instant foerste = h.sidsteTid();
        h.oplyst(S, "2026-01-20").samtidig().afgoerelse(S, afgoerelse(1), AFSLAG, "2026-01-20", "2026-01-20");
        Resultat r = h.beregn(S);
        assertThat(r.raekker(VED_AFGOERELSE)).extracting(Raekke::registreretFra).containsOnly(foerste, h.sidsteTid());
        assertThat(r.raekker()).allSatisfy(x -> assertThat(x.registreretTil() == null || x.registreretTil().isAfter(x.registreretFra())).isTrue());
    }
}
