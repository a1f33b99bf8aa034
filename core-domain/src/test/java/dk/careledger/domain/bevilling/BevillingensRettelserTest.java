package dk.careledger.domain.bevilling;

import static dk.careledger.domain.bevilling.BevillingFixtures.AFGOERELSE;
import static dk.careledger.domain.bevilling.BevillingFixtures.BEVILGET_DATO;
import static dk.careledger.domain.bevilling.BevillingFixtures.BORGER;
import static dk.careledger.domain.bevilling.BevillingFixtures.FOERSTE_BESOEG;
import static dk.careledger.domain.bevilling.BevillingFixtures.IKKE_LEVERET;
import static dk.careledger.domain.bevilling.BevillingFixtures.LEVERING;
import static dk.careledger.domain.bevilling.BevillingFixtures.PERSONLIG_PLEJE;
import static dk.careledger.domain.bevilling.BevillingFixtures.SAG;
import static dk.careledger.domain.bevilling.BevillingFixtures.STARTDATO;
import static dk.careledger.domain.bevilling.BevillingFixtures.SYGEPLEJE;
import static dk.careledger.domain.bevilling.BevillingFixtures.UPLANLAGT;
import static dk.careledger.domain.bevilling.BevillingFixtures.leveringIkkeUdfoert;
import static dk.careledger.domain.bevilling.BevillingFixtures.leveringUdfoert;
import static dk.careledger.domain.bevilling.BevillingFixtures.ophoert;
import static dk.careledger.domain.bevilling.BevillingFixtures.personligPlejeGivet;
import static dk.careledger.domain.bevilling.BevillingFixtures.personligPlejeGivetPaaVenteliste;
import static dk.careledger.domain.bevilling.BevillingFixtures.registrerLevering;
import static dk.careledger.domain.bevilling.BevillingFixtures.sygeplejeGivet;
import static dk.careledger.domain.bevilling.BevillingFixtures.tekst;
import static dk.careledger.domain.bevilling.BevillingFixtures.udfoerer;
import static dk.careledger.domain.bevilling.BevillingFixtures.uplanlagtLeveringRegistreret;
import static dk.careledger.domain.felles.Afvisningsart.IKKE_FUNDET;
import static dk.careledger.domain.felles.Afvisningsart.KONFLIKT;
import static dk.careledger.domain.felles.Afvisningsart.REGEL;
import static dk.careledger.domain.felles.Afvisningsart.UGYLDIG;
import static dk.careledger.domain.testfixtures.TestKontekst.registrering;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.bevilling.command.AnnullerLevering;
import dk.careledger.domain.bevilling.command.BevillingCommand;
import dk.careledger.domain.bevilling.command.RetStartdato;
import dk.careledger.domain.bevilling.command.TilknytSagTilBevilling;
import dk.careledger.domain.bevilling.event.BevillingEvent;
import dk.careledger.domain.bevilling.event.BevillingSagTilknyttet;
import dk.careledger.domain.bevilling.event.BevillingStartdatoRettet;
import dk.careledger.domain.bevilling.event.LeveringAnnulleret;
import dk.careledger.domain.bevilling.event.TilbagevirkningBegrundet;
import dk.careledger.domain.felles.AfgoerelseId;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Faktatabel;
import dk.careledger.domain.felles.Sagsfakta;
import dk.careledger.domain.felles.Sagsfakta.Afgoerelsesfakta;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.testfixtures.Scenarie;
import dk.careledger.domain.testfixtures.TestKontekst;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 15 item 4: a wrong levering, a wrong startdato and a missing sag are put right by new facts (ADR 0022). */
class BevillingensRettelserTest {

    private static final String FORKERT = "Registreret på den forkerte borger";
    private static final UUID ANDEN_LEVERING = UUID.fromString("5e1a0000-0000-4000-8000-0000000000aa");

    private final Scenarie<BevillingState, BevillingCommand, BevillingEvent> scenarie = BevillingFixtures.scenarie();

    private static AnnullerLevering annuller(UUID leveringId) {
        return new AnnullerLevering(PERSONLIG_PLEJE, leveringId, FORKERT);
    }

    @Test
    void aDeliveredLeveringIsAnnulledWithWhatItTakesBackAndWhy() {
        scenarie.given(personligPlejeGivet(), leveringUdfoert())
                .when(annuller(LEVERING), udfoerer())
                .then(new LeveringAnnulleret(PERSONLIG_PLEJE, LEVERING, Leveringsart.UDFOERT, FOERSTE_BESOEG, 17, null, false, tekst(FORKERT),
                        registrering(TestKontekst.UDFOERER)));
    }

    @Test
    void aVisitNotDeliveredIsAnnulledWithoutADuration() {
        scenarie.given(personligPlejeGivet(), leveringIkkeUdfoert())
                .when(new AnnullerLevering(PERSONLIG_PLEJE, IKKE_LEVERET, FORKERT), udfoerer())
                .then(new LeveringAnnulleret(PERSONLIG_PLEJE, IKKE_LEVERET, Leveringsart.IKKE_UDFOERT,
                        FOERSTE_BESOEG.plusSeconds(86_400), null, IkkeLeveretAarsag.BORGER_IKKE_HJEMME, true, tekst(FORKERT), registrering(TestKontekst.UDFOERER)));
    }

    @Test
    void anUnplannedVisitIsAnnulledAsUnplanned() {
        assertThat(scenarie.given(personligPlejeGivet(), uplanlagtLeveringRegistreret())
                .when(new AnnullerLevering(PERSONLIG_PLEJE, UPLANLAGT, FORKERT), udfoerer()).events())
                .singleElement().isInstanceOfSatisfying(LeveringAnnulleret.class, a -> {
                    assertThat(a.art()).isEqualTo(Leveringsart.UPLANLAGT);
                    assertThat(a.varighedMinutter()).isEqualTo(35);
                });
    }

    @Test
    void annullingTheSameLeveringTwiceIsAConflict() {
        scenarie.given(personligPlejeGivet(), leveringUdfoert(), annulleret())
                .when(annuller(LEVERING), udfoerer())
                .thenRefused(KONFLIKT, "LEVERING_ANNULLERET", "leveringId");
    }

    @Test
    void anUnknownLeveringCannotBeAnnulled() {
        scenarie.given(personligPlejeGivet())
                .when(annuller(LEVERING), udfoerer())
                .thenRefused(IKKE_FUNDET, "LEVERING_UKENDT", "leveringId");
    }

    @Test
    void anAnnulmentNeedsABegrundelse() {
        scenarie.given(personligPlejeGivet(), leveringUdfoert())
                .when(new AnnullerLevering(PERSONLIG_PLEJE, LEVERING, " "), udfoerer())
                .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "begrundelse");
    }

    @Test
    void aLeverandoerAnnulsOnlyWhatALeverandoerRegistered() {
        var afMyndigheden = new dk.careledger.domain.bevilling.event.LeveringUdfoert(PERSONLIG_PLEJE, LEVERING, FOERSTE_BESOEG,
                "sb-0001", 17, registrering());
        scenarie.given(personligPlejeGivet(), afMyndigheden)
                .when(annuller(LEVERING), udfoerer())
                .thenRefused(REGEL, "LEVERING_IKKE_EGEN", "leveringId");
        assertThat(scenarie.given(personligPlejeGivet(), afMyndigheden).when(annuller(LEVERING)).events()).hasSize(1);
    }

    @Test
    void anAnnulledLeveringFreesItsMomentForTheVisitRegisteredRightly() {
        scenarie.given(personligPlejeGivet(), leveringUdfoert(), annulleret())
                .when(registrerLevering(ANDEN_LEVERING, FOERSTE_BESOEG), udfoerer())
                .then(leveringUdfoert(ANDEN_LEVERING, FOERSTE_BESOEG));
    }

    @Test
    void anAnnulledLeveringsIdIsNotUsedAgain() {
        scenarie.given(personligPlejeGivet(), leveringUdfoert(), annulleret())
                .when(registrerLevering(LEVERING, FOERSTE_BESOEG.plusSeconds(60)), udfoerer())
                .thenRefused(KONFLIKT, "LEVERING_FINDES", "leveringId");
    }

    @Test
    void aLeveringIsAnnulledAlsoAfterTheBevillingStopped() {
        assertThat(scenarie.given(personligPlejeGivet(), leveringUdfoert(), ophoert(LocalDate.of(2026, 4, 1)))
                .when(annuller(LEVERING), udfoerer()).events()).hasSize(1);
    }

    private static LeveringAnnulleret annulleret() {
        return new LeveringAnnulleret(PERSONLIG_PLEJE, LEVERING, Leveringsart.UDFOERT, FOERSTE_BESOEG, 17, null, false, tekst(FORKERT),
                registrering(TestKontekst.UDFOERER));
    }

    // ---- startdato ----

    private static final String SKREVET_FORKERT = "Tastefejl i startdatoen";

    @Test
    void aStartdatoIsCorrectedKeepingTheOldOne() {
        LocalDate rigtig = STARTDATO.plusDays(7);
        scenarie.given(personligPlejeGivet())
                .when(new RetStartdato(PERSONLIG_PLEJE, rigtig, SKREVET_FORKERT, null))
                .then(new BevillingStartdatoRettet(PERSONLIG_PLEJE, STARTDATO, rigtig, tekst(SKREVET_FORKERT), registrering()));
    }

    @Test
    void theStateFollowsTheCorrectedStartdato() {
        LocalDate rigtig = STARTDATO.plusDays(7);
        BevillingState efter = BevillingDecider.evolve(scenarie.given(personligPlejeGivet()).state(),
                new BevillingStartdatoRettet(PERSONLIG_PLEJE, STARTDATO, rigtig, tekst(SKREVET_FORKERT), registrering()));
        assertThat(efter.startdato()).isEqualTo(rigtig);
    }

    @Test
    void correctingToTheStartdatoOnRecordRecordsNothing() {
        assertThat(scenarie.given(personligPlejeGivet())
                .when(new RetStartdato(PERSONLIG_PLEJE, STARTDATO, SKREVET_FORKERT, null)).events()).isEmpty();
    }

    @Test
    void aStartdatoBeforeTheGrantNeedsATilbagevirkningBegrundelse() {
        LocalDate foer = BEVILGET_DATO.minusDays(3);
        scenarie.given(personligPlejeGivet())
                .when(new RetStartdato(PERSONLIG_PLEJE, foer, SKREVET_FORKERT, null))
                .thenRefused(UGYLDIG, "STARTDATO_FOER_BEVILLING", "startdato");
        scenarie.given(personligPlejeGivet())
                .when(new RetStartdato(PERSONLIG_PLEJE, foer, SKREVET_FORKERT, "Akut hjælp før afgørelsen"))
                .then(new BevillingStartdatoRettet(PERSONLIG_PLEJE, STARTDATO, foer, tekst(SKREVET_FORKERT), registrering()),
                        new TilbagevirkningBegrundet(PERSONLIG_PLEJE, foer, BEVILGET_DATO, tekst("Akut hjælp før afgørelsen"),
                                registrering()));
    }

    @Test
    void aStartdatoIsNotMovedPastALeveringThatStillCounts() {
        scenarie.given(personligPlejeGivet(), leveringUdfoert())
                .when(new RetStartdato(PERSONLIG_PLEJE, STARTDATO.plusDays(7), SKREVET_FORKERT, null))
                .thenRefused(REGEL, "LEVERING_FOER_STARTDATO", "startdato");
        assertThat(scenarie.given(personligPlejeGivet(), leveringUdfoert(), annulleret())
                .when(new RetStartdato(PERSONLIG_PLEJE, STARTDATO.plusDays(7), SKREVET_FORKERT, null)).events()).hasSize(1);
    }

    @Test
    void aBevillingOnTheVentelisteHasNoStartdatoToCorrect() {
        scenarie.given(personligPlejeGivetPaaVenteliste())
                .when(new RetStartdato(PERSONLIG_PLEJE, STARTDATO, SKREVET_FORKERT, null))
                .thenRefused(REGEL, "BEVILLING_IKKE_STARTET", "startdato");
    }

    @Test
    void aStartdatoIsNotCorrectedToOnOrAfterTheOphoer() {
        scenarie.given(personligPlejeGivet(), ophoert(STARTDATO.plusDays(5)))
                .when(new RetStartdato(PERSONLIG_PLEJE, STARTDATO.plusDays(5), SKREVET_FORKERT, null))
                .thenRefused(UGYLDIG, "PERIODE_UGYLDIG", "startdato");
    }

    @Test
    void aStartdatoCorrectionNeedsABegrundelse() {
        scenarie.given(personligPlejeGivet())
                .when(new RetStartdato(PERSONLIG_PLEJE, STARTDATO.plusDays(1), null, null))
                .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "begrundelse");
    }

    // ---- a sag joined later ----

    private static final SagId SENERE_SAG = SagId.of("0b6a4e2c-5f1d-4c3b-9a8e-7d6c5b4a39ff");
    private static final AfgoerelseId SENERE_AFGOERELSE = AfgoerelseId.of("c3d2e1f0-a9b8-4c7d-8e6f-5a4b3c2d1eff");

    private static dk.careledger.domain.felles.Kontekst verden(boolean omgjort, BorgerId borger) {
        return TestKontekst.kontekst(new Faktatabel().medSag(SENERE_SAG, new Sagsfakta(borger, BEVILGET_DATO.plusDays(10),
                Map.of(SENERE_AFGOERELSE, new Afgoerelsesfakta(true, BEVILGET_DATO.plusDays(12), omgjort)))));
    }

    @Test
    void aBevillingWithoutASagIsJoinedToTheCitizensSagLater() {
        scenarie.given(sygeplejeGivet())
                .when(new TilknytSagTilBevilling(SYGEPLEJE, SENERE_SAG, SENERE_AFGOERELSE, "Sagen blev oprettet bagefter"),
                        verden(false, BORGER))
                .then(new BevillingSagTilknyttet(SYGEPLEJE, SENERE_SAG, SENERE_AFGOERELSE, tekst("Sagen blev oprettet bagefter"),
                        registrering()));
    }

    @Test
    void theStateKnowsTheSagJoined() {
        BevillingState efter = BevillingDecider.evolve(scenarie.given(sygeplejeGivet()).state(),
                new BevillingSagTilknyttet(SYGEPLEJE, SENERE_SAG, null, null, registrering()));
        assertThat(efter.sagId()).isEqualTo(SENERE_SAG);
    }

    @Test
    void joiningTheSameSagAgainRecordsNothingAndAnotherSagIsAConflict() {
        assertThat(scenarie.given(personligPlejeGivet())
                .when(new TilknytSagTilBevilling(PERSONLIG_PLEJE, SAG, AFGOERELSE, null)).events()).isEmpty();
        scenarie.given(personligPlejeGivet())
                .when(new TilknytSagTilBevilling(PERSONLIG_PLEJE, SENERE_SAG, null, null), verden(false, BORGER))
                .thenRefused(KONFLIKT, "BEVILLING_HAR_SAG", "sagId");
    }

    @Test
    void aSagOfAnotherCitizenOrUnknownIsRefused() {
        scenarie.given(sygeplejeGivet())
                .when(new TilknytSagTilBevilling(SYGEPLEJE, SENERE_SAG, null, null),
                        verden(false, BorgerId.of("7f1c2a90-3d4b-4e5f-8a6b-1c2d3e4f5aff")))
                .thenRefused(REGEL, "ANDEN_BORGER", "borgerId");
        scenarie.given(sygeplejeGivet())
                .when(new TilknytSagTilBevilling(SYGEPLEJE, SagId.of("0b6a4e2c-5f1d-4c3b-9a8e-7d6c5b4a3000"), null, null))
                .thenRefused(IKKE_FUNDET, "SAG_UKENDT", "sagId");
    }

    @Test
    void anOmgjortAfgoerelseCarriesNoBevilling() {
        scenarie.given(sygeplejeGivet())
                .when(new TilknytSagTilBevilling(SYGEPLEJE, SENERE_SAG, SENERE_AFGOERELSE, null), verden(true, BORGER))
                .thenRefused(REGEL, "AFGOERELSE_OMGJORT", "afgoerelseId");
    }
}
