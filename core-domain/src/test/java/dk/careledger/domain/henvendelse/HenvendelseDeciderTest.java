package dk.careledger.domain.henvendelse;

import static dk.careledger.domain.felles.Afvisningsart.IKKE_FUNDET;
import static dk.careledger.domain.felles.Afvisningsart.KONFLIKT;
import static dk.careledger.domain.felles.Afvisningsart.REGEL;
import static dk.careledger.domain.felles.Afvisningsart.UGYLDIG;
import static dk.careledger.domain.henvendelse.HenvendelseFixtures.AFKLARET_DATO;
import static dk.careledger.domain.henvendelse.HenvendelseFixtures.BEGRUNDELSE_INGEN_SAG;
import static dk.careledger.domain.henvendelse.HenvendelseFixtures.BORGER_ID;
import static dk.careledger.domain.henvendelse.HenvendelseFixtures.EKSISTERENDE_SAG_ID;
import static dk.careledger.domain.henvendelse.HenvendelseFixtures.HAANDTERET_DATO;
import static dk.careledger.domain.henvendelse.HenvendelseFixtures.HENVENDELSE_FRA_BORGER_ID;
import static dk.careledger.domain.henvendelse.HenvendelseFixtures.HENVISNING_ID;
import static dk.careledger.domain.henvendelse.HenvendelseFixtures.MODTAGET_DATO;
import static dk.careledger.domain.henvendelse.HenvendelseFixtures.PLEJESAG_ID;
import static dk.careledger.domain.henvendelse.HenvendelseFixtures.SYGEPLEJESAG_ID;
import static dk.careledger.domain.henvendelse.HenvendelseFixtures.afklar;
import static dk.careledger.domain.henvendelse.HenvendelseFixtures.afklaret;
import static dk.careledger.domain.henvendelse.HenvendelseFixtures.haandterMedSagOprettet;
import static dk.careledger.domain.henvendelse.HenvendelseFixtures.haandterMedTilknyttetSag;
import static dk.careledger.domain.henvendelse.HenvendelseFixtures.haandterUdenSag;
import static dk.careledger.domain.henvendelse.HenvendelseFixtures.haandteretMedSagOprettet;
import static dk.careledger.domain.henvendelse.HenvendelseFixtures.haandteretMedTilknyttetSag;
import static dk.careledger.domain.henvendelse.HenvendelseFixtures.haandteretUdenSag;
import static dk.careledger.domain.henvendelse.HenvendelseFixtures.henvendelseFraBorgerModtaget;
import static dk.careledger.domain.henvendelse.HenvendelseFixtures.henvisningFraSygehusModtaget;
import static dk.careledger.domain.henvendelse.HenvendelseFixtures.modtagHenvendelseFraBorger;
import static dk.careledger.domain.henvendelse.HenvendelseFixtures.modtagHenvisningFraSygehus;
import static dk.careledger.domain.testfixtures.SynligKryptering.tekst;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.henvendelse.command.AfklarHenvendelse;
import dk.careledger.domain.henvendelse.command.HaandterHenvendelse;
import dk.careledger.domain.henvendelse.command.HenvendelseCommand;
import dk.careledger.domain.henvendelse.command.ModtagHenvendelse;
import dk.careledger.domain.henvendelse.event.HenvendelseEvent;
import dk.careledger.domain.henvendelse.event.HenvendelseHaandteret;
import dk.careledger.domain.henvendelse.event.HenvendelseModtaget;
import dk.careledger.domain.testfixtures.Scenarie;
import dk.careledger.domain.testfixtures.TestKontekst;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HenvendelseDeciderTest {

    private final Scenarie<HenvendelseState, HenvendelseCommand, HenvendelseEvent> scenarie =
            new Scenarie<>(HenvendelseState::initial, HenvendelseDecider::evolve, HenvendelseDecider::decide);

    private static ModtagHenvendelse modtag(String kildeKode, String aarsag, String diagnose, String oensketIndsatsKode) {
        return new ModtagHenvendelse(HENVISNING_ID, BORGER_ID, kildeKode, Kanal.MEDCOM, MODTAGET_DATO, aarsag, diagnose,
                oensketIndsatsKode);
    }

    private static HaandterHenvendelse haandter(Udfald udfald, List<SagId> sager, String begrundelse) {
        return new HaandterHenvendelse(HENVENDELSE_FRA_BORGER_ID, udfald, sager, begrundelse, HAANDTERET_DATO);
    }

    @Nested
    class Receiving {

        @Test
        void receivesAHenvisningFromTheHospitalWithItsAarsagAndDiagnoseEncryptedForTheCitizen() {
            scenarie.given()
                    .when(modtagHenvisningFraSygehus())
                    .then(henvisningFraSygehusModtaget());
        }

        @Test
        void receivesAHenvendelseFromTheCitizenWithoutADiagnose() {
            scenarie.given()
                    .when(modtagHenvendelseFraBorger())
                    .then(henvendelseFraBorgerModtaget());
        }

        @Test
        void copiesTheHenvisningFlagOfTheKildeKodeFromTheCatalogue() {
            var sygehus = (HenvendelseModtaget) scenarie.given().when(modtagHenvisningFraSygehus()).events().get(0);
            var borger = (HenvendelseModtaget) scenarie.given().when(modtagHenvendelseFraBorger()).events().get(0);

            assertThat(sygehus.henvisning()).isTrue();
            assertThat(borger.henvisning()).isFalse();
        }

        @Test
        void keepsADiagnoseGivenWithAHenvendelseThatIsNoHenvisning() {
            var modtaget = (HenvendelseModtaget) scenarie.given()
                    .when(modtag("A2", "Pårørende beder om hjælp", "KOL", null))
                    .events().get(0);

            assertThat(modtaget.diagnose()).isEqualTo(tekst(BORGER_ID, "KOL"));
            assertThat(modtaget.henvisning()).isFalse();
        }

        @Test
        void treatsABlankOensketIndsatsKodeAsNone() {
            var modtaget = (HenvendelseModtaget) scenarie.given()
                    .when(modtag("A1", "Ønsker hjælp", null, " "))
                    .events().get(0);

            assertThat(modtaget.oensketIndsatsKode()).isNull();
        }

        @Test
        void receivesAHenvendelseForAnAnonymousCitizenLikeAnyOther() {
            BorgerId anonym = BorgerId.of("0b7d9a55-1c2e-4f30-9a41-5e6f7a8b9c0d");
            var modtaget = (HenvendelseModtaget) scenarie.given()
                    .when(new ModtagHenvendelse(HENVISNING_ID, anonym, "A15", Kanal.PERSONLIG, MODTAGET_DATO,
                            "Henvendelse via gadeplansmedarbejder", null, null))
                    .events().get(0);

            assertThat(modtaget.borgerId()).isEqualTo(anonym);
            assertThat(modtaget.aarsag()).isEqualTo(tekst(anonym, "Henvendelse via gadeplansmedarbejder"));
        }

        @Test
        void refusesReceivingTheSameHenvendelseTwice() {
            scenarie.given(henvisningFraSygehusModtaget())
                    .when(modtagHenvisningFraSygehus())
                    .thenRefused(KONFLIKT, "HENVENDELSE_FINDES", null);
        }

        @Test
        void refusesAnUnknownKildeKode() {
            scenarie.given()
                    .when(modtag("A99", "Årsag", "Diagnose", null))
                    .thenRefused(UGYLDIG, "UKENDT_FSIII_KODE", "kildeKode");
        }

        @Test
        void refusesAJCodeAsKilde() {
            scenarie.given()
                    .when(modtag("J1.1", "Årsag", "Diagnose", null))
                    .thenRefused(UGYLDIG, "UKENDT_FSIII_KODE", "kildeKode");
        }

        @Test
        void refusesAHenvendelseWithoutKildeKode() {
            scenarie.given()
                    .when(modtag(null, "Årsag", null, null))
                    .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "kildeKode");
        }

        @Test
        void refusesAHenvisningWithoutDiagnose() {
            scenarie.given()
                    .when(modtag("A12", "Udskrevet, behov for sygepleje", null, "SUL-138"))
                    .thenRefused(UGYLDIG, "DIAGNOSE_PAAKRAEVET", "diagnose");
        }

        @Test
        void refusesAHenvisningFromEgenLaegeWithABlankDiagnose() {
            scenarie.given()
                    .when(modtag("A9", "Behov for genoptræning", "  ", null))
                    .thenRefused(UGYLDIG, "DIAGNOSE_PAAKRAEVET", "diagnose");
        }

        @Test
        void refusesAHenvendelseWithoutAarsag() {
            scenarie.given()
                    .when(modtag("A1", " ", null, null))
                    .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "aarsag");
        }

        @Test
        void refusesAHenvendelseWithoutBorger() {
            scenarie.given()
                    .when(new ModtagHenvendelse(HENVISNING_ID, null, "A1", Kanal.TELEFON, MODTAGET_DATO, "Årsag", null, null))
                    .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "borgerId");
        }

        @Test
        void refusesAHenvendelseWithoutKanal() {
            scenarie.given()
                    .when(new ModtagHenvendelse(HENVISNING_ID, BORGER_ID, "A1", null, MODTAGET_DATO, "Årsag", null, null))
                    .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "kanal");
        }

        @Test
        void refusesAHenvendelseWithoutModtagetDato() {
            scenarie.given()
                    .when(new ModtagHenvendelse(HENVISNING_ID, BORGER_ID, "A1", Kanal.TELEFON, null, "Årsag", null, null))
                    .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "modtagetDato");
        }

        @Test
        void refusesAnOensketIndsatsThatIsNotInTheCatalogue() {
            scenarie.given()
                    .when(modtag("A1", "Årsag", null, "SEL-999"))
                    .thenRefused(UGYLDIG, "UKENDT_INDSATS", "oensketIndsatsKode");
        }
    }

    @Nested
    class Clarifying {

        @Test
        void clarifiesAReceivedHenvendelseWithTheHenvender() {
            scenarie.given(henvendelseFraBorgerModtaget())
                    .when(afklar(HENVENDELSE_FRA_BORGER_ID))
                    .then(afklaret(HENVENDELSE_FRA_BORGER_ID));
        }

        @Test
        void clarifiesMoreThanOnceBeforeHandling() {
            scenarie.given(henvendelseFraBorgerModtaget(), afklaret(HENVENDELSE_FRA_BORGER_ID))
                    .when(afklar(HENVENDELSE_FRA_BORGER_ID))
                    .then(afklaret(HENVENDELSE_FRA_BORGER_ID));
        }

        @Test
        void refusesClarifyingAnUnknownHenvendelse() {
            scenarie.given()
                    .when(afklar(HENVENDELSE_FRA_BORGER_ID))
                    .thenRefused(IKKE_FUNDET, "HENVENDELSE_UKENDT", null);
        }

        @Test
        void refusesClarifyingAHandledHenvendelse() {
            scenarie.given(henvendelseFraBorgerModtaget(), haandteretUdenSag(HENVENDELSE_FRA_BORGER_ID))
                    .when(afklar(HENVENDELSE_FRA_BORGER_ID))
                    .thenRefused(REGEL, "HENVENDELSE_HAANDTERET", null);
        }

        @Test
        void refusesAClarificationWithoutAfklaring() {
            scenarie.given(henvendelseFraBorgerModtaget())
                    .when(new AfklarHenvendelse(HENVENDELSE_FRA_BORGER_ID, AFKLARET_DATO, ""))
                    .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "afklaring");
        }

        @Test
        void refusesAClarificationWithoutAfklaretDato() {
            scenarie.given(henvendelseFraBorgerModtaget())
                    .when(new AfklarHenvendelse(HENVENDELSE_FRA_BORGER_ID, null, "Talt med datteren"))
                    .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "afklaretDato");
        }

        @Test
        void refusesAClarificationDatedBeforeTheHenvendelseWasReceived() {
            scenarie.given(henvendelseFraBorgerModtaget())
                    .when(new AfklarHenvendelse(HENVENDELSE_FRA_BORGER_ID, MODTAGET_DATO.minusDays(1), "Talt med datteren"))
                    .thenRefused(UGYLDIG, "DATO_FOER_MODTAGELSE", "afklaretDato");
        }
    }

    @Nested
    class Handling {

        @Test
        void handlesAHenvisningByOpeningASag() {
            scenarie.given(henvisningFraSygehusModtaget())
                    .when(haandterMedSagOprettet(HENVISNING_ID))
                    .then(haandteretMedSagOprettet(HENVISNING_ID));
        }

        @Test
        void handlesAHenvendelseByOpeningSeveralSager() {
            scenarie.given(henvisningFraSygehusModtaget())
                    .when(new HaandterHenvendelse(HENVISNING_ID, Udfald.SAG_OPRETTET, List.of(SYGEPLEJESAG_ID, PLEJESAG_ID),
                            null, HAANDTERET_DATO))
                    .then(new HenvendelseHaandteret(HENVISNING_ID, Udfald.SAG_OPRETTET, List.of(SYGEPLEJESAG_ID, PLEJESAG_ID),
                            null, HAANDTERET_DATO, TestKontekst.registrering()));
        }

        @Test
        void handlesAClarifiedHenvendelseByJoiningItToAnExistingSag() {
            scenarie.given(henvendelseFraBorgerModtaget(), afklaret(HENVENDELSE_FRA_BORGER_ID))
                    .when(haandterMedTilknyttetSag(HENVENDELSE_FRA_BORGER_ID))
                    .then(haandteretMedTilknyttetSag(HENVENDELSE_FRA_BORGER_ID));
        }

        @Test
        void handlesAHenvendelseWithoutASagGivingTheBegrundelseEncrypted() {
            scenarie.given(henvendelseFraBorgerModtaget())
                    .when(haandterUdenSag(HENVENDELSE_FRA_BORGER_ID))
                    .then(haandteretUdenSag(HENVENDELSE_FRA_BORGER_ID));
        }

        @Test
        void keepsABegrundelseGivenWithASagAsAnEncryptedNote() {
            var haandteret = (HenvendelseHaandteret) scenarie.given(henvendelseFraBorgerModtaget())
                    .when(haandter(Udfald.TILKNYTTET_SAG, List.of(EKSISTERENDE_SAG_ID), "Samme behov som i sagen"))
                    .events().get(0);

            assertThat(haandteret.begrundelse()).isEqualTo(tekst(BORGER_ID, "Samme behov som i sagen"));
        }

        @Test
        void refusesHandlingAnUnknownHenvendelse() {
            scenarie.given()
                    .when(haandterUdenSag(HENVENDELSE_FRA_BORGER_ID))
                    .thenRefused(IKKE_FUNDET, "HENVENDELSE_UKENDT", null);
        }

        @Test
        void refusesHandlingAHenvendelseTwice() {
            scenarie.given(henvisningFraSygehusModtaget(), haandteretMedSagOprettet(HENVISNING_ID))
                    .when(haandter(Udfald.TILKNYTTET_SAG, List.of(EKSISTERENDE_SAG_ID), null))
                    .thenRefused(REGEL, "HENVENDELSE_HAANDTERET", null);
        }

        @Test
        void answersMarkingItHandledWithTheSagItWasAlreadyHandledWithWithNoNewEvent() {
            // UC1 step 6: opening the sag marked it handled; a client that still marks it afterwards changes nothing
            scenarie.given(henvisningFraSygehusModtaget(), haandteretMedSagOprettet(HENVISNING_ID))
                    .when(haandterMedSagOprettet(HENVISNING_ID))
                    .then();
        }

        @Test
        void refusesHandlingWithoutUdfald() {
            scenarie.given(henvendelseFraBorgerModtaget())
                    .when(haandter(null, List.of(EKSISTERENDE_SAG_ID), null))
                    .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "udfald");
        }

        @Test
        void refusesSagOprettetWithoutAnySag() {
            scenarie.given(henvendelseFraBorgerModtaget())
                    .when(haandter(Udfald.SAG_OPRETTET, List.of(), null))
                    .thenRefused(UGYLDIG, "SAGER_PAAKRAEVET", "sager");
        }

        @Test
        void refusesSagOprettetWithNoSagerListAtAll() {
            scenarie.given(henvendelseFraBorgerModtaget())
                    .when(haandter(Udfald.SAG_OPRETTET, null, null))
                    .thenRefused(UGYLDIG, "SAGER_PAAKRAEVET", "sager");
        }

        @Test
        void refusesTilknyttetSagWithoutASag() {
            scenarie.given(henvendelseFraBorgerModtaget())
                    .when(haandter(Udfald.TILKNYTTET_SAG, List.of(), null))
                    .thenRefused(UGYLDIG, "SAGER_PAAKRAEVET", "sager");
        }

        @Test
        void refusesTilknyttetSagWithMoreThanOneSag() {
            scenarie.given(henvendelseFraBorgerModtaget())
                    .when(haandter(Udfald.TILKNYTTET_SAG, List.of(EKSISTERENDE_SAG_ID, SYGEPLEJESAG_ID), null))
                    .thenRefused(UGYLDIG, "SAGER_UGYLDIG", "sager");
        }

        @Test
        void refusesIngenSagWithoutBegrundelse() {
            scenarie.given(henvendelseFraBorgerModtaget())
                    .when(haandter(Udfald.INGEN_SAG, List.of(), " "))
                    .thenRefused(UGYLDIG, "BEGRUNDELSE_PAAKRAEVET", "begrundelse");
        }

        @Test
        void refusesIngenSagThatNamesASag() {
            scenarie.given(henvendelseFraBorgerModtaget())
                    .when(haandter(Udfald.INGEN_SAG, List.of(EKSISTERENDE_SAG_ID), BEGRUNDELSE_INGEN_SAG))
                    .thenRefused(UGYLDIG, "SAGER_UGYLDIG", "sager");
        }

        @Test
        void refusesTheSameSagTwiceInTheList() {
            scenarie.given(henvendelseFraBorgerModtaget())
                    .when(haandter(Udfald.SAG_OPRETTET, List.of(SYGEPLEJESAG_ID, SYGEPLEJESAG_ID), null))
                    .thenRefused(UGYLDIG, "SAGER_UGYLDIG", "sager");
        }

        @Test
        void refusesAnEmptyEntryInTheSagerList() {
            scenarie.given(henvendelseFraBorgerModtaget())
                    .when(haandter(Udfald.SAG_OPRETTET, Arrays.asList(SYGEPLEJESAG_ID, null), null))
                    .thenRefused(UGYLDIG, "SAGER_UGYLDIG", "sager");
        }

        @Test
        void refusesHandlingWithoutHaandteretDato() {
            scenarie.given(henvendelseFraBorgerModtaget())
                    .when(new HaandterHenvendelse(HENVENDELSE_FRA_BORGER_ID, Udfald.INGEN_SAG, List.of(),
                            BEGRUNDELSE_INGEN_SAG, null))
                    .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "haandteretDato");
        }

        @Test
        void refusesHandlingDatedBeforeTheHenvendelseWasReceived() {
            scenarie.given(henvendelseFraBorgerModtaget())
                    .when(new HaandterHenvendelse(HENVENDELSE_FRA_BORGER_ID, Udfald.INGEN_SAG, List.of(),
                            BEGRUNDELSE_INGEN_SAG, MODTAGET_DATO.minusDays(1)))
                    .thenRefused(UGYLDIG, "DATO_FOER_MODTAGELSE", "haandteretDato");
        }
    }

    @Nested
    class Replaying {

        @Test
        void startsFromAHenvendelseThatDoesNotExist() {
            assertThat(HenvendelseState.initial().findes()).isFalse();
            assertThat(HenvendelseDecider.replay(List.of())).isEqualTo(HenvendelseState.initial());
        }

        @Test
        void foldsTheHistoryOfAHandledHenvendelse() {
            HenvendelseState state = HenvendelseDecider.replay(List.of(henvendelseFraBorgerModtaget(),
                    afklaret(HENVENDELSE_FRA_BORGER_ID), haandteretMedTilknyttetSag(HENVENDELSE_FRA_BORGER_ID)));

            assertThat(state).isEqualTo(new HenvendelseState(true, BORGER_ID, MODTAGET_DATO, false, true, true,
                    Udfald.TILKNYTTET_SAG, List.of(EKSISTERENDE_SAG_ID)));
        }
    }
}
