package dk.careledger.domain.bevilling;

import static dk.careledger.domain.bevilling.BevillingFixtures.FOERSTE_BESOEG;
import static dk.careledger.domain.bevilling.BevillingFixtures.LEVERING;
import static dk.careledger.domain.bevilling.BevillingFixtures.PERSONLIG_PLEJE;
import static dk.careledger.domain.bevilling.BevillingFixtures.UPLANLAGT;
import static dk.careledger.domain.bevilling.BevillingFixtures.leveringUdfoert;
import static dk.careledger.domain.bevilling.BevillingFixtures.personligPlejeGivet;
import static dk.careledger.domain.bevilling.BevillingFixtures.registrerLevering;
import static dk.careledger.domain.bevilling.BevillingFixtures.udfoerer;
import static dk.careledger.domain.felles.Afvisningsart.KONFLIKT;
import static dk.careledger.domain.felles.Afvisningsart.UGYLDIG;
import static dk.careledger.domain.testfixtures.TestKontekst.UDFOERER;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.bevilling.command.BevillingCommand;
import dk.careledger.domain.bevilling.command.RegistrerIkkeLeveret;
import dk.careledger.domain.bevilling.command.RegistrerUplanlagtLevering;
import dk.careledger.domain.bevilling.event.BevillingEvent;
import dk.careledger.domain.bevilling.event.LeveringUdfoert;
import dk.careledger.domain.testfixtures.Scenarie;
import dk.careledger.domain.testfixtures.TestKontekst;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: one visit is one levering. A double click that sends the same visit under a new leveringId is refused,
 * not counted twice; and a visit is not registered as delivered before it happened (ADR 0020).
 */
class DobbeltLeveringTest {

    private static final UUID ANDET_KLIK = UUID.fromString("5e1a0000-0000-4000-8000-0000000000ff");

    private final Scenarie<BevillingState, BevillingCommand, BevillingEvent> scenarie = BevillingFixtures.scenarie();

    @Test
    void refusesTheSameVisitRegisteredAgainUnderAnotherLeveringId() {
        scenarie.given(personligPlejeGivet(), leveringUdfoert())
                .when(registrerLevering(ANDET_KLIK, FOERSTE_BESOEG), udfoerer())
                .thenRefused(KONFLIKT, "LEVERING_DOBBELT", "leveret");
    }

    @Test
    void refusesAVisitNotDeliveredAtTheMomentAVisitWasDelivered() {
        scenarie.given(personligPlejeGivet(), leveringUdfoert())
                .when(new RegistrerIkkeLeveret(PERSONLIG_PLEJE, ANDET_KLIK, FOERSTE_BESOEG, IkkeLeveretAarsag.BORGER_IKKE_HJEMME,
                        false, null), udfoerer())
                .thenRefused(KONFLIKT, "LEVERING_DOBBELT", "planlagt");
    }

    @Test
    void refusesAnUnplannedVisitAtTheMomentAVisitWasDelivered() {
        scenarie.given(personligPlejeGivet(), leveringUdfoert())
                .when(new RegistrerUplanlagtLevering(PERSONLIG_PLEJE, UPLANLAGT, FOERSTE_BESOEG, UDFOERER.brugerId(), 20, "Nødkald"),
                        udfoerer())
                .thenRefused(KONFLIKT, "LEVERING_DOBBELT", "leveret");
    }

    @Test
    void acceptsTheNextVisitOneSecondLater() {
        Instant senere = FOERSTE_BESOEG.plusSeconds(1);
        scenarie.given(personligPlejeGivet(), leveringUdfoert())
                .when(registrerLevering(ANDET_KLIK, senere), udfoerer())
                .then(BevillingFixtures.leveringUdfoert(ANDET_KLIK, senere));
    }

    @Test
    void stillAnswersTheSameLeveringIdAsAlreadyRegistered() {
        scenarie.given(personligPlejeGivet(), leveringUdfoert())
                .when(registrerLevering(LEVERING, FOERSTE_BESOEG.plusSeconds(60)), udfoerer())
                .thenRefused(KONFLIKT, "LEVERING_FINDES", "leveringId");
    }

    @Test
    void refusesAVisitDeliveredHalfAYearAhead() {
        Instant omEtHalvtAar = TestKontekst.NU.plus(Duration.ofDays(182));
        scenarie.given(personligPlejeGivet())
                .when(registrerLevering(LEVERING, omEtHalvtAar), udfoerer())
                .thenRefused(UGYLDIG, "DATO_I_FREMTIDEN", "leveret");
    }

    @Test
    void acceptsAVisitAFewMinutesAheadOfTheRecordTimeWithinTheTolerance() {
        Instant nu = FOERSTE_BESOEG;
        Instant lidtForud = nu.plus(Duration.ofMinutes(4));
        List<? extends BevillingEvent> events = scenarie.given(personligPlejeGivet())
                .when(registrerLevering(LEVERING, lidtForud), TestKontekst.kontekst(UDFOERER, nu))
                .events();
        assertThat(events).singleElement().isInstanceOf(LeveringUdfoert.class);
    }

    @Test
    void refusesAVisitJustBeyondTheTolerance() {
        Instant nu = FOERSTE_BESOEG;
        scenarie.given(personligPlejeGivet())
                .when(registrerLevering(LEVERING, nu.plus(Duration.ofMinutes(5)).plusSeconds(1)), TestKontekst.kontekst(UDFOERER, nu))
                .thenRefused(UGYLDIG, "DATO_I_FREMTIDEN", "leveret");
    }
}
