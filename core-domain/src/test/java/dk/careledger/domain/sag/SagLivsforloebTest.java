package dk.careledger.domain.sag;

import static dk.careledger.domain.sag.SagFixtures.afgoerelseTruffet;
import static dk.careledger.domain.sag.SagFixtures.afslutSag;
import static dk.careledger.domain.sag.SagFixtures.anmodOmOplysninger;
import static dk.careledger.domain.sag.SagFixtures.besvarPartshoering;
import static dk.careledger.domain.sag.SagFixtures.genoptagSag;
import static dk.careledger.domain.sag.SagFixtures.markerSagGenoplyst;
import static dk.careledger.domain.sag.SagFixtures.markerSagOplyst;
import static dk.careledger.domain.sag.SagFixtures.nyAfgoerelseTruffet;
import static dk.careledger.domain.sag.SagFixtures.oplysningerAnmodet;
import static dk.careledger.domain.sag.SagFixtures.opretSag;
import static dk.careledger.domain.sag.SagFixtures.partshoeringBesvaret;
import static dk.careledger.domain.sag.SagFixtures.partshoeringSendt;
import static dk.careledger.domain.sag.SagFixtures.registrerSamtykke;
import static dk.careledger.domain.sag.SagFixtures.revisitationStartet;
import static dk.careledger.domain.sag.SagFixtures.sagAfsluttet;
import static dk.careledger.domain.sag.SagFixtures.sagGenoplyst;
import static dk.careledger.domain.sag.SagFixtures.sagGenoptaget;
import static dk.careledger.domain.sag.SagFixtures.sagOplyst;
import static dk.careledger.domain.sag.SagFixtures.sagOprettet;
import static dk.careledger.domain.sag.SagFixtures.sagSatIBero;
import static dk.careledger.domain.sag.SagFixtures.samtykkeRegistreret;
import static dk.careledger.domain.sag.SagFixtures.sendPartshoering;
import static dk.careledger.domain.sag.SagFixtures.startRevisitation;
import static dk.careledger.domain.sag.SagFixtures.tilstandVurderet;
import static dk.careledger.domain.sag.SagFixtures.traefAfgoerelse;
import static dk.careledger.domain.sag.SagFixtures.traefNyAfgoerelse;
import static dk.careledger.domain.sag.SagFixtures.vurderTilstand;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.sag.command.SagCommand;
import dk.careledger.domain.sag.event.SagEvent;
import dk.careledger.domain.testfixtures.TestKontekst;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One sag from start to end, the story of UC1–UC3 plus a revisitation: each step decides on the state left by
 * the previous steps, and the ledger that results is exactly the fixtures' events in order.
 */
class SagLivsforloebTest {

    private SagState state = SagState.initial();
    private final List<SagEvent> ledger = new ArrayList<>();

    @Test
    void aSagGoesFromOpeningThroughAfgoerelseRevisitationAndNewAfgoerelseToClosure() {
        udfoer(opretSag(), sagOprettet());
        assertThat(state.fremdrift()).isEqualTo(Fremdrift.OPSTAAET);

        udfoer(registrerSamtykke(), samtykkeRegistreret());
        udfoer(vurderTilstand(), tilstandVurderet());

        udfoer(anmodOmOplysninger(), oplysningerAnmodet(), sagSatIBero());
        assertThat(state.iBero()).isTrue();

        udfoer(genoptagSag(), sagGenoptaget());
        assertThat(state.iBero()).isFalse();

        udfoer(markerSagOplyst(), sagOplyst());
        assertThat(state.fremdrift()).isEqualTo(Fremdrift.OPLYST);

        udfoer(sendPartshoering(), partshoeringSendt());
        udfoer(besvarPartshoering(), partshoeringBesvaret());

        udfoer(traefAfgoerelse(Afgoerelsestype.DELVIS_BEVILLING), afgoerelseTruffet(Afgoerelsestype.DELVIS_BEVILLING));
        assertThat(state.fremdrift()).isEqualTo(Fremdrift.AFGJORT);

        udfoer(startRevisitation(), revisitationStartet());
        assertThat(state.fremdrift()).isEqualTo(Fremdrift.AFGJORT);
        assertThat(state.underRevisitation()).isTrue();

        udfoer(markerSagGenoplyst(), sagGenoplyst());
        assertThat(state.fremdrift()).isEqualTo(Fremdrift.OPLYST);

        udfoer(traefNyAfgoerelse(), nyAfgoerelseTruffet());
        assertThat(state.fremdrift()).isEqualTo(Fremdrift.AFGJORT);
        assertThat(state.underRevisitation()).isFalse();

        udfoer(afslutSag(), sagAfsluttet());
        assertThat(state.fremdrift()).isEqualTo(Fremdrift.AFSLUTTET);

        assertThat(SagDecider.replay(ledger)).isEqualTo(state);
        assertThat(ledger).hasSize(14);
    }

    private void udfoer(SagCommand command, SagEvent... expected) {
        List<SagEvent> events = SagDecider.decide(state, command, TestKontekst.kontekst());
        assertThat(events).as(command.getClass().getSimpleName()).containsExactly(expected);
        for (SagEvent event : events) {
            state = SagDecider.evolve(state, event);
        }
        ledger.addAll(events);
    }
}
