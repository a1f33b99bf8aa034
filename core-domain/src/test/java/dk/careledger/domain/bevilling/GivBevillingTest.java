package dk.careledger.domain.bevilling;

import static dk.careledger.domain.bevilling.BevillingFixtures.AFGOERELSE;
import static dk.careledger.domain.bevilling.BevillingFixtures.BEVILGET_DATO;
import static dk.careledger.domain.bevilling.BevillingFixtures.BORGER;
import static dk.careledger.domain.bevilling.BevillingFixtures.OMFANG;
import static dk.careledger.domain.bevilling.BevillingFixtures.PERSONLIG_PLEJE;
import static dk.careledger.domain.bevilling.BevillingFixtures.RAMME;
import static dk.careledger.domain.bevilling.BevillingFixtures.SAG;
import static dk.careledger.domain.bevilling.BevillingFixtures.STARTDATO;
import static dk.careledger.domain.bevilling.BevillingFixtures.SYGEPLEJERSKE;
import static dk.careledger.domain.bevilling.BevillingFixtures.givPersonligPleje;
import static dk.careledger.domain.bevilling.BevillingFixtures.givPersonligPlejePaaVenteliste;
import static dk.careledger.domain.bevilling.BevillingFixtures.givSygepleje;
import static dk.careledger.domain.bevilling.BevillingFixtures.personligPlejeGivet;
import static dk.careledger.domain.bevilling.BevillingFixtures.personligPlejeGivetPaaVenteliste;
import static dk.careledger.domain.bevilling.BevillingFixtures.sygeplejeGivet;
import static dk.careledger.domain.bevilling.BevillingFixtures.sygeplejerske;
import static dk.careledger.domain.felles.Afvisningsart.KONFLIKT;
import static dk.careledger.domain.felles.Afvisningsart.UGYLDIG;
import static dk.careledger.domain.testfixtures.TestKontekst.registrering;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.bevilling.command.BevillingCommand;
import dk.careledger.domain.bevilling.command.GivBevilling;
import dk.careledger.domain.bevilling.event.BevillingEvent;
import dk.careledger.domain.bevilling.event.BevillingGivet;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.katalog.Ydelsestype;
import dk.careledger.domain.testfixtures.Scenarie;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** UC3 afgørelse/bestilling: a bevilling is given. */
class GivBevillingTest {

    private final Scenarie<BevillingState, BevillingCommand, BevillingEvent> scenarie = BevillingFixtures.scenarie();

    @Test
    void givesAPersonligPlejeBevillingOnASagWithKleHjemmelAndYdelsestypeCopiedFromTheCatalogue() {
        scenarie.given().when(givPersonligPleje()).then(personligPlejeGivet());
    }

    @Test
    void aGivenBevillingIsStartedWithItsOmfangAndRammeAndNothingDeliveredYet() {
        BevillingState state = scenarie.given(personligPlejeGivet()).state();

        assertThat(state.findes()).isTrue();
        assertThat(state.borgerId()).isEqualTo(BORGER);
        assertThat(state.sagId()).isEqualTo(SAG);
        assertThat(state.startdato()).isEqualTo(STARTDATO);
        assertThat(state.paaVenteliste()).isFalse();
        assertThat(state.omfang()).isEqualTo(OMFANG);
        assertThat(state.gaeldendeRamme()).isEqualTo(RAMME);
        assertThat(state.bestilt()).isFalse();
        assertThat(state.leveringIds()).isEmpty();
    }

    @Test
    void putsTheCitizenOnTheVentelisteWhenNoStartdatoIsKnown() {
        scenarie.given().when(givPersonligPlejePaaVenteliste()).then(personligPlejeGivetPaaVenteliste());

        assertThat(scenarie.given(personligPlejeGivetPaaVenteliste()).state().paaVenteliste()).isTrue();
    }

    @Test
    void letsASelvvisiterendeSygeplejerskeGrantSul138SygeplejeWithoutASag() {
        scenarie.given().when(givSygepleje(), sygeplejerske()).then(sygeplejeGivet());
    }

    @Test
    void letsACaseworkerGrantAnIndsatsThatNeedsNoSagWithoutASag() {
        BevillingGivet sagsbehandlerGav = new BevillingGivet(BevillingFixtures.SYGEPLEJE, BORGER, null, null,
                "SUL-138", "29.18.00", "SUL § 138", Ydelsestype.TID, BEVILGET_DATO,
                BevillingFixtures.SYGEPLEJE_SLUTDATO, BevillingFixtures.SYGEPLEJE_OMFANG, null, null, null,
                BEVILGET_DATO, registrering());

        scenarie.given().when(givSygepleje()).then(sagsbehandlerGav);
    }

    @Test
    void letsASelvvisiterendeEnhedGrantAnIndsatsThatNormallyNeedsASagWithoutOne() {
        GivBevilling genoptraening = new GivBevilling(PERSONLIG_PLEJE, BORGER, null, null, "SEL-86-GEN", STARTDATO,
                null, Omfang.prUge(2, 45), null, null, null, BEVILGET_DATO);

        scenarie.given().when(genoptraening, sygeplejerske()).then(new BevillingGivet(PERSONLIG_PLEJE, BORGER, null,
                null, "SEL-86-GEN", "27.36.16", "SEL § 86, stk. 1", Ydelsestype.TID, STARTDATO, null,
                Omfang.prUge(2, 45), null, null, null, BEVILGET_DATO, registrering(SYGEPLEJERSKE)));
    }

    @Test
    void givesAnOekonomiskYdelseWithItsMonthlyBeloebAndNoOmfang() {
        GivBevilling kontantTilskud = new GivBevilling(PERSONLIG_PLEJE, BORGER, SAG, AFGOERELSE, "SEL-95", STARTDATO,
                null, null, null, null, 2_450_000L, BEVILGET_DATO);

        scenarie.given().when(kontantTilskud).then(new BevillingGivet(PERSONLIG_PLEJE, BORGER, SAG, AFGOERELSE,
                "SEL-95", "27.39.16", "SEL § 95", Ydelsestype.OEKONOMISK, STARTDATO, null, null, null, null,
                2_450_000L, BEVILGET_DATO, registrering()));
    }

    @Test
    void givesAMidlertidigtOpholdWithEgenbetaling() {
        GivBevilling ophold = new GivBevilling(PERSONLIG_PLEJE, BORGER, SAG, AFGOERELSE, "SEL-84-MO", STARTDATO,
                LocalDate.of(2026, 3, 23), null, null, 15_000L, null, BEVILGET_DATO);

        scenarie.given().when(ophold).then(new BevillingGivet(PERSONLIG_PLEJE, BORGER, SAG, AFGOERELSE, "SEL-84-MO",
                "27.36.08", "SEL § 84, stk. 2", Ydelsestype.PLADS, STARTDATO, LocalDate.of(2026, 3, 23), null, null,
                15_000L, null, BEVILGET_DATO, registrering()));
    }

    @Test
    void refusesToGiveABevillingThatExistsAlready() {
        scenarie.given(personligPlejeGivet()).when(givPersonligPleje())
                .thenRefused(KONFLIKT, "BEVILLING_FINDES", null);
    }

    @Test
    void refusesABevillingWithoutBorger() {
        scenarie.given().when(med(givPersonligPleje(), null, SAG, "SEL-83-PP"))
                .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "borgerId");
    }

    @Test
    void refusesAnIndsatsThatIsNotInTheCatalogue() {
        scenarie.given().when(med(givPersonligPleje(), BORGER, SAG, "SEL-999"))
                .thenRefused(UGYLDIG, "UKENDT_INDSATS", "indsatsKode");
    }

    @Test
    void refusesABevillingWithoutBevilgetDato() {
        GivBevilling c = givPersonligPleje();
        scenarie.given().when(new GivBevilling(c.bevillingId(), c.borgerId(), c.sagId(), c.afgoerelseId(),
                c.indsatsKode(), c.startdato(), c.slutdato(), c.omfang(), c.ramme(), null, null, null))
                .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "bevilgetDato");
    }

    @Test
    void refusesAnIndsatsThatNeedsASagWithoutOneWhenACaseworkerGrantsIt() {
        GivBevilling c = givPersonligPleje();
        scenarie.given().when(new GivBevilling(c.bevillingId(), BORGER, null, null, "SEL-83-PP", STARTDATO, null,
                OMFANG, RAMME, null, null, BEVILGET_DATO))
                .thenRefused(UGYLDIG, "SAG_PAAKRAEVET", "sagId");
    }

    @Test
    void refusesAnIndsatsThatNeedsASagWithoutOneWhenAUdfoererGrantsIt() {
        scenarie.given().when(med(givPersonligPleje(), BORGER, null, "SEL-83-PP"), BevillingFixtures.udfoerer())
                .thenRefused(UGYLDIG, "SAG_PAAKRAEVET", "sagId");
    }

    @Test
    void refusesAnAfgoerelseWithoutTheSagItWasMadeOn() {
        GivBevilling c = givSygepleje();
        scenarie.given().when(new GivBevilling(c.bevillingId(), BORGER, null, AFGOERELSE, "SUL-138", c.startdato(),
                c.slutdato(), c.omfang(), null, null, null, BEVILGET_DATO), sygeplejerske())
                .thenRefused(UGYLDIG, "SAG_PAAKRAEVET", "sagId");
    }

    @Test
    void refusesASlutdatoBeforeTheStartdato() {
        scenarie.given().when(new GivBevilling(PERSONLIG_PLEJE, BORGER, SAG, AFGOERELSE, "SEL-83-PP", STARTDATO,
                STARTDATO.minusDays(1), OMFANG, RAMME, null, null, BEVILGET_DATO))
                .thenRefused(UGYLDIG, "PERIODE_UGYLDIG", "slutdato");
    }

    @Test
    void acceptsASlutdatoOnTheStartdato() {
        assertThat(scenarie.given().when(new GivBevilling(PERSONLIG_PLEJE, BORGER, SAG, AFGOERELSE, "SEL-83-PP",
                STARTDATO, STARTDATO, OMFANG, RAMME, null, null, BEVILGET_DATO)).events()).hasSize(1);
    }

    @Test
    void refusesATidYdelseWithoutOmfang() {
        scenarie.given().when(new GivBevilling(PERSONLIG_PLEJE, BORGER, SAG, AFGOERELSE, "SEL-83-PP", STARTDATO, null,
                null, RAMME, null, null, BEVILGET_DATO))
                .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "omfang");
    }

    @Test
    void refusesAnOmfangWithoutMinutes() {
        scenarie.given().when(new GivBevilling(PERSONLIG_PLEJE, BORGER, SAG, AFGOERELSE, "SEL-83-PP", STARTDATO, null,
                Omfang.prDag(2, 0), RAMME, null, null, BEVILGET_DATO))
                .thenRefused(UGYLDIG, "OMFANG_UGYLDIG", "omfang");
    }

    @Test
    void refusesARammeWithoutVisits() {
        scenarie.given().when(new GivBevilling(PERSONLIG_PLEJE, BORGER, SAG, AFGOERELSE, "SEL-83-PP", STARTDATO, null,
                OMFANG, Omfang.prDag(0, 25), null, null, BEVILGET_DATO))
                .thenRefused(UGYLDIG, "OMFANG_UGYLDIG", "ramme");
    }

    @Test
    void refusesAnOmfangLargerThanItsOwnRamme() {
        scenarie.given().when(new GivBevilling(PERSONLIG_PLEJE, BORGER, SAG, AFGOERELSE, "SEL-83-PP", STARTDATO, null,
                Omfang.prDag(3, 20), RAMME, null, null, BEVILGET_DATO))
                .thenRefused(UGYLDIG, "OMFANG_UDENFOR_RAMMEN", "omfang");
    }

    @Test
    void refusesAnOekonomiskYdelseWithoutBeloeb() {
        scenarie.given().when(new GivBevilling(PERSONLIG_PLEJE, BORGER, SAG, AFGOERELSE, "SEL-95", STARTDATO, null,
                null, null, null, null, BEVILGET_DATO))
                .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "beloebOere");
    }

    @Test
    void refusesAnOekonomiskYdelseOfNoMoney() {
        scenarie.given().when(new GivBevilling(PERSONLIG_PLEJE, BORGER, SAG, AFGOERELSE, "SEL-95", STARTDATO, null,
                null, null, null, 0L, BEVILGET_DATO))
                .thenRefused(UGYLDIG, "BELOEB_UGYLDIG", "beloebOere");
    }

    @Test
    void refusesABeloebOnAYdelseThatIsNotOekonomisk() {
        scenarie.given().when(new GivBevilling(PERSONLIG_PLEJE, BORGER, SAG, AFGOERELSE, "SEL-83-PP", STARTDATO, null,
                OMFANG, RAMME, null, 100_000L, BEVILGET_DATO))
                .thenRefused(UGYLDIG, "BELOEB_UGYLDIG", "beloebOere");
    }

    @Test
    void refusesANegativeEgenbetaling() {
        scenarie.given().when(new GivBevilling(PERSONLIG_PLEJE, BORGER, SAG, AFGOERELSE, "SEL-84-MO", STARTDATO, null,
                null, null, -1L, null, BEVILGET_DATO))
                .thenRefused(UGYLDIG, "BELOEB_UGYLDIG", "egenbetalingOere");
    }

    @Test
    void refusesACommandWithoutBevillingId() {
        GivBevilling c = givPersonligPleje();
        scenarie.given().when(new GivBevilling(null, c.borgerId(), c.sagId(), c.afgoerelseId(), c.indsatsKode(),
                c.startdato(), c.slutdato(), c.omfang(), c.ramme(), null, null, c.bevilgetDato()))
                .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "bevillingId");
    }

    private static GivBevilling med(GivBevilling c, BorgerId borgerId, SagId sagId,
            String indsatsKode) {
        return new GivBevilling(c.bevillingId(), borgerId, sagId, sagId == null ? null : c.afgoerelseId(), indsatsKode,
                c.startdato(), c.slutdato(), c.omfang(), c.ramme(), c.egenbetalingOere(), c.beloebOere(),
                c.bevilgetDato());
    }
}
