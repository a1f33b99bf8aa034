package dk.careledger.domain.indstilling;

import static dk.careledger.domain.felles.Afvisningsart.UGYLDIG;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.felles.Aktoer;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Rolle;
import dk.careledger.domain.indstilling.command.FastsaetBorgerblik;
import dk.careledger.domain.indstilling.command.FastsaetPolitik;
import dk.careledger.domain.indstilling.command.FastsaetSagsbehandlingsfrist;
import dk.careledger.domain.indstilling.command.KommuneindstillingCommand;
import dk.careledger.domain.indstilling.event.AfslutningspolitikFastsat;
import dk.careledger.domain.indstilling.event.BorgerblikFastsat;
import dk.careledger.domain.indstilling.event.KommuneindstillingEvent;
import dk.careledger.domain.indstilling.event.SagsbegrebFastsat;
import dk.careledger.domain.indstilling.event.SagsbehandlingsfristFastsat;
import dk.careledger.domain.testfixtures.Scenarie;
import dk.careledger.domain.testfixtures.TestKontekst;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class KommuneindstillingDeciderTest {
    static final Cvr AALBORG = TestKontekst.AALBORG;
    static final Aktoer KONFIGURATOR = new Aktoer("konf-0001", Rolle.KONFIGURATOR);
    static final LocalDate NYTAAR = LocalDate.of(2027, 1, 1);

    private final Scenarie<KommuneindstillingState, KommuneindstillingCommand, KommuneindstillingEvent> scenarie =
            new Scenarie<>(KommuneindstillingState::initial, KommuneindstillingDecider::evolve, KommuneindstillingDecider::decide);

    static Registrering registrering() {
        return TestKontekst.registrering(KONFIGURATOR);
    }

    @Nested
    class ThePolicyAndTheCaseConcept {

        @Test
        void aPolicyAndACaseConceptSetTogetherAreTwoFactsWithTheSameRegistrering() {
            scenarie.given()
                    .when(new FastsaetPolitik(AALBORG, "27.36", Politik.VED_LEVERINGSOPHOER, Sagsbegreb.BORGERSAG_PR_OMRAADE, NYTAAR),
                            TestKontekst.kontekst(KONFIGURATOR))
                    .then(new AfslutningspolitikFastsat(AALBORG, "27.36", Politik.VED_LEVERINGSOPHOER, NYTAAR, registrering()),
                            new SagsbegrebFastsat(AALBORG, "27.36", Sagsbegreb.BORGERSAG_PR_OMRAADE, NYTAAR, registrering()));
        }

        @Test
        void aMissingPrefixMeansEveryEmneAndALeftOutValueIsNotSet() {
            scenarie.given()
                    .when(new FastsaetPolitik(AALBORG, null, Politik.EKSPLICIT, null, NYTAAR), TestKontekst.kontekst(KONFIGURATOR))
                    .then(new AfslutningspolitikFastsat(AALBORG, "", Politik.EKSPLICIT, NYTAAR, registrering()));
        }

        @Test
        void settingTheSameValueAgainForTheSamePrefixAndDayWritesNothing() {
            scenarie.given(new AfslutningspolitikFastsat(AALBORG, "27.36", Politik.VED_KLAGEFRIST, NYTAAR, registrering()))
                    .when(new FastsaetPolitik(AALBORG, "27.36", Politik.VED_KLAGEFRIST, null, NYTAAR), TestKontekst.kontekst(KONFIGURATOR))
                    .then();
        }

        @Test
        void settingItAgainFromAnotherDayIsANewFact() {
            scenarie.given(new AfslutningspolitikFastsat(AALBORG, "27.36", Politik.VED_KLAGEFRIST, NYTAAR, registrering()))
                    .when(new FastsaetPolitik(AALBORG, "27.36", Politik.VED_KLAGEFRIST, null, NYTAAR.plusMonths(1)),
                            TestKontekst.kontekst(KONFIGURATOR))
                    .then(new AfslutningspolitikFastsat(AALBORG, "27.36", Politik.VED_KLAGEFRIST, NYTAAR.plusMonths(1), registrering()));
        }

        @Test
        void refusesAChangeThatSetsNeitherPolicyNorCaseConcept() {
            scenarie.given().when(new FastsaetPolitik(AALBORG, "27.36", null, null, NYTAAR))
                    .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "politik");
        }

        @Test
        void refusesAPrefixThatIsNoKleGroupButTakesOneTheCatalogueHasNoEmneOfYet() {
            assertThat(scenarie.given().when(new FastsaetPolitik(AALBORG, "27.3", Politik.EKSPLICIT, null, NYTAAR))
                    .thenRefused(UGYLDIG, "UKENDT_KLE", "klePraefiks").besked()).contains("27.3");
            scenarie.given().when(new FastsaetPolitik(AALBORG, "99", Politik.EKSPLICIT, null, NYTAAR), TestKontekst.kontekst(KONFIGURATOR))
                    .then(new AfslutningspolitikFastsat(AALBORG, "99", Politik.EKSPLICIT, NYTAAR, registrering()));
        }

        @Test
        void refusesAChangeWithoutTheDayItTakesEffect() {
            scenarie.given().when(new FastsaetPolitik(AALBORG, "27.36", Politik.EKSPLICIT, null, null))
                    .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "gyldigFra");
        }
    }

    @Nested
    class Sagsbehandlingsfrister {

        @Test
        void aFristForAnIndsatsIsAFact() {
            scenarie.given()
                    .when(new FastsaetSagsbehandlingsfrist(AALBORG, "27.36", "SEL-83-PP", 5, NYTAAR), TestKontekst.kontekst(KONFIGURATOR))
                    .then(new SagsbehandlingsfristFastsat(AALBORG, "27.36", "SEL-83-PP", 5, NYTAAR, registrering()));
        }

        @Test
        void theSameFristAgainWritesNothingButAnotherFristForTheSameRuleCorrectsIt() {
            SagsbehandlingsfristFastsat syv = new SagsbehandlingsfristFastsat(AALBORG, "27.36.04", null, 7, NYTAAR, registrering());
            scenarie.given(syv).when(new FastsaetSagsbehandlingsfrist(AALBORG, "27.36.04", " ", 7, NYTAAR)).then();
            scenarie.given(syv).when(new FastsaetSagsbehandlingsfrist(AALBORG, "27.36.04", null, 10, NYTAAR), TestKontekst.kontekst(KONFIGURATOR))
                    .then(new SagsbehandlingsfristFastsat(AALBORG, "27.36.04", null, 10, NYTAAR, registrering()));
        }

        @Test
        void refusesAFristWithoutAKleArea() {
            scenarie.given().when(new FastsaetSagsbehandlingsfrist(AALBORG, "", null, 7, NYTAAR))
                    .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "klePraefiks");
        }

        @Test
        void refusesAKleAreaWithoutAnEmneInTheCatalogue() {
            scenarie.given().when(new FastsaetSagsbehandlingsfrist(AALBORG, "27.99", null, 7, NYTAAR))
                    .thenRefused(UGYLDIG, "UKENDT_KLE", "klePraefiks");
        }

        @Test
        void refusesAnUnknownIndsats() {
            scenarie.given().when(new FastsaetSagsbehandlingsfrist(AALBORG, "27.36", "SEL-999", 7, NYTAAR))
                    .thenRefused(UGYLDIG, "UKENDT_INDSATS", "indsatsKode");
        }

        @Test
        void refusesAFristOfNoDaysOrOfMoreThanTenYears() {
            scenarie.given().when(new FastsaetSagsbehandlingsfrist(AALBORG, "27.36", null, 0, NYTAAR))
                    .thenRefused(UGYLDIG, "FRIST_UGYLDIG", "fristDage");
            scenarie.given().when(new FastsaetSagsbehandlingsfrist(AALBORG, "27.36", null, 3651, NYTAAR))
                    .thenRefused(UGYLDIG, "FRIST_UGYLDIG", "fristDage");
            scenarie.given().when(new FastsaetSagsbehandlingsfrist(AALBORG, "27.36", null, null, NYTAAR))
                    .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "fristDage");
        }
    }

    @Nested
    class Borgerblik {

        @Test
        void hidingAKleGroupFromTheCitizenIsAFact() {
            scenarie.given()
                    .when(new FastsaetBorgerblik(AALBORG, "27.36", NYTAAR, Titelkilde.KLE, false, null, null, false, true),
                            TestKontekst.kontekst(KONFIGURATOR))
                    .then(new BorgerblikFastsat(AALBORG, "27.36", NYTAAR, Titelkilde.KLE, false, null, false, false, true, registrering()));
        }

        @Test
        void theSameSettingAgainWritesNothing() {
            scenarie.given(new BorgerblikFastsat(AALBORG, "", NYTAAR, Titelkilde.SAG, true, null, false, true, false, registrering()))
                    .when(new FastsaetBorgerblik(AALBORG, "", NYTAAR, Titelkilde.SAG, true, null, false, true, false))
                    .then();
        }

        @Test
        void refusesASettingThatLeavesOutWhetherTheSagerAreHidden() {
            scenarie.given().when(new FastsaetBorgerblik(AALBORG, "27.36", NYTAAR, Titelkilde.KLE, false, null, null, false, null))
                    .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "skjulForBorger");
            scenarie.given().when(new FastsaetBorgerblik(AALBORG, "27.36", NYTAAR, null, false, null, null, false, false))
                    .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "titelKilde");
        }
    }
}
