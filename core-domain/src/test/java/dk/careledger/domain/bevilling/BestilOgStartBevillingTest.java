package dk.careledger.domain.bevilling;

import static dk.careledger.domain.bevilling.BevillingFixtures.BESTILT_DATO;
import static dk.careledger.domain.bevilling.BevillingFixtures.LEVERANDOER;
import static dk.careledger.domain.bevilling.BevillingFixtures.PERSONLIG_PLEJE;
import static dk.careledger.domain.bevilling.BevillingFixtures.STARTDATO;
import static dk.careledger.domain.bevilling.BevillingFixtures.bestil;
import static dk.careledger.domain.bevilling.BevillingFixtures.bestilIAarhus;
import static dk.careledger.domain.bevilling.BevillingFixtures.bestilt;
import static dk.careledger.domain.bevilling.BevillingFixtures.bestiltIAarhus;
import static dk.careledger.domain.bevilling.BevillingFixtures.fastsaetStartdato;
import static dk.careledger.domain.bevilling.BevillingFixtures.ophoert;
import static dk.careledger.domain.bevilling.BevillingFixtures.personligPlejeGivet;
import static dk.careledger.domain.bevilling.BevillingFixtures.personligPlejeGivetPaaVenteliste;
import static dk.careledger.domain.bevilling.BevillingFixtures.startdatoFastsat;
import static dk.careledger.domain.felles.Afvisningsart.IKKE_FUNDET;
import static dk.careledger.domain.felles.Afvisningsart.REGEL;
import static dk.careledger.domain.felles.Afvisningsart.UGYLDIG;
import static dk.careledger.domain.testfixtures.TestKontekst.AARHUS;
import static dk.careledger.domain.testfixtures.TestKontekst.registrering;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.bevilling.command.BestilBevilling;
import dk.careledger.domain.bevilling.command.BevillingCommand;
import dk.careledger.domain.bevilling.command.FastsaetStartdato;
import dk.careledger.domain.bevilling.event.BevillingBestilt;
import dk.careledger.domain.bevilling.event.BevillingEvent;
import dk.careledger.domain.bevilling.event.BevillingGivet;
import dk.careledger.domain.katalog.Ydelsestype;
import dk.careledger.domain.testfixtures.Scenarie;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** UC3 bestilling (step 5, 5.a1) and the venteliste (4.a1). */
class BestilOgStartBevillingTest {

    private final Scenarie<BevillingState, BevillingCommand, BevillingEvent> scenarie = BevillingFixtures.scenarie();

    @Test
    void ordersTheBevillingFromALeverandoerWithAnEncryptedHandlingsanvisning() {
        scenarie.given(personligPlejeGivet()).when(bestil()).then(bestilt());

        BevillingState state = scenarie.given(personligPlejeGivet(), bestilt()).state();
        assertThat(state.bestilt()).isTrue();
        assertThat(state.leverandoer()).isEqualTo(LEVERANDOER);
        assertThat(state.leverandoerKommune()).isNull();
    }

    @Test
    void ordersFromALeverandoerInAnotherKommuneWhileTheMyndighedStaysHere() {
        scenarie.given(personligPlejeGivet()).when(bestilIAarhus()).then(bestiltIAarhus());

        assertThat(scenarie.given(personligPlejeGivet(), bestiltIAarhus()).state().leverandoerKommune())
                .isEqualTo(AARHUS);
    }

    @Test
    void aNewBestillingReplacesTheLeverandoer() {
        BevillingState state = scenarie.given(personligPlejeGivet(), bestiltIAarhus(), bestilt()).state();

        assertThat(state.leverandoer()).isEqualTo(LEVERANDOER);
        assertThat(state.leverandoerKommune()).isNull();
    }

    @Test
    void ordersABevillingOnTheVentelisteSoTheLeverandoerCanPlan() {
        scenarie.given(personligPlejeGivetPaaVenteliste()).when(bestil()).then(bestilt());
    }

    @Test
    void ordersWithoutHandlingsanvisning() {
        scenarie.given(personligPlejeGivet())
                .when(new BestilBevilling(PERSONLIG_PLEJE, LEVERANDOER, null, BESTILT_DATO, " "))
                .then(new BevillingBestilt(PERSONLIG_PLEJE, LEVERANDOER, null, BESTILT_DATO, null, registrering()));
    }

    @Test
    void refusesToOrderABevillingThatDoesNotExist() {
        scenarie.given().when(bestil()).thenRefused(IKKE_FUNDET, "BEVILLING_UKENDT", null);
    }

    @Test
    void refusesABestillingWithoutLeverandoer() {
        scenarie.given(personligPlejeGivet())
                .when(new BestilBevilling(PERSONLIG_PLEJE, "", null, BESTILT_DATO, null))
                .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "leverandoer");
    }

    @Test
    void refusesABestillingWithoutBestiltDato() {
        scenarie.given(personligPlejeGivet())
                .when(new BestilBevilling(PERSONLIG_PLEJE, LEVERANDOER, null, null, null))
                .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "bestiltDato");
    }

    @Test
    void refusesToOrderAnOphoertBevilling() {
        scenarie.given(personligPlejeGivet(), ophoert(LocalDate.of(2026, 5, 1))).when(bestil())
                .thenRefused(REGEL, "BEVILLING_OPHOERT", null);
    }

    @Test
    void setsTheStartdatoOfABevillingOnTheVenteliste() {
        scenarie.given(personligPlejeGivetPaaVenteliste()).when(fastsaetStartdato()).then(startdatoFastsat());

        BevillingState state = scenarie.given(personligPlejeGivetPaaVenteliste(), startdatoFastsat()).state();
        assertThat(state.paaVenteliste()).isFalse();
        assertThat(state.startdato()).isEqualTo(STARTDATO);
    }

    @Test
    void refusesASecondStartdato() {
        scenarie.given(personligPlejeGivet()).when(fastsaetStartdato())
                .thenRefused(REGEL, "STARTDATO_ALLEREDE_FASTSAT", "startdato");
    }

    @Test
    void refusesAStartdatoAfterTheSlutdato() {
        BevillingGivet tidsbegraenset = new BevillingGivet(PERSONLIG_PLEJE, BevillingFixtures.BORGER,
                BevillingFixtures.SAG, BevillingFixtures.AFGOERELSE, "SEL-83-PP", "27.36.04", "SEL § 83, stk. 1, nr. 1",
                Ydelsestype.TID, null, LocalDate.of(2026, 3, 31), BevillingFixtures.OMFANG, BevillingFixtures.RAMME,
                null, null, BevillingFixtures.BEVILGET_DATO, registrering());

        scenarie.given(tidsbegraenset).when(new FastsaetStartdato(PERSONLIG_PLEJE, LocalDate.of(2026, 4, 1)))
                .thenRefused(UGYLDIG, "PERIODE_UGYLDIG", "startdato");
    }

    @Test
    void refusesAStartdatoWithoutDate() {
        scenarie.given(personligPlejeGivetPaaVenteliste()).when(new FastsaetStartdato(PERSONLIG_PLEJE, null))
                .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "startdato");
    }

    @Test
    void refusesAStartdatoOnAnOphoertBevilling() {
        scenarie.given(personligPlejeGivetPaaVenteliste(), ophoert(LocalDate.of(2026, 3, 20)))
                .when(fastsaetStartdato())
                .thenRefused(REGEL, "BEVILLING_OPHOERT", null);
    }
}
