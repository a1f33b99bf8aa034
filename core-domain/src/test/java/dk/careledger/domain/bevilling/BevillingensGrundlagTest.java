package dk.careledger.domain.bevilling;

import static dk.careledger.domain.bevilling.BevillingFixtures.AFGOERELSE;
import static dk.careledger.domain.bevilling.BevillingFixtures.BEVILGET_DATO;
import static dk.careledger.domain.bevilling.BevillingFixtures.BORGER;
import static dk.careledger.domain.bevilling.BevillingFixtures.OMFANG;
import static dk.careledger.domain.bevilling.BevillingFixtures.PERSONLIG_PLEJE;
import static dk.careledger.domain.bevilling.BevillingFixtures.RAMME;
import static dk.careledger.domain.bevilling.BevillingFixtures.SAG;
import static dk.careledger.domain.bevilling.BevillingFixtures.STARTDATO;
import static dk.careledger.domain.bevilling.BevillingFixtures.personligPlejeGivet;
import static dk.careledger.domain.bevilling.BevillingFixtures.personligPlejeGivetPaaVenteliste;
import static dk.careledger.domain.felles.Afvisningsart.IKKE_FUNDET;
import static dk.careledger.domain.felles.Afvisningsart.REGEL;
import static dk.careledger.domain.felles.Afvisningsart.UGYLDIG;
import static dk.careledger.domain.testfixtures.TestKontekst.SAGSBEHANDLER;
import static dk.careledger.domain.testfixtures.TestKontekst.registrering;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.bevilling.command.BevillingCommand;
import dk.careledger.domain.bevilling.command.FastsaetStartdato;
import dk.careledger.domain.bevilling.command.GivBevilling;
import dk.careledger.domain.bevilling.event.BevillingEvent;
import dk.careledger.domain.bevilling.event.BevillingGivet;
import dk.careledger.domain.bevilling.event.OpfoelgningPlanlagt;
import dk.careledger.domain.bevilling.event.TilbagevirkningBegrundet;
import dk.careledger.domain.felles.AfgoerelseId;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.felles.Sagsfakta;
import dk.careledger.domain.felles.Sagsfakta.Afgoerelsesfakta;
import dk.careledger.domain.katalog.Ydelsestype;
import dk.careledger.domain.testfixtures.Scenarie;
import dk.careledger.domain.testfixtures.SynligKryptering;
import dk.careledger.domain.testfixtures.TestKontekst;
import dk.careledger.domain.felles.Faktatabel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: a bevilling rests on the citizen's own sag and on an afgørelse that grants help, and its dates follow
 * the facts they depend on (ADR 0020).
 */
class BevillingensGrundlagTest {

    private static final BorgerId ANDEN_BORGER = BorgerId.of("7f1c2a90-3d4b-4e5f-8a6b-1c2d3e4f5a99");
    private static final AfgoerelseId AFSLAG = AfgoerelseId.of("c3d2e1f0-a9b8-4c7d-8e6f-5a4b3c2d1e02");
    private static final SagId AFSLAGSSAG = SagId.of("0b6a4e2c-5f1d-4c3b-9a8e-7d6c5b4a3999");
    private static final String BEGRUNDELSE = "Hjælpen blev givet akut fra udskrivelsen, før afgørelsen";

    private final Scenarie<BevillingState, BevillingCommand, BevillingEvent> scenarie = BevillingFixtures.scenarie();

    private static GivBevilling giv(BorgerId borger, SagId sag, AfgoerelseId afgoerelse, LocalDate start, LocalDate bevilget,
            String tilbagevirkning, LocalDate foersteOpfoelgning) {
        return new GivBevilling(PERSONLIG_PLEJE, borger, sag, afgoerelse, "SEL-83-PP", start, null, OMFANG, RAMME, null, null,
                bevilget, tilbagevirkning, foersteOpfoelgning);
    }

    @Test
    void refusesABevillingForAnotherCitizenOnTheSag() {
        scenarie.given().when(giv(ANDEN_BORGER, SAG, AFGOERELSE, STARTDATO, BEVILGET_DATO, null, null))
                .thenRefused(REGEL, "ANDEN_BORGER", "borgerId");
    }

    @Test
    void refusesASagThatDoesNotExist() {
        scenarie.given().when(giv(BORGER, SagId.of("0b6a4e2c-5f1d-4c3b-9a8e-000000000000"), null, STARTDATO, BEVILGET_DATO, null, null))
                .thenRefused(IKKE_FUNDET, "SAG_UKENDT", "sagId");
    }

    @Test
    void refusesAnAfgoerelseThatWasNeverMadeOnTheSag() {
        scenarie.given().when(giv(BORGER, SAG, AfgoerelseId.of("c3d2e1f0-a9b8-4c7d-8e6f-000000000000"), STARTDATO, BEVILGET_DATO,
                null, null)).thenRefused(IKKE_FUNDET, "AFGOERELSE_UKENDT", "afgoerelseId");
    }

    @Test
    void refusesABevillingRestingOnAnAfslag() {
        Faktatabel opslag = new Faktatabel().medSag(AFSLAGSSAG, new Sagsfakta(BORGER, LocalDate.of(2026, 2, 16),
                Map.of(AFSLAG, new Afgoerelsesfakta(false, BEVILGET_DATO))));
        scenarie.given().when(giv(BORGER, AFSLAGSSAG, AFSLAG, STARTDATO, BEVILGET_DATO, null, null), TestKontekst.kontekst(opslag))
                .thenRefused(REGEL, "AFGOERELSE_ER_AFSLAG", "afgoerelseId");
    }

    @Test
    void refusesABevillingGrantedBeforeItsAfgoerelseWasMade() {
        scenarie.given().when(giv(BORGER, SAG, AFGOERELSE, STARTDATO, BEVILGET_DATO.minusDays(1), null, null))
                .thenRefused(UGYLDIG, "DATO_FOER_GRUNDLAG", "bevilgetDato");
    }

    @Test
    void refusesABevillingGrantedInTheFuture() {
        LocalDate iMorgen = LocalDate.of(2027, 12, 2);
        scenarie.given().when(giv(BORGER, SAG, AFGOERELSE, iMorgen, iMorgen, null, null))
                .thenRefused(UGYLDIG, "DATO_I_FREMTIDEN", "bevilgetDato");
    }

    @Test
    void refusesAStartBeforeTheGrantWithoutAReason() {
        scenarie.given().when(giv(BORGER, SAG, AFGOERELSE, BEVILGET_DATO.minusDays(7), BEVILGET_DATO, null, null))
                .thenRefused(UGYLDIG, "STARTDATO_FOER_BEVILLING", "startdato");
    }

    @Test
    void grantsAStartBeforeTheGrantWhenTheReasonIsGivenAndRecordsIt() {
        LocalDate start = BEVILGET_DATO.minusDays(7);
        scenarie.given().when(giv(BORGER, SAG, AFGOERELSE, start, BEVILGET_DATO, BEGRUNDELSE, null)).then(
                new BevillingGivet(PERSONLIG_PLEJE, BORGER, SAG, AFGOERELSE, "SEL-83-PP", "27.36.04", "SEL § 83, stk. 1, nr. 1",
                        Ydelsestype.TID, start, null, OMFANG, RAMME, null, null, BEVILGET_DATO, registrering()),
                new TilbagevirkningBegrundet(PERSONLIG_PLEJE, start, BEVILGET_DATO, SynligKryptering.tekst(BORGER, BEGRUNDELSE),
                        registrering()));
    }

    @Test
    void refusesAReasonForTilbagevirkningWhenTheStartIsNotBeforeTheGrant() {
        scenarie.given().when(giv(BORGER, SAG, AFGOERELSE, STARTDATO, BEVILGET_DATO, BEGRUNDELSE, null))
                .thenRefused(UGYLDIG, "FELT_IKKE_TILLADT", "tilbagevirkningBegrundelse");
    }

    @Test
    void plansTheFirstOpfoelgningWhenTheBevillingIsGrantedSoItIsOnTheWorklistFromTheStart() {
        LocalDate foerste = LocalDate.of(2026, 6, 1);
        BevillingState state = scenarie.given().when(giv(BORGER, SAG, AFGOERELSE, STARTDATO, BEVILGET_DATO, null, foerste))
                .then(personligPlejeGivet(), new OpfoelgningPlanlagt(PERSONLIG_PLEJE, foerste, registrering()))
                .stream().reduce(BevillingState.initial(), BevillingDecider::evolve, (a, b) -> b);

        assertThat(state.naesteOpfoelgning()).isEqualTo(foerste);
    }

    @Test
    void refusesAFirstOpfoelgningBeforeTheGrant() {
        scenarie.given().when(giv(BORGER, SAG, AFGOERELSE, STARTDATO, BEVILGET_DATO, null, BEVILGET_DATO.minusDays(1)))
                .thenRefused(UGYLDIG, "DATO_FOER_GRUNDLAG", "foersteOpfoelgning");
    }

    @Test
    void refusesAStartdatoFromTheVentelisteBeforeTheGrant() {
        scenarie.given(personligPlejeGivetPaaVenteliste())
                .when(new FastsaetStartdato(PERSONLIG_PLEJE, BEVILGET_DATO.minusDays(1)))
                .thenRefused(UGYLDIG, "STARTDATO_FOER_BEVILLING", "startdato");
    }

    @Test
    void acceptsAGrantRegisteredTheSameDayWithinTheToleranceOfTheRecordTime() {
        // registered 23:58 Danish time on the day before: the device's clock is three minutes ahead, within five
        Instant nu = Instant.parse("2026-03-01T22:58:00Z");
        List<? extends BevillingEvent> events = scenarie.given()
                .when(giv(BORGER, SAG, AFGOERELSE, STARTDATO, BEVILGET_DATO, null, null), TestKontekst.kontekst(SAGSBEHANDLER, nu))
                .events();
        assertThat(events).hasSize(1);
    }
}
