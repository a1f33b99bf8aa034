package dk.careledger.domain.bevilling;

import dk.careledger.domain.felles.Tidszone;
import static dk.careledger.domain.bevilling.BevillingFixtures.FOERSTE_BESOEG;
import static dk.careledger.domain.bevilling.BevillingFixtures.IKKE_LEVERET;
import static dk.careledger.domain.bevilling.BevillingFixtures.LEVERING;
import static dk.careledger.domain.bevilling.BevillingFixtures.PERSONLIG_PLEJE;
import static dk.careledger.domain.bevilling.BevillingFixtures.SYGEPLEJE;
import static dk.careledger.domain.bevilling.BevillingFixtures.SYGEPLEJE_SLUTDATO;
import static dk.careledger.domain.bevilling.BevillingFixtures.UPLANLAGT;
import static dk.careledger.domain.bevilling.BevillingFixtures.leveringIkkeUdfoert;
import static dk.careledger.domain.bevilling.BevillingFixtures.leveringUdfoert;
import static dk.careledger.domain.bevilling.BevillingFixtures.ophoert;
import static dk.careledger.domain.bevilling.BevillingFixtures.personligPlejeGivet;
import static dk.careledger.domain.bevilling.BevillingFixtures.personligPlejeGivetPaaVenteliste;
import static dk.careledger.domain.bevilling.BevillingFixtures.registrerIkkeLeveret;
import static dk.careledger.domain.bevilling.BevillingFixtures.registrerLevering;
import static dk.careledger.domain.bevilling.BevillingFixtures.registrerUplanlagtLevering;
import static dk.careledger.domain.bevilling.BevillingFixtures.startdatoFastsat;
import static dk.careledger.domain.bevilling.BevillingFixtures.sygeplejeGivet;
import static dk.careledger.domain.bevilling.BevillingFixtures.tekst;
import static dk.careledger.domain.bevilling.BevillingFixtures.udfoerer;
import static dk.careledger.domain.bevilling.BevillingFixtures.uplanlagtLeveringRegistreret;
import static dk.careledger.domain.felles.Afvisningsart.KONFLIKT;
import static dk.careledger.domain.felles.Afvisningsart.REGEL;
import static dk.careledger.domain.felles.Afvisningsart.UGYLDIG;
import static dk.careledger.domain.testfixtures.TestKontekst.UDFOERER;
import static dk.careledger.domain.testfixtures.TestKontekst.registrering;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.bevilling.command.BevillingCommand;
import dk.careledger.domain.bevilling.command.RegistrerIkkeLeveret;
import dk.careledger.domain.bevilling.command.RegistrerLevering;
import dk.careledger.domain.bevilling.command.RegistrerUplanlagtLevering;
import dk.careledger.domain.bevilling.event.BevillingEvent;
import dk.careledger.domain.bevilling.event.LeveringIkkeUdfoert;
import dk.careledger.domain.bevilling.event.LeveringUdfoert;
import dk.careledger.domain.testfixtures.Scenarie;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** UC6 levering (incl. 4.a1 ikke leveret) and UC8 ikke-planlagt levering. */
class RegistrerLeveringTest {

    private static final UUID ANDEN_LEVERING = UUID.fromString("5e1a0000-0000-4000-8000-0000000000ff");

    private final Scenarie<BevillingState, BevillingCommand, BevillingEvent> scenarie = BevillingFixtures.scenarie();

    @Test
    void registersADeliveredVisit() {
        scenarie.given(personligPlejeGivet()).when(registrerLevering(), udfoerer()).then(leveringUdfoert());

        assertThat(scenarie.given(personligPlejeGivet(), leveringUdfoert()).state().leveringIds())
                .containsExactly(LEVERING);
    }

    @Test
    void registersAVisitThatWasNotDeliveredAndWhetherErstatningWasOffered() {
        scenarie.given(personligPlejeGivet()).when(registrerIkkeLeveret(), udfoerer()).then(leveringIkkeUdfoert());
    }

    @Test
    void registersAVisitNotDeliveredBecauseOfAnotherReasonWithItsBemaerkning() {
        RegistrerIkkeLeveret andet = new RegistrerIkkeLeveret(PERSONLIG_PLEJE, IKKE_LEVERET, FOERSTE_BESOEG,
                IkkeLeveretAarsag.ANDET, false, "Vejen spærret af sne");

        scenarie.given(personligPlejeGivet()).when(andet, udfoerer()).then(new LeveringIkkeUdfoert(PERSONLIG_PLEJE,
                IKKE_LEVERET, FOERSTE_BESOEG, IkkeLeveretAarsag.ANDET, false, tekst("Vejen spærret af sne"),
                registrering(UDFOERER)));
    }

    @Test
    void registersAnUnplannedAcuteVisitAfterwards() {
        scenarie.given(personligPlejeGivet()).when(registrerUplanlagtLevering(), udfoerer())
                .then(uplanlagtLeveringRegistreret());
    }

    @Test
    void registersAVisitWithoutABestillingForASelvvisiterendeGrant() {
        Instant besoeg = Instant.parse("2026-03-04T10:00:00Z");
        scenarie.given(sygeplejeGivet())
                .when(new RegistrerLevering(SYGEPLEJE, LEVERING, besoeg, "sp-0007", 20), BevillingFixtures.sygeplejerske())
                .then(new LeveringUdfoert(SYGEPLEJE, LEVERING, besoeg, "sp-0007", 20,
                        registrering(BevillingFixtures.SYGEPLEJERSKE)));
    }

    @Test
    void refusesALeveringBeforeTheStartdato() {
        scenarie.given(personligPlejeGivet())
                .when(registrerLevering(LEVERING, Instant.parse("2026-03-08T10:00:00Z")), udfoerer())
                .thenRefused(REGEL, "BEVILLING_IKKE_STARTET", "leveret");
    }

    @Test
    void refusesALeveringWhileTheCitizenIsOnTheVenteliste() {
        scenarie.given(personligPlejeGivetPaaVenteliste()).when(registrerLevering(), udfoerer())
                .thenRefused(REGEL, "BEVILLING_IKKE_STARTET", null);
    }

    @Test
    void acceptsALeveringOnceTheStartdatoIsSet() {
        scenarie.given(personligPlejeGivetPaaVenteliste(), startdatoFastsat()).when(registrerLevering(), udfoerer())
                .then(leveringUdfoert());
    }

    @Test
    void judgesTheDateOfALeveringInDanishTime() {
        Instant kvartOverMidnatDanskTid = Instant.parse("2026-03-08T23:15:00Z");
        Instant fireMinutterFoerMidnatDanskTid = Instant.parse("2026-03-08T22:56:00Z");

        scenarie.given(personligPlejeGivet()).when(registrerLevering(LEVERING, kvartOverMidnatDanskTid), udfoerer())
                .then(leveringUdfoert(LEVERING, kvartOverMidnatDanskTid));
        scenarie.given(personligPlejeGivet())
                .when(registrerLevering(LEVERING, fireMinutterFoerMidnatDanskTid), udfoerer())
                .thenRefused(REGEL, "BEVILLING_IKKE_STARTET", "leveret");
    }

    @Test
    void refusesALeveringAfterTheOphoer() {
        scenarie.given(personligPlejeGivet(), ophoert(LocalDate.of(2026, 5, 1)))
                .when(registrerLevering(LEVERING, Instant.parse("2026-05-02T07:00:00Z")), udfoerer())
                .thenRefused(REGEL, "BEVILLING_OPHOERT", "leveret");
    }

    @Test
    void refusesALeveringOnTheOphoersdato() {
        scenarie.given(personligPlejeGivet(), ophoert(LocalDate.of(2026, 5, 1)))
                .when(registrerLevering(LEVERING, Instant.parse("2026-05-01T06:00:00Z")), udfoerer())
                .thenRefused(REGEL, "BEVILLING_OPHOERT", "leveret");
    }

    @Test
    void acceptsALeveringBeforeAFutureOphoersdato() {
        Instant dagenFoer = Instant.parse("2026-04-30T18:00:00Z");
        scenarie.given(personligPlejeGivet(), ophoert(LocalDate.of(2026, 5, 1)))
                .when(registrerLevering(LEVERING, dagenFoer), udfoerer())
                .then(leveringUdfoert(LEVERING, dagenFoer));
    }

    @Test
    void refusesALeveringAfterTheSlutdato() {
        scenarie.given(sygeplejeGivet())
                .when(new RegistrerLevering(SYGEPLEJE, LEVERING, Instant.parse("2026-05-01T08:00:00Z"), "sp-0007", 20))
                .thenRefused(REGEL, "BEVILLING_OPHOERT", "leveret");
    }

    @Test
    void acceptsALeveringOnTheSlutdato() {
        Instant sidsteDag = SYGEPLEJE_SLUTDATO.atTime(20, 0).atZone(Tidszone.DANMARK).toInstant();
        assertThat(scenarie.given(sygeplejeGivet())
                .when(new RegistrerLevering(SYGEPLEJE, LEVERING, sidsteDag, "sp-0007", 20)).events()).hasSize(1);
    }

    @Test
    void refusesTheSameLeveringIdTwice() {
        scenarie.given(personligPlejeGivet(), leveringUdfoert()).when(registrerLevering(), udfoerer())
                .thenRefused(KONFLIKT, "LEVERING_FINDES", "leveringId");
    }

    @Test
    void refusesALeveringIdAlreadyUsedForAnotherKindOfLevering() {
        scenarie.given(personligPlejeGivet(), leveringIkkeUdfoert())
                .when(registrerLevering(IKKE_LEVERET, FOERSTE_BESOEG), udfoerer())
                .thenRefused(KONFLIKT, "LEVERING_FINDES", "leveringId");
        scenarie.given(personligPlejeGivet(), uplanlagtLeveringRegistreret()).when(new RegistrerIkkeLeveret(
                PERSONLIG_PLEJE, UPLANLAGT, FOERSTE_BESOEG, IkkeLeveretAarsag.BORGER_AFLYST, false, null), udfoerer())
                .thenRefused(KONFLIKT, "LEVERING_FINDES", "leveringId");
    }

    @Test
    void refusesADeliveredVisitOfNoDuration() {
        scenarie.given(personligPlejeGivet())
                .when(new RegistrerLevering(PERSONLIG_PLEJE, LEVERING, FOERSTE_BESOEG, UDFOERER.brugerId(), 0),
                        udfoerer())
                .thenRefused(UGYLDIG, "VARIGHED_UGYLDIG", "varighedMinutter");
    }

    @Test
    void refusesADeliveredVisitWithoutWhoDeliveredIt() {
        scenarie.given(personligPlejeGivet())
                .when(new RegistrerLevering(PERSONLIG_PLEJE, LEVERING, FOERSTE_BESOEG, " ", 15), udfoerer())
                .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "udfoertAf");
    }

    @Test
    void refusesALeveringWithoutLeveringId() {
        scenarie.given(personligPlejeGivet()).when(registrerLevering(null, FOERSTE_BESOEG), udfoerer())
                .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "leveringId");
    }

    @Test
    void refusesALeveringWithoutTime() {
        scenarie.given(personligPlejeGivet()).when(registrerLevering(LEVERING, null), udfoerer())
                .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "leveret");
    }

    @Test
    void refusesAVisitNotDeliveredForAnotherReasonWithoutBemaerkning() {
        scenarie.given(personligPlejeGivet()).when(new RegistrerIkkeLeveret(PERSONLIG_PLEJE, IKKE_LEVERET,
                FOERSTE_BESOEG, IkkeLeveretAarsag.ANDET, false, null), udfoerer())
                .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "bemaerkning");
    }

    @Test
    void refusesAVisitNotDeliveredWithoutAarsag() {
        scenarie.given(personligPlejeGivet()).when(new RegistrerIkkeLeveret(PERSONLIG_PLEJE, IKKE_LEVERET,
                FOERSTE_BESOEG, null, false, "?"), udfoerer())
                .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "aarsag");
    }

    @Test
    void refusesAVisitNotDeliveredPlannedBeforeTheStartdato() {
        scenarie.given(personligPlejeGivet()).when(new RegistrerIkkeLeveret(PERSONLIG_PLEJE, IKKE_LEVERET,
                Instant.parse("2026-03-05T07:00:00Z"), IkkeLeveretAarsag.BORGER_INDLAGT, false, null), udfoerer())
                .thenRefused(REGEL, "BEVILLING_IKKE_STARTET", "planlagt");
    }

    @Test
    void refusesAVisitNotDeliveredPlannedAfterTheOphoer() {
        scenarie.given(personligPlejeGivet(), ophoert(LocalDate.of(2026, 5, 1))).when(new RegistrerIkkeLeveret(
                PERSONLIG_PLEJE, IKKE_LEVERET, Instant.parse("2026-05-04T07:00:00Z"), IkkeLeveretAarsag.BORGER_AFLYST,
                false, null), udfoerer())
                .thenRefused(REGEL, "BEVILLING_OPHOERT", "planlagt");
    }

    @Test
    void refusesAnUnplannedVisitWithoutAnledning() {
        scenarie.given(personligPlejeGivet()).when(new RegistrerUplanlagtLevering(PERSONLIG_PLEJE, UPLANLAGT,
                FOERSTE_BESOEG, UDFOERER.brugerId(), 20, null), udfoerer())
                .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "anledning");
    }

    @Test
    void refusesAnUnplannedVisitOfNoDuration() {
        scenarie.given(personligPlejeGivet()).when(new RegistrerUplanlagtLevering(PERSONLIG_PLEJE, UPLANLAGT,
                FOERSTE_BESOEG, UDFOERER.brugerId(), -5, "Nødkald"), udfoerer())
                .thenRefused(UGYLDIG, "VARIGHED_UGYLDIG", "varighedMinutter");
    }

    @Test
    void refusesAnUnplannedVisitWhileTheCitizenIsOnTheVenteliste() {
        scenarie.given(personligPlejeGivetPaaVenteliste()).when(registrerUplanlagtLevering(), udfoerer())
                .thenRefused(REGEL, "BEVILLING_IKKE_STARTET", null);
    }

    @Test
    void refusesAnUnplannedVisitAfterTheOphoer() {
        scenarie.given(personligPlejeGivet(), ophoert(LocalDate.of(2026, 3, 10))).when(new RegistrerUplanlagtLevering(
                PERSONLIG_PLEJE, ANDEN_LEVERING, Instant.parse("2026-03-10T12:00:00Z"), UDFOERER.brugerId(), 20,
                "Nødkald"), udfoerer())
                .thenRefused(REGEL, "BEVILLING_OPHOERT", "leveret");
    }
}
