package dk.careledger.domain.sag;

import static dk.careledger.domain.felles.Afvisningsart.REGEL;
import static dk.careledger.domain.sag.SagFixtures.AFSLUTTET;
import static dk.careledger.domain.sag.SagFixtures.BORGER_ID;
import static dk.careledger.domain.sag.SagFixtures.SAG_ID;
import static dk.careledger.domain.sag.SagFixtures.sagOprettet;
import static dk.careledger.domain.testfixtures.TestKontekst.registrering;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.sag.command.AfslutSag;
import dk.careledger.domain.sag.command.AfslutSagUdenAfgoerelse;
import dk.careledger.domain.sag.command.SagCommand;
import dk.careledger.domain.sag.command.TilknytBevillingTilSag;
import dk.careledger.domain.sag.event.AfgoerelseTruffet;
import dk.careledger.domain.sag.event.BevillingTilknyttetSag;
import dk.careledger.domain.sag.event.BevillingerFortsatEfterAfslutning;
import dk.careledger.domain.sag.event.SagAfsluttet;
import dk.careledger.domain.sag.event.SagAfsluttetUdenAfgoerelse;
import dk.careledger.domain.sag.event.SagEvent;
import dk.careledger.domain.testfixtures.Scenarie;
import dk.careledger.domain.testfixtures.TestKontekst;
import dk.careledger.domain.felles.Faktatabel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 6: a sag knows the bevillinger granted on it, and closing it while any of them still runs or waits on
 * the venteliste asks for an explicit decision about them (ADR 0020).
 */
class SagensAfslutningTest {

    private static final BevillingId LOEBENDE = BevillingId.of("be11e000-0000-4000-8000-0000000000a1");
    private static final BevillingId OPHOERT = BevillingId.of("be11e000-0000-4000-8000-0000000000a2");

    private final Scenarie<SagState, SagCommand, SagEvent> scenarie = SagFixtures.scenarie();
    private final Faktatabel opslag = new Faktatabel().medBevilling(LOEBENDE, BORGER_ID)
            .medBevilling(OPHOERT, BORGER_ID).medSlut(OPHOERT, AFSLUTTET.minusDays(10));

    private AfgoerelseTruffet afgjort() {
        return SagFixtures.afgoerelseTruffet();
    }

    @Test
    void recordsABevillingGrantedOnTheSagOnceAndOnlyOnce() {
        scenarie.given(sagOprettet(), afgjort()).when(new TilknytBevillingTilSag(SAG_ID, LOEBENDE))
                .then(new BevillingTilknyttetSag(SAG_ID, LOEBENDE, registrering()));
        scenarie.given(sagOprettet(), afgjort(), new BevillingTilknyttetSag(SAG_ID, LOEBENDE, registrering()))
                .when(new TilknytBevillingTilSag(SAG_ID, LOEBENDE)).then();
    }

    @Test
    void refusesABevillingOnAClosedSag() {
        scenarie.given(sagOprettet(), afgjort(), new SagAfsluttet(SAG_ID, AFSLUTTET, registrering()))
                .when(new TilknytBevillingTilSag(SAG_ID, LOEBENDE))
                .thenRefused(REGEL, "SAG_AFSLUTTET", null);
    }

    @Test
    void refusesClosingWhileABevillingStillRunsWithoutADecisionAboutIt() {
        scenarie.given(sagOprettet(), afgjort(), new BevillingTilknyttetSag(SAG_ID, LOEBENDE, registrering()))
                .when(new AfslutSag(SAG_ID, AFSLUTTET), TestKontekst.kontekst(opslag))
                .thenRefused(REGEL, "BEVILLINGER_AABNE", "bevillingerFortsaetter");
        scenarie.given(sagOprettet(), afgjort(), new BevillingTilknyttetSag(SAG_ID, LOEBENDE, registrering()))
                .when(new AfslutSag(SAG_ID, AFSLUTTET, false), TestKontekst.kontekst(opslag))
                .thenRefused(REGEL, "BEVILLINGER_AABNE", "bevillingerFortsaetter");
    }

    @Test
    void closesWithTheBevillingerGoingOnWhenTheCaseworkerSaysSoAndRecordsThatDecision() {
        scenarie.given(sagOprettet(), afgjort(), new BevillingTilknyttetSag(SAG_ID, LOEBENDE, registrering()),
                        new BevillingTilknyttetSag(SAG_ID, OPHOERT, registrering()))
                .when(new AfslutSag(SAG_ID, AFSLUTTET, true), TestKontekst.kontekst(opslag))
                .then(new SagAfsluttet(SAG_ID, AFSLUTTET, registrering()),
                        new BevillingerFortsatEfterAfslutning(SAG_ID, List.of(LOEBENDE), registrering()));
    }

    @Test
    void asksTheSameDecisionWhenASagWithoutAfgoerelseIsClosedWhileABevillingOnItRuns() {
        scenarie.given(sagOprettet(), new BevillingTilknyttetSag(SAG_ID, LOEBENDE, registrering()))
                .when(new AfslutSagUdenAfgoerelse(SAG_ID, AfslutningsAarsag.FRAFLYTTET, AFSLUTTET, null), TestKontekst.kontekst(opslag))
                .thenRefused(REGEL, "BEVILLINGER_AABNE", "bevillingerFortsaetter");
        scenarie.given(sagOprettet(), new BevillingTilknyttetSag(SAG_ID, LOEBENDE, registrering()))
                .when(new AfslutSagUdenAfgoerelse(SAG_ID, AfslutningsAarsag.FRAFLYTTET, AFSLUTTET, null, true), TestKontekst.kontekst(opslag))
                .then(new SagAfsluttetUdenAfgoerelse(SAG_ID, AfslutningsAarsag.FRAFLYTTET, AFSLUTTET, null, registrering()),
                        new BevillingerFortsatEfterAfslutning(SAG_ID, List.of(LOEBENDE), registrering()));
    }

    @Test
    void closesWithoutADecisionWhenEveryBevillingHasStopped() {
        SagState efter = scenarie.given(sagOprettet(), afgjort(), new BevillingTilknyttetSag(SAG_ID, OPHOERT, registrering()))
                .when(new AfslutSag(SAG_ID, AFSLUTTET), TestKontekst.kontekst(opslag))
                .then(new SagAfsluttet(SAG_ID, AFSLUTTET, registrering()))
                .stream().reduce(scenarie.given(sagOprettet(), afgjort(), new BevillingTilknyttetSag(SAG_ID, OPHOERT, registrering()))
                        .state(), SagDecider::evolve, (a, b) -> b);

        assertThat(efter.afsluttet()).isTrue();
        assertThat(efter.bevillinger()).containsExactly(OPHOERT);
    }
}
