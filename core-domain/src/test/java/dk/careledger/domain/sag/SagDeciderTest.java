package dk.careledger.domain.sag;

import static dk.careledger.domain.felles.Afvisningsart.IKKE_FUNDET;
import static dk.careledger.domain.felles.Afvisningsart.KONFLIKT;
import static dk.careledger.domain.felles.Afvisningsart.REGEL;
import static dk.careledger.domain.felles.Afvisningsart.UGYLDIG;
import static dk.careledger.domain.sag.SagFixtures.AFGOERELSE_ID;
import static dk.careledger.domain.sag.SagFixtures.ANMODET;
import static dk.careledger.domain.sag.SagFixtures.ANMODNING_ID;
import static dk.careledger.domain.sag.SagFixtures.ANSVARLIG_ENHED;
import static dk.careledger.domain.sag.SagFixtures.BEMAERKNING;
import static dk.careledger.domain.sag.SagFixtures.BORGER_ID;
import static dk.careledger.domain.sag.SagFixtures.EJER;
import static dk.careledger.domain.sag.SagFixtures.EMNE;
import static dk.careledger.domain.sag.SagFixtures.HANDLINGSFACET;
import static dk.careledger.domain.sag.SagFixtures.HENVENDELSE_ID;
import static dk.careledger.domain.sag.SagFixtures.HJEMMEL;
import static dk.careledger.domain.sag.SagFixtures.HVAD;
import static dk.careledger.domain.sag.SagFixtures.KLAGE_ID;
import static dk.careledger.domain.sag.SagFixtures.KLAGE_MODTAGET;
import static dk.careledger.domain.sag.SagFixtures.KLE_NUMMER;
import static dk.careledger.domain.sag.SagFixtures.NY_AFGOERELSE_ID;
import static dk.careledger.domain.sag.SagFixtures.OMFANG;
import static dk.careledger.domain.sag.SagFixtures.OPSTAAET;
import static dk.careledger.domain.sag.SagFixtures.PARTSHOERING_ID;
import static dk.careledger.domain.sag.SagFixtures.PARTSHOERING_SENDT;
import static dk.careledger.domain.sag.SagFixtures.PARTSHOERING_SVARFRIST;
import static dk.careledger.domain.sag.SagFixtures.REVISITATION_AARSAG;
import static dk.careledger.domain.sag.SagFixtures.REVISITATION_STARTET;
import static dk.careledger.domain.sag.SagFixtures.SAGSNUMMER;
import static dk.careledger.domain.sag.SagFixtures.SAG_ID;
import static dk.careledger.domain.sag.SagFixtures.SAMTYKKE_DATO;
import static dk.careledger.domain.sag.SagFixtures.SAMTYKKE_ID;
import static dk.careledger.domain.sag.SagFixtures.SVAR;
import static dk.careledger.domain.sag.SagFixtures.TITEL;
import static dk.careledger.domain.sag.SagFixtures.TRUFFET;
import static dk.careledger.domain.sag.SagFixtures.VURDERET;
import static dk.careledger.domain.sag.SagFixtures.afgjort;
import static dk.careledger.domain.sag.SagFixtures.afgoerelseTruffet;
import static dk.careledger.domain.sag.SagFixtures.afslutSag;
import static dk.careledger.domain.sag.SagFixtures.afslutSagUdenAfgoerelse;
import static dk.careledger.domain.sag.SagFixtures.afsluttet;
import static dk.careledger.domain.sag.SagFixtures.anmodOmOplysninger;
import static dk.careledger.domain.sag.SagFixtures.besvarPartshoering;
import static dk.careledger.domain.sag.SagFixtures.genoptagSag;
import static dk.careledger.domain.sag.SagFixtures.iBero;
import static dk.careledger.domain.sag.SagFixtures.klageModtaget;
import static dk.careledger.domain.sag.SagFixtures.krypteret;
import static dk.careledger.domain.sag.SagFixtures.markerSagGenoplyst;
import static dk.careledger.domain.sag.SagFixtures.markerSagOplyst;
import static dk.careledger.domain.sag.SagFixtures.modtagKlage;
import static dk.careledger.domain.sag.SagFixtures.oplysningerAnmodet;
import static dk.careledger.domain.sag.SagFixtures.oplyst;
import static dk.careledger.domain.sag.SagFixtures.opretSag;
import static dk.careledger.domain.sag.SagFixtures.oprettet;
import static dk.careledger.domain.sag.SagFixtures.partshoeringAfventer;
import static dk.careledger.domain.sag.SagFixtures.partshoeringBesvaret;
import static dk.careledger.domain.sag.SagFixtures.partshoeringSendt;
import static dk.careledger.domain.sag.SagFixtures.registrerSamtykke;
import static dk.careledger.domain.sag.SagFixtures.revisitationStartet;
import static dk.careledger.domain.sag.SagFixtures.sagAfsluttet;
import static dk.careledger.domain.sag.SagFixtures.sagAfsluttetUdenAfgoerelse;
import static dk.careledger.domain.sag.SagFixtures.sagGenoplyst;
import static dk.careledger.domain.sag.SagFixtures.sagGenoptaget;
import static dk.careledger.domain.sag.SagFixtures.sagOplyst;
import static dk.careledger.domain.sag.SagFixtures.sagOprettet;
import static dk.careledger.domain.sag.SagFixtures.sagSatIBero;
import static dk.careledger.domain.sag.SagFixtures.sagsbehandlerTildelt;
import static dk.careledger.domain.sag.SagFixtures.samtykkeRegistreret;
import static dk.careledger.domain.sag.SagFixtures.sendPartshoering;
import static dk.careledger.domain.sag.SagFixtures.startRevisitation;
import static dk.careledger.domain.sag.SagFixtures.tildelSagsbehandler;
import static dk.careledger.domain.sag.SagFixtures.tilstandVurderet;
import static dk.careledger.domain.sag.SagFixtures.traefAfgoerelse;
import static dk.careledger.domain.sag.SagFixtures.underRevisitation;
import static dk.careledger.domain.sag.SagFixtures.vurderTilstand;
import static dk.careledger.domain.testfixtures.TestKontekst.registrering;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.felles.HenvendelseId;
import dk.careledger.domain.sag.command.AfslutSagUdenAfgoerelse;
import dk.careledger.domain.sag.command.AnmodOmOplysninger;
import dk.careledger.domain.sag.command.BesvarPartshoering;
import dk.careledger.domain.sag.command.GenoptagSag;
import dk.careledger.domain.sag.command.ModtagKlage;
import dk.careledger.domain.sag.command.OpretSag;
import dk.careledger.domain.sag.command.RegistrerSamtykke;
import dk.careledger.domain.sag.command.SagCommand;
import dk.careledger.domain.sag.command.SendPartshoering;
import dk.careledger.domain.sag.command.StartRevisitation;
import dk.careledger.domain.sag.command.TildelSagsbehandler;
import dk.careledger.domain.sag.command.TraefAfgoerelse;
import dk.careledger.domain.sag.command.VurderTilstand;
import dk.careledger.domain.sag.event.AfgoerelseTruffet;
import dk.careledger.domain.sag.event.OplysningerAnmodet;
import dk.careledger.domain.sag.event.SagAfsluttetUdenAfgoerelse;
import dk.careledger.domain.sag.event.SagEvent;
import dk.careledger.domain.sag.event.SagOprettet;
import dk.careledger.domain.sag.event.SamtykkeRegistreret;
import dk.careledger.domain.sag.event.TilstandVurderet;
import dk.careledger.domain.testfixtures.Scenarie;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SagDeciderTest {

    private final Scenarie<SagState, SagCommand, SagEvent> scenarie = SagFixtures.scenarie();

    static Stream<SagCommand> everyCommandButOpretSag() {
        return Stream.of(tildelSagsbehandler(), registrerSamtykke(), vurderTilstand(), anmodOmOplysninger(),
                genoptagSag(), markerSagOplyst(), sendPartshoering(), besvarPartshoering(), traefAfgoerelse(),
                modtagKlage(), startRevisitation(), afslutSagUdenAfgoerelse(), afslutSag());
    }

    static Stream<SagCommand> everyCommandButOpretSagAndModtagKlage() {
        return everyCommandButOpretSag().filter(command -> !(command instanceof ModtagKlage));
    }

    @Nested
    class EveryCommand {

        @ParameterizedTest
        @MethodSource("dk.careledger.domain.sag.SagDeciderTest#everyCommandButOpretSag")
        void isRefusedOnASagThatDoesNotExist(SagCommand command) {
            scenarie.given().when(command).thenRefused(IKKE_FUNDET, "SAG_UKENDT", null);
        }

        @ParameterizedTest
        @MethodSource("dk.careledger.domain.sag.SagDeciderTest#everyCommandButOpretSagAndModtagKlage")
        void isRefusedOnAClosedSag(SagCommand command) {
            scenarie.given(afsluttet()).when(command).thenRefused(REGEL, "SAG_AFSLUTTET", null);
        }

        @Test
        void isRefusedWithoutASagId() {
            scenarie.given(oprettet()).when(new TildelSagsbehandler(null, "sb-0002", OPSTAAET))
                    .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "sagId");
        }
    }

    @Nested
    class OpretSagCommand {

        @Test
        void opensASagWithItsClassificationAndTheTitleEncryptedForThePrimaerPart() {
            scenarie.given().when(opretSag()).then(sagOprettet());
        }

        @Test
        void opensASagWithoutHenvendelserOrSagsbehandler() {
            OpretSag uden = new OpretSag(SAG_ID, SAGSNUMMER, BORGER_ID, EJER, ANSVARLIG_ENHED, KLE_NUMMER,
                    HANDLINGSFACET, Foelsomhed.FOELSOMME_PERSONOPLYSNINGER, TITEL, OPSTAAET, null, " ");

            scenarie.given().when(uden).then(new SagOprettet(SAG_ID, SAGSNUMMER, BORGER_ID, EJER, ANSVARLIG_ENHED,
                    KLE_NUMMER, HANDLINGSFACET, Foelsomhed.FOELSOMME_PERSONOPLYSNINGER, krypteret(TITEL), OPSTAAET,
                    List.of(), null, registrering()));
        }

        @Test
        void refusesToOpenASagThatExistsAlready() {
            scenarie.given(oprettet()).when(opretSag()).thenRefused(KONFLIKT, "SAG_FINDES", null);
        }

        @ParameterizedTest
        @ValueSource(strings = {"sagsnummer", "borgerId", "ejer", "ansvarligEnhed", "kleNummer", "handlingsfacet",
                "foelsomhed", "titel", "opstaaetDato"})
        void refusesASagWithoutAMandatoryField(String felt) {
            scenarie.given().when(opretSagUden(felt)).thenRefused(UGYLDIG, "FELT_PAAKRAEVET", felt);
        }

        @Test
        void refusesASagsnummerLongerThanTheIndexAllows() {
            OpretSag lang = new OpretSag(SAG_ID, "x".repeat(51), BORGER_ID, EJER, ANSVARLIG_ENHED, KLE_NUMMER,
                    HANDLINGSFACET, Foelsomhed.FOELSOMME_PERSONOPLYSNINGER, TITEL, OPSTAAET, List.of(), null);

            scenarie.given().when(lang).thenRefused(UGYLDIG, "FELT_FOR_LANGT", "sagsnummer");
        }

        @Test
        void refusesAnUnknownKleEmne() {
            OpretSag ukendt = new OpretSag(SAG_ID, SAGSNUMMER, BORGER_ID, EJER, ANSVARLIG_ENHED, "27.99.99",
                    HANDLINGSFACET, Foelsomhed.FOELSOMME_PERSONOPLYSNINGER, TITEL, OPSTAAET, List.of(), null);

            scenarie.given().when(ukendt).thenRefused(UGYLDIG, "UKENDT_KLE", "kleNummer");
        }

        @Test
        void refusesAnUnknownHandlingsfacet() {
            OpretSag ukendt = new OpretSag(SAG_ID, SAGSNUMMER, BORGER_ID, EJER, ANSVARLIG_ENHED, KLE_NUMMER, "X99",
                    Foelsomhed.FOELSOMME_PERSONOPLYSNINGER, TITEL, OPSTAAET, List.of(), null);

            scenarie.given().when(ukendt).thenRefused(UGYLDIG, "UKENDT_HANDLINGSFACET", "handlingsfacet");
        }

        @Test
        void refusesTheSameHenvendelseTwice() {
            OpretSag dobbelt = new OpretSag(SAG_ID, SAGSNUMMER, BORGER_ID, EJER, ANSVARLIG_ENHED, KLE_NUMMER,
                    HANDLINGSFACET, Foelsomhed.FOELSOMME_PERSONOPLYSNINGER, TITEL, OPSTAAET,
                    List.of(HENVENDELSE_ID, HENVENDELSE_ID), null);

            scenarie.given().when(dobbelt).thenRefused(UGYLDIG, "HENVENDELSER_UGYLDIG", "henvendelser");
        }

        @Test
        void refusesAnEmptyHenvendelseInTheList() {
            List<HenvendelseId> medTom = new ArrayList<>();
            medTom.add(null);
            OpretSag tom = new OpretSag(SAG_ID, SAGSNUMMER, BORGER_ID, EJER, ANSVARLIG_ENHED, KLE_NUMMER,
                    HANDLINGSFACET, Foelsomhed.FOELSOMME_PERSONOPLYSNINGER, TITEL, OPSTAAET, medTom, null);

            scenarie.given().when(tom).thenRefused(UGYLDIG, "HENVENDELSER_UGYLDIG", "henvendelser");
        }

        private OpretSag opretSagUden(String felt) {
            OpretSag c = opretSag();
            return new OpretSag(c.sagId(),
                    felt.equals("sagsnummer") ? " " : c.sagsnummer(),
                    felt.equals("borgerId") ? null : c.borgerId(),
                    felt.equals("ejer") ? null : c.ejer(),
                    felt.equals("ansvarligEnhed") ? "" : c.ansvarligEnhed(),
                    felt.equals("kleNummer") ? null : c.kleNummer(),
                    felt.equals("handlingsfacet") ? null : c.handlingsfacet(),
                    felt.equals("foelsomhed") ? null : c.foelsomhed(),
                    felt.equals("titel") ? "  " : c.titel(),
                    felt.equals("opstaaetDato") ? null : c.opstaaetDato(),
                    c.henvendelser(), c.sagsbehandler());
        }
    }

    @Nested
    class TildelSagsbehandlerCommand {

        @Test
        void assignsTheSagsbehandler() {
            scenarie.given(oprettet()).when(tildelSagsbehandler()).then(sagsbehandlerTildelt());
        }

        @Test
        void refusesAnAssignmentWithoutSagsbehandler() {
            scenarie.given(oprettet()).when(new TildelSagsbehandler(SAG_ID, " ", OPSTAAET))
                    .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "sagsbehandler");
        }

        @Test
        void refusesAnAssignmentWithoutFromDate() {
            scenarie.given(oprettet()).when(new TildelSagsbehandler(SAG_ID, "sb-0002", null))
                    .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "fra");
        }
    }

    @Nested
    class RegistrerSamtykkeCommand {

        @Test
        void registersAGivenSamtykkeWithItsOmfangEncrypted() {
            scenarie.given(oprettet()).when(registrerSamtykke()).then(samtykkeRegistreret());
        }

        @Test
        void registersARefusedSamtykkeWithoutOmfang() {
            RegistrerSamtykke afslaaet = new RegistrerSamtykke(SAG_ID, SAMTYKKE_ID, SamtykkeSvar.AFSLAAET,
                    Samtykkeform.MUNDTLIGT, Set.of(SamtykkeFormaal.INDHENTNING), null, SAMTYKKE_DATO);

            scenarie.given(oprettet()).when(afslaaet).then(new SamtykkeRegistreret(SAG_ID, SAMTYKKE_ID,
                    SamtykkeSvar.AFSLAAET, Samtykkeform.MUNDTLIGT, Set.of(SamtykkeFormaal.INDHENTNING), null,
                    SAMTYKKE_DATO, registrering()));
        }

        @Test
        void refusesASamtykkeWithoutFormaal() {
            RegistrerSamtykke udenFormaal = new RegistrerSamtykke(SAG_ID, SAMTYKKE_ID, SamtykkeSvar.GIVET,
                    Samtykkeform.SKRIFTLIGT, Set.of(), OMFANG, SAMTYKKE_DATO);

            scenarie.given(oprettet()).when(udenFormaal).thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "formaal");
        }

        @Test
        void refusesAGivenSamtykkeWithoutOmfang() {
            RegistrerSamtykke udenOmfang = new RegistrerSamtykke(SAG_ID, SAMTYKKE_ID, SamtykkeSvar.GIVET,
                    Samtykkeform.SKRIFTLIGT, Set.of(SamtykkeFormaal.VIDEREGIVELSE), " ", SAMTYKKE_DATO);

            scenarie.given(oprettet()).when(udenOmfang).thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "omfang");
        }

        @Test
        void refusesTheSameSamtykkeTwice() {
            scenarie.given(sagOprettet(), samtykkeRegistreret()).when(registrerSamtykke())
                    .thenRefused(KONFLIKT, "SAMTYKKE_FINDES", "samtykkeId");
        }
    }

    @Nested
    class VurderTilstandCommand {

        @Test
        void recordsAScoredFunktionsevnetilstand() {
            scenarie.given(oprettet()).when(vurderTilstand()).then(tilstandVurderet());
        }

        @Test
        void recordsAHelbredstilstandWithoutNiveau() {
            VurderTilstand tryksaar = new VurderTilstand(SAG_ID, "I4.1", null, null, null, " ", null, VURDERET);

            scenarie.given(oprettet()).when(tryksaar).then(
                    new TilstandVurderet(SAG_ID, "I4.1", null, null, null, null, null, VURDERET, registrering()));
        }

        @Test
        void acceptsNiveauNineForNotRelevant() {
            VurderTilstand ikkeRelevant = new VurderTilstand(SAG_ID, "J1.1", 9, null, null, null, null, VURDERET);

            assertThat(scenarie.given(oprettet()).when(ikkeRelevant).events()).hasSize(1);
        }

        @Test
        void refusesAnUnknownFsiiiKode() {
            scenarie.given(oprettet()).when(tilstand("J99.9", 2, null, null, null))
                    .thenRefused(UGYLDIG, "UKENDT_FSIII_KODE", "fsiiiKode");
        }

        @Test
        void refusesAnFsiiiKodeThatIsNotATilstand() {
            scenarie.given(oprettet()).when(tilstand("A1", 2, null, null, null))
                    .thenRefused(UGYLDIG, "UKENDT_FSIII_KODE", "fsiiiKode");
        }

        @Test
        void refusesAFunktionsevnetilstandWithoutNiveau() {
            scenarie.given(oprettet()).when(tilstand("J1.1", null, null, null, null))
                    .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "niveau");
        }

        @Test
        void refusesANiveauOutsideTheScale() {
            scenarie.given(oprettet()).when(tilstand("J1.1", 5, null, null, null))
                    .thenRefused(UGYLDIG, "NIVEAU_UGYLDIG", "niveau");
        }

        @Test
        void refusesAnExpectedNiveauOutsideTheScale() {
            scenarie.given(oprettet()).when(tilstand("J1.1", 3, -1, null, null))
                    .thenRefused(UGYLDIG, "NIVEAU_UGYLDIG", "forventetNiveau");
        }

        @Test
        void refusesANiveauOnAHelbredstilstand() {
            scenarie.given(oprettet()).when(tilstand("I4.1", 2, null, null, null))
                    .thenRefused(UGYLDIG, "NIVEAU_UGYLDIG", "niveau");
        }

        @Test
        void refusesAnExpectedNiveauOnAHelbredstilstand() {
            scenarie.given(oprettet()).when(tilstand("I4.1", null, 1, null, null))
                    .thenRefused(UGYLDIG, "NIVEAU_UGYLDIG", "forventetNiveau");
        }

        @Test
        void refusesAnUdfoerelseKodeOutsideGroupC() {
            scenarie.given(oprettet()).when(tilstand("J1.1", 3, 2, "D1", null))
                    .thenRefused(UGYLDIG, "UKENDT_FSIII_KODE", "udfoerelseKode");
        }

        @Test
        void refusesABetydningKodeOutsideGroupD() {
            scenarie.given(oprettet()).when(tilstand("J1.1", 3, 2, "C2", "C3"))
                    .thenRefused(UGYLDIG, "UKENDT_FSIII_KODE", "betydningKode");
        }

        @Test
        void refusesAnAssessmentWithoutDate() {
            VurderTilstand udenDato = new VurderTilstand(SAG_ID, "J1.1", 3, 2, null, null, null, null);

            scenarie.given(oprettet()).when(udenDato).thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "vurderetDato");
        }

        private VurderTilstand tilstand(String kode, Integer niveau, Integer forventet, String c, String d) {
            return new VurderTilstand(SAG_ID, kode, niveau, forventet, c, d, null, VURDERET);
        }
    }

    @Nested
    class AnmodOmOplysningerCommand {

        @Test
        void asksTheThirdPartyAndPutsTheSagIBero() {
            scenarie.given(oprettet()).when(anmodOmOplysninger()).then(oplysningerAnmodet(), sagSatIBero());
        }

        @Test
        void asksTheThirdPartyWithoutPuttingTheSagIBero() {
            scenarie.given(oprettet()).when(anmod(ANMODNING_ID, "A9", null, false))
                    .then(new OplysningerAnmodet(SAG_ID, ANMODNING_ID, "A9", krypteret(HVAD), ANMODET, null,
                            registrering()));
        }

        @Test
        void keepsTheSagIBeroFromTheFirstRequestWhenAlreadyIBero() {
            UUID anden = UUID.fromString("a3a0d000-0000-4000-8000-000000000002");

            scenarie.given(iBero()).when(anmod(anden, "A11", null, true))
                    .then(new OplysningerAnmodet(SAG_ID, anden, "A11", krypteret(HVAD), ANMODET, null,
                            registrering()));
        }

        @Test
        void refusesAThirdPartyCodeOutsideGroupA() {
            scenarie.given(oprettet()).when(anmod(ANMODNING_ID, "J1.1", null, true))
                    .thenRefused(UGYLDIG, "UKENDT_FSIII_KODE", "tredjepartKode");
        }

        @Test
        void refusesARequestWithoutWhatIsAskedFor() {
            AnmodOmOplysninger udenHvad = new AnmodOmOplysninger(SAG_ID, ANMODNING_ID, "A9", "", ANMODET, null, true);

            scenarie.given(oprettet()).when(udenHvad).thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "hvad");
        }

        @Test
        void refusesASvarfristBeforeTheRequest() {
            scenarie.given(oprettet()).when(anmod(ANMODNING_ID, "A9", ANMODET.minusDays(1), true))
                    .thenRefused(UGYLDIG, "DATO_UGYLDIG", "svarfrist");
        }

        @Test
        void refusesTheSameAnmodningTwice() {
            scenarie.given(sagOprettet(), oplysningerAnmodet()).when(anmod(ANMODNING_ID, "A9", null, false))
                    .thenRefused(KONFLIKT, "ANMODNING_FINDES", "anmodningId");
        }

        @Test
        void refusesToPutAnAfgjortSagIBero() {
            scenarie.given(afgjort()).when(anmodOmOplysninger())
                    .thenRefused(REGEL, "SAG_ALLEREDE_AFGJORT", "saetIBero");
        }

        @Test
        void asksForInformationOnAnAfgjortSagWithoutBero() {
            assertThat(scenarie.given(afgjort()).when(anmod(ANMODNING_ID, "A9", null, false)).events())
                    .hasSize(1);
        }

        private AnmodOmOplysninger anmod(UUID id, String kode, LocalDate svarfrist,
                boolean saetIBero) {
            return new AnmodOmOplysninger(SAG_ID, id, kode, HVAD, ANMODET, svarfrist, saetIBero);
        }
    }

    @Nested
    class GenoptagSagCommand {

        @Test
        void resumesASagIBero() {
            scenarie.given(iBero()).when(genoptagSag()).then(sagGenoptaget());
        }

        @Test
        void refusesToResumeASagThatIsNotIBero() {
            scenarie.given(oprettet()).when(genoptagSag()).thenRefused(REGEL, "SAG_IKKE_I_BERO", null);
        }

        @Test
        void refusesToResumeBeforeTheSagWasPutIBero() {
            scenarie.given(iBero()).when(new GenoptagSag(SAG_ID, ANMODET.minusDays(1)))
                    .thenRefused(UGYLDIG, "DATO_UGYLDIG", "genoptagetDato");
        }
    }

    @Nested
    class MarkerSagOplystCommand {

        @Test
        void marksTheSagOplyst() {
            scenarie.given(oprettet()).when(markerSagOplyst()).then(sagOplyst());
        }

        @Test
        void marksASagUnderRevisitationOplystAgain() {
            scenarie.given(underRevisitation()).when(markerSagGenoplyst()).then(sagGenoplyst());
        }

        @Test
        void refusesToMarkASagIBeroOplyst() {
            scenarie.given(iBero()).when(markerSagOplyst()).thenRefused(REGEL, "SAG_I_BERO", null);
        }

        @Test
        void refusesToMarkASagOplystTwice() {
            scenarie.given(oplyst()).when(markerSagOplyst()).thenRefused(REGEL, "SAG_ALLEREDE_OPLYST", null);
        }

        @Test
        void refusesToMarkAnAfgjortSagOplystWithoutRevisitation() {
            scenarie.given(afgjort()).when(markerSagOplyst()).thenRefused(REGEL, "SAG_ALLEREDE_AFGJORT", null);
        }
    }

    @Nested
    class SendPartshoeringCommand {

        @Test
        void sendsAPartshoeringWithItsEmneEncrypted() {
            scenarie.given(oplyst()).when(sendPartshoering()).then(partshoeringSendt());
        }

        @Test
        void refusesAPartshoeringWithoutSvarfrist() {
            scenarie.given(oplyst()).when(new SendPartshoering(SAG_ID, PARTSHOERING_ID, PARTSHOERING_SENDT, null, EMNE))
                    .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "svarfrist");
        }

        @Test
        void refusesASvarfristBeforeThePartshoeringWasSent() {
            scenarie.given(oplyst())
                    .when(new SendPartshoering(SAG_ID, PARTSHOERING_ID, PARTSHOERING_SENDT,
                            PARTSHOERING_SENDT.minusDays(1), EMNE))
                    .thenRefused(UGYLDIG, "DATO_UGYLDIG", "svarfrist");
        }

        @Test
        void refusesAPartshoeringWithoutEmne() {
            scenarie.given(oplyst())
                    .when(new SendPartshoering(SAG_ID, PARTSHOERING_ID, PARTSHOERING_SENDT, PARTSHOERING_SVARFRIST,
                            null))
                    .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "emne");
        }

        @Test
        void refusesTheSamePartshoeringTwice() {
            scenarie.given(partshoeringAfventer()).when(sendPartshoering())
                    .thenRefused(KONFLIKT, "PARTSHOERING_FINDES", "partshoeringId");
        }
    }

    @Nested
    class BesvarPartshoeringCommand {

        @Test
        void recordsTheAnswerEncrypted() {
            scenarie.given(partshoeringAfventer()).when(besvarPartshoering()).then(partshoeringBesvaret());
        }

        @Test
        void refusesAnAnswerToAnUnknownPartshoering() {
            scenarie.given(oplyst()).when(besvarPartshoering())
                    .thenRefused(IKKE_FUNDET, "PARTSHOERING_UKENDT", "partshoeringId");
        }

        @Test
        void refusesASecondAnswerToTheSamePartshoering() {
            scenarie.given(sagOprettet(), sagOplyst(), partshoeringSendt(), partshoeringBesvaret())
                    .when(besvarPartshoering())
                    .thenRefused(KONFLIKT, "PARTSHOERING_BESVARET", "partshoeringId");
        }

        @Test
        void refusesAnAnswerWithoutSvar() {
            scenarie.given(partshoeringAfventer())
                    .when(new BesvarPartshoering(SAG_ID, PARTSHOERING_ID, PARTSHOERING_SENDT, " "))
                    .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "svar");
        }
    }

    @Nested
    class TraefAfgoerelseCommand {

        @Test
        void makesADelvisBevillingOnAnOplystSag() {
            scenarie.given(oplyst()).when(traefAfgoerelse()).then(afgoerelseTruffet());
        }

        @Test
        void makesAnAfslagWithBegrundelseAndKlagevejledning() {
            scenarie.given(oplyst()).when(traefAfgoerelse(Afgoerelsestype.AFSLAG))
                    .then(afgoerelseTruffet(Afgoerelsestype.AFSLAG));
        }

        @Test
        void makesAFullBevillingWithoutBegrundelseOrKlagevejledning() {
            TraefAfgoerelse fuld = new TraefAfgoerelse(SAG_ID, AFGOERELSE_ID, Afgoerelsestype.BEVILLING, HJEMMEL,
                    null, false, TRUFFET, null, null, null);

            scenarie.given(oplyst()).when(fuld).then(new AfgoerelseTruffet(SAG_ID, AFGOERELSE_ID,
                    Afgoerelsestype.BEVILLING, HJEMMEL, null, false, TRUFFET, null, null, null, registrering()));
        }

        @Test
        void makesAnAfgoerelseOnASagThatIsNotOplystWhenTheReasonIsGiven() {
            TraefAfgoerelse akut = afgoerelse(Afgoerelsestype.BEVILLING, null, false, "Akut behov efter udskrivning");

            scenarie.given(oprettet()).when(akut).then(new AfgoerelseTruffet(SAG_ID, AFGOERELSE_ID,
                    Afgoerelsestype.BEVILLING, HJEMMEL, null, false, TRUFFET, null, null,
                    krypteret("Akut behov efter udskrivning"), registrering()));
        }

        @Test
        void refusesAnAfgoerelseOnASagThatIsNotOplyst() {
            scenarie.given(oprettet()).when(traefAfgoerelse())
                    .thenRefused(REGEL, "SAG_IKKE_OPLYST", "uoplystBegrundelse");
        }

        @Test
        void refusesAnAfgoerelseOnASagIBero() {
            scenarie.given(sagOprettet(), sagOplyst(), oplysningerAnmodet(), sagSatIBero()).when(traefAfgoerelse())
                    .thenRefused(REGEL, "SAG_I_BERO", null);
        }

        @ParameterizedTest
        @EnumSource(value = Afgoerelsestype.class, names = {"AFSLAG", "DELVIS_BEVILLING"})
        void refusesAnAdverseAfgoerelseWithoutBegrundelse(Afgoerelsestype type) {
            scenarie.given(oplyst()).when(afgoerelse(type, " ", true, null))
                    .thenRefused(UGYLDIG, "BEGRUNDELSE_PAAKRAEVET", "begrundelse");
        }

        @ParameterizedTest
        @EnumSource(value = Afgoerelsestype.class, names = {"AFSLAG", "DELVIS_BEVILLING"})
        void refusesAnAdverseAfgoerelseWithoutKlagevejledning(Afgoerelsestype type) {
            scenarie.given(oplyst()).when(afgoerelse(type, "Begrundet", false, null))
                    .thenRefused(UGYLDIG, "KLAGEVEJLEDNING_PAAKRAEVET", "klagevejledningGivet");
        }

        @Test
        void refusesAnAfgoerelseWithoutHjemmel() {
            TraefAfgoerelse udenHjemmel = new TraefAfgoerelse(SAG_ID, AFGOERELSE_ID, Afgoerelsestype.BEVILLING, "",
                    null, false, TRUFFET, null, null, null);

            scenarie.given(oplyst()).when(udenHjemmel).thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "hjemmel");
        }

        @Test
        void refusesAnAfgoerelseSentBeforeItWasMade() {
            TraefAfgoerelse foer = new TraefAfgoerelse(SAG_ID, AFGOERELSE_ID, Afgoerelsestype.BEVILLING, HJEMMEL,
                    null, false, TRUFFET, TRUFFET.minusDays(1), null, null);

            scenarie.given(oplyst()).when(foer).thenRefused(UGYLDIG, "DATO_UGYLDIG", "sendtDato");
        }

        @Test
        void refusesASecondAfgoerelseWithoutRevisitation() {
            TraefAfgoerelse ny = new TraefAfgoerelse(SAG_ID, NY_AFGOERELSE_ID, Afgoerelsestype.BEVILLING, HJEMMEL,
                    null, false, TRUFFET, null, null, null);

            scenarie.given(afgjort()).when(ny).thenRefused(REGEL, "SAG_ALLEREDE_AFGJORT", null);
        }

        @Test
        void refusesTheSameAfgoerelseTwice() {
            scenarie.given(afgjort()).when(traefAfgoerelse())
                    .thenRefused(KONFLIKT, "AFGOERELSE_FINDES", "afgoerelseId");
        }

        @Test
        void refusesANewAfgoerelseAfterRevisitationUntilTheSagIsOplystAgain() {
            scenarie.given(underRevisitation()).when(SagFixtures.traefNyAfgoerelse())
                    .thenRefused(REGEL, "SAG_IKKE_OPLYST", "uoplystBegrundelse");
        }

        private TraefAfgoerelse afgoerelse(Afgoerelsestype type, String begrundelse, boolean klagevejledning,
                String uoplyst) {
            return new TraefAfgoerelse(SAG_ID, AFGOERELSE_ID, type, HJEMMEL, begrundelse, klagevejledning, TRUFFET,
                    null, null, uoplyst);
        }
    }

    @Nested
    class ModtagKlageCommand {

        @Test
        void registersAKlageOverAnAfgoerelse() {
            scenarie.given(afgjort()).when(modtagKlage()).then(klageModtaget());
        }

        @Test
        void registersAKlageAfterTheSagIsClosed() {
            scenarie.given(afsluttet()).when(modtagKlage()).then(klageModtaget());
        }

        @Test
        void refusesAKlageOverAnAfgoerelseThatIsNotOnTheSag() {
            scenarie.given(afgjort()).when(new ModtagKlage(SAG_ID, KLAGE_ID, NY_AFGOERELSE_ID, KLAGE_MODTAGET))
                    .thenRefused(IKKE_FUNDET, "AFGOERELSE_UKENDT", "afgoerelseId");
        }

        @Test
        void refusesTheSameKlageTwice() {
            scenarie.given(sagOprettet(), sagOplyst(), afgoerelseTruffet(), klageModtaget()).when(modtagKlage())
                    .thenRefused(KONFLIKT, "KLAGE_FINDES", "klageId");
        }
    }

    @Nested
    class StartRevisitationCommand {

        @Test
        void startsARevisitationOfAnAfgjortSag() {
            scenarie.given(afgjort()).when(startRevisitation()).then(revisitationStartet());
        }

        @Test
        void refusesARevisitationOfASagWithoutAfgoerelse() {
            scenarie.given(oplyst()).when(startRevisitation()).thenRefused(REGEL, "SAG_IKKE_AFGJORT", null);
        }

        @Test
        void refusesASecondRevisitationBeforeTheNewAfgoerelse() {
            scenarie.given(underRevisitation()).when(startRevisitation())
                    .thenRefused(REGEL, "REVISITATION_I_GANG", null);
        }

        @Test
        void refusesARevisitationWithoutAarsag() {
            scenarie.given(afgjort()).when(new StartRevisitation(SAG_ID, null, REVISITATION_STARTET, null))
                    .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "aarsag");
        }

        @Test
        void startsARevisitationWithoutBevilling() {
            assertThat(scenarie.given(afgjort())
                    .when(new StartRevisitation(SAG_ID, null, REVISITATION_STARTET, REVISITATION_AARSAG)).events())
                    .hasSize(1);
        }
    }

    @Nested
    class AfslutSagUdenAfgoerelseCommand {

        @Test
        void closesASagWithoutAfgoerelse() {
            scenarie.given(oprettet()).when(afslutSagUdenAfgoerelse()).then(sagAfsluttetUdenAfgoerelse());
        }

        @Test
        void closesASagIBeroWhenTheCitizenDied() {
            AfslutSagUdenAfgoerelse doed = new AfslutSagUdenAfgoerelse(SAG_ID, AfslutningsAarsag.DOED,
                    SagFixtures.AFSLUTTET, null);

            scenarie.given(iBero()).when(doed).then(new SagAfsluttetUdenAfgoerelse(SAG_ID, AfslutningsAarsag.DOED,
                    SagFixtures.AFSLUTTET, null, registrering()));
        }

        @Test
        void refusesToCloseWithoutAfgoerelseWhenThereIsOne() {
            scenarie.given(afgjort()).when(afslutSagUdenAfgoerelse())
                    .thenRefused(REGEL, "SAG_HAR_AFGOERELSE", null);
        }

        @Test
        void refusesTheReasonAndetWithoutBemaerkning() {
            scenarie.given(oprettet())
                    .when(new AfslutSagUdenAfgoerelse(SAG_ID, AfslutningsAarsag.ANDET, SagFixtures.AFSLUTTET, " "))
                    .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "bemaerkning");
        }

        @Test
        void refusesToCloseWithoutAarsag() {
            scenarie.given(oprettet())
                    .when(new AfslutSagUdenAfgoerelse(SAG_ID, null, SagFixtures.AFSLUTTET, BEMAERKNING))
                    .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "aarsag");
        }
    }

    @Nested
    class AfslutSagCommand {

        @Test
        void closesAnAfgjortSag() {
            scenarie.given(afgjort()).when(afslutSag()).then(sagAfsluttet());
        }

        @Test
        void refusesToCloseASagWithoutAfgoerelse() {
            scenarie.given(oplyst()).when(afslutSag()).thenRefused(REGEL, "SAG_UDEN_AFGOERELSE", null);
        }

        @Test
        void refusesToCloseASagTwice() {
            scenarie.given(afsluttet()).when(afslutSag()).thenRefused(REGEL, "SAG_AFSLUTTET", null);
        }
    }

    @Nested
    class Evolve {

        @Test
        void foldsATypicalHistoryIntoState() {
            SagState state = SagDecider.replay(List.of(sagOprettet(), samtykkeRegistreret(), oplysningerAnmodet(),
                    sagSatIBero(), sagGenoptaget(), sagOplyst(), partshoeringSendt(), partshoeringBesvaret(),
                    afgoerelseTruffet(), klageModtaget(), revisitationStartet()));

            assertThat(state.findes()).isTrue();
            assertThat(state.sagId()).isEqualTo(SAG_ID);
            assertThat(state.borgerId()).isEqualTo(BORGER_ID);
            assertThat(state.ejer()).isEqualTo(EJER);
            assertThat(state.fremdrift()).isEqualTo(Fremdrift.AFGJORT);
            assertThat(state.iBero()).isFalse();
            assertThat(state.iBeroFra()).isNull();
            assertThat(state.underRevisitation()).isTrue();
            assertThat(state.afgoerelser()).containsOnlyKeys(AFGOERELSE_ID);
            assertThat(state.partshoeringer()).containsEntry(PARTSHOERING_ID, true);
            assertThat(state.samtykker()).containsExactly(SAMTYKKE_ID);
            assertThat(state.anmodninger()).containsExactly(ANMODNING_ID);
            assertThat(state.klager()).containsExactly(KLAGE_ID);
        }

        @Test
        void startsFromASagThatDoesNotExist() {
            assertThat(SagDecider.replay(List.of())).isEqualTo(SagState.initial());
            assertThat(SagState.initial().findes()).isFalse();
        }

        @Test
        void endsBeroWhenTheSagIsClosed() {
            SagState state = SagDecider.replay(List.of(iBero()[0], iBero()[1], iBero()[2],
                    sagAfsluttetUdenAfgoerelse()));

            assertThat(state.fremdrift()).isEqualTo(Fremdrift.AFSLUTTET);
            assertThat(state.iBero()).isFalse();
        }

        @Test
        void keepsTheSamtykkeFormaalInDeclarationOrder() {
            SamtykkeRegistreret event = new SamtykkeRegistreret(SAG_ID, SAMTYKKE_ID, SamtykkeSvar.GIVET,
                    Samtykkeform.DIGITALT, new LinkedHashSet<>(List.of(SamtykkeFormaal.VIDEREGIVELSE,
                            SamtykkeFormaal.INDHENTNING)), null, SAMTYKKE_DATO, registrering());

            assertThat(event.formaal()).containsExactly(SamtykkeFormaal.INDHENTNING, SamtykkeFormaal.VIDEREGIVELSE);
            assertThat(event.formaal()).isEqualTo(EnumSet.allOf(SamtykkeFormaal.class));
        }
    }
}
