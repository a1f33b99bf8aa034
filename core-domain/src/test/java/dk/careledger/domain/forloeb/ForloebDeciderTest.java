package dk.careledger.domain.forloeb;

import static dk.careledger.domain.felles.Afvisningsart.IKKE_FUNDET;
import static dk.careledger.domain.felles.Afvisningsart.KONFLIKT;
import static dk.careledger.domain.felles.Afvisningsart.REGEL;
import static dk.careledger.domain.felles.Afvisningsart.UGYLDIG;
import static dk.careledger.domain.forloeb.ForloebFixtures.AARSAG;
import static dk.careledger.domain.forloeb.ForloebFixtures.ANDEN_BEVILLING_ID;
import static dk.careledger.domain.forloeb.ForloebFixtures.ANDEN_SAG_ID;
import static dk.careledger.domain.forloeb.ForloebFixtures.BEVILLING_ID;
import static dk.careledger.domain.forloeb.ForloebFixtures.BORGER_ID;
import static dk.careledger.domain.forloeb.ForloebFixtures.FORLOEBSTYPE;
import static dk.careledger.domain.forloeb.ForloebFixtures.FORLOEB_ID;
import static dk.careledger.domain.forloeb.ForloebFixtures.SAG_ID;
import static dk.careledger.domain.forloeb.ForloebFixtures.STARTDATO;
import static dk.careledger.domain.forloeb.ForloebFixtures.afslutForloeb;
import static dk.careledger.domain.forloeb.ForloebFixtures.bevillingTilknyttet;
import static dk.careledger.domain.forloeb.ForloebFixtures.forloebAfsluttet;
import static dk.careledger.domain.forloeb.ForloebFixtures.forloebStartet;
import static dk.careledger.domain.forloeb.ForloebFixtures.sagTilknyttet;
import static dk.careledger.domain.forloeb.ForloebFixtures.startForloeb;
import static dk.careledger.domain.forloeb.ForloebFixtures.tilknytBevilling;
import static dk.careledger.domain.forloeb.ForloebFixtures.tilknytSag;
import static dk.careledger.domain.testfixtures.SynligKryptering.tekst;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.forloeb.command.AfslutForloeb;
import dk.careledger.domain.forloeb.command.ForloebCommand;
import dk.careledger.domain.forloeb.command.StartForloeb;
import dk.careledger.domain.forloeb.command.TilknytBevilling;
import dk.careledger.domain.forloeb.command.TilknytSag;
import dk.careledger.domain.forloeb.event.BevillingTilknyttetForloeb;
import dk.careledger.domain.forloeb.event.ForloebAfsluttet;
import dk.careledger.domain.forloeb.event.ForloebEvent;
import dk.careledger.domain.forloeb.event.ForloebStartet;
import dk.careledger.domain.forloeb.event.SagTilknyttetForloeb;
import dk.careledger.domain.testfixtures.Scenarie;
import dk.careledger.domain.testfixtures.TestKontekst;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ForloebDeciderTest {

    private final Scenarie<ForloebState, ForloebCommand, ForloebEvent> scenarie =
            new Scenarie<>(ForloebState::initial, ForloebDecider::evolve, ForloebDecider::decide);

    /** Every command that works on an existing forløb. */
    static Stream<ForloebCommand> kommandoerPaaEtForloeb() {
        return Stream.of(tilknytSag(), tilknytBevilling(), afslutForloeb());
    }

    @Nested
    class Starting {

        @Test
        void startsAForloebCopyingTheKleNummerOfItsType() {
            scenarie.given()
                    .when(startForloeb())
                    .then(forloebStartet());
        }

        @Test
        void copiesTheKleNummerOfASundhedslovForloebFromTheCatalogue() {
            scenarie.given()
                    .when(new StartForloeb(FORLOEB_ID, BORGER_ID, "SUL-138", STARTDATO))
                    .then(new ForloebStartet(FORLOEB_ID, BORGER_ID, "SUL-138", "29.18.00", STARTDATO,
                            TestKontekst.registrering()));
        }

        @Test
        void refusesAnUnknownForloebstype() {
            scenarie.given()
                    .when(new StartForloeb(FORLOEB_ID, BORGER_ID, "SEL-999", STARTDATO))
                    .thenRefused(UGYLDIG, "UKENDT_FORLOEBSTYPE", "forloebstypeKode");
        }

        @Test
        void refusesAForloebWithoutForloebstype() {
            scenarie.given()
                    .when(new StartForloeb(FORLOEB_ID, BORGER_ID, " ", STARTDATO))
                    .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "forloebstypeKode");
        }

        @Test
        void refusesAForloebWithoutBorger() {
            scenarie.given()
                    .when(new StartForloeb(FORLOEB_ID, null, FORLOEBSTYPE, STARTDATO))
                    .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "borgerId");
        }

        @Test
        void refusesAForloebWithoutStartdato() {
            scenarie.given()
                    .when(new StartForloeb(FORLOEB_ID, BORGER_ID, FORLOEBSTYPE, null))
                    .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "startdato");
        }

        @Test
        void refusesStartingTheSameForloebTwice() {
            scenarie.given(forloebStartet())
                    .when(startForloeb())
                    .thenRefused(KONFLIKT, "FORLOEB_FINDES", null);
        }

        @Test
        void refusesRestartingAnEndedForloeb() {
            scenarie.given(forloebStartet(), forloebAfsluttet())
                    .when(startForloeb())
                    .thenRefused(KONFLIKT, "FORLOEB_FINDES", null);
        }
    }

    @Nested
    class Linking {

        @Test
        void linksASagToTheForloeb() {
            scenarie.given(forloebStartet())
                    .when(tilknytSag())
                    .then(sagTilknyttet());
        }

        @Test
        void linksASecondSagToTheForloeb() {
            scenarie.given(forloebStartet(), sagTilknyttet())
                    .when(new TilknytSag(FORLOEB_ID, ANDEN_SAG_ID))
                    .then(new SagTilknyttetForloeb(FORLOEB_ID, ANDEN_SAG_ID, TestKontekst.registrering()));
        }

        @Test
        void linksABevillingToTheForloeb() {
            scenarie.given(forloebStartet(), sagTilknyttet())
                    .when(tilknytBevilling())
                    .then(bevillingTilknyttet());
        }

        @Test
        void linksASecondBevillingToTheForloeb() {
            scenarie.given(forloebStartet(), bevillingTilknyttet())
                    .when(new TilknytBevilling(FORLOEB_ID, ANDEN_BEVILLING_ID))
                    .then(new BevillingTilknyttetForloeb(FORLOEB_ID, ANDEN_BEVILLING_ID, TestKontekst.registrering()));
        }

        @Test
        void refusesLinkingTheSameSagTwice() {
            scenarie.given(forloebStartet(), sagTilknyttet())
                    .when(tilknytSag())
                    .thenRefused(KONFLIKT, "SAG_ALLEREDE_TILKNYTTET", "sagId");
        }

        @Test
        void refusesLinkingTheSameBevillingTwice() {
            scenarie.given(forloebStartet(), bevillingTilknyttet())
                    .when(tilknytBevilling())
                    .thenRefused(KONFLIKT, "BEVILLING_ALLEREDE_TILKNYTTET", "bevillingId");
        }

        @Test
        void refusesLinkingWithoutASag() {
            scenarie.given(forloebStartet())
                    .when(new TilknytSag(FORLOEB_ID, null))
                    .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "sagId");
        }

        @Test
        void refusesLinkingWithoutABevilling() {
            scenarie.given(forloebStartet())
                    .when(new TilknytBevilling(FORLOEB_ID, null))
                    .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "bevillingId");
        }
    }

    @Nested
    class Ending {

        @Test
        void endsTheForloebWithItsAarsagEncryptedForTheCitizen() {
            scenarie.given(forloebStartet(), sagTilknyttet(), bevillingTilknyttet())
                    .when(afslutForloeb())
                    .then(forloebAfsluttet());
        }

        @Test
        void endsAForloebOnTheDayItStarted() {
            scenarie.given(forloebStartet())
                    .when(new AfslutForloeb(FORLOEB_ID, STARTDATO, AARSAG))
                    .then(new ForloebAfsluttet(FORLOEB_ID, STARTDATO, tekst(BORGER_ID, AARSAG), TestKontekst.registrering()));
        }

        @Test
        void refusesASlutdatoBeforeTheStartdato() {
            scenarie.given(forloebStartet())
                    .when(new AfslutForloeb(FORLOEB_ID, STARTDATO.minusDays(1), AARSAG))
                    .thenRefused(UGYLDIG, "PERIODE_UGYLDIG", "slutdato");
        }

        @Test
        void refusesEndingWithoutSlutdato() {
            scenarie.given(forloebStartet())
                    .when(new AfslutForloeb(FORLOEB_ID, null, AARSAG))
                    .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "slutdato");
        }

        @Test
        void refusesEndingWithoutAarsag() {
            scenarie.given(forloebStartet())
                    .when(new AfslutForloeb(FORLOEB_ID, ForloebFixtures.SLUTDATO, ""))
                    .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "aarsag");
        }
    }

    @ParameterizedTest
    @MethodSource("kommandoerPaaEtForloeb")
    void refusesAnyCommandOnAnUnknownForloeb(ForloebCommand command) {
        scenarie.given()
                .when(command)
                .thenRefused(IKKE_FUNDET, "FORLOEB_UKENDT", null);
    }

    @ParameterizedTest
    @MethodSource("kommandoerPaaEtForloeb")
    void refusesAnyCommandOnAnEndedForloeb(ForloebCommand command) {
        scenarie.given(forloebStartet(), forloebAfsluttet())
                .when(command)
                .thenRefused(REGEL, "FORLOEB_AFSLUTTET", null);
    }

    @Nested
    class Replaying {

        @Test
        void startsFromAForloebThatDoesNotExist() {
            assertThat(ForloebState.initial().findes()).isFalse();
            assertThat(ForloebDecider.replay(List.of())).isEqualTo(ForloebState.initial());
        }

        @Test
        void foldsTheHistoryOfAnEndedForloeb() {
            ForloebState state = ForloebDecider.replay(
                    List.of(forloebStartet(), sagTilknyttet(), bevillingTilknyttet(), forloebAfsluttet()));

            assertThat(state).isEqualTo(new ForloebState(true, BORGER_ID, FORLOEBSTYPE, STARTDATO, Set.of(SAG_ID),
                    Set.of(BEVILLING_ID), ForloebFixtures.SLUTDATO));
            assertThat(state.afsluttet()).isTrue();
        }
    }
}
