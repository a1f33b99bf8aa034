package dk.careledger.domain.bevilling;

import static dk.careledger.domain.bevilling.BevillingFixtures.NAESTE_OPFOELGNING;
import static dk.careledger.domain.bevilling.BevillingFixtures.OPFOELGNING;
import static dk.careledger.domain.bevilling.BevillingFixtures.OPFOELGNING_DATO;
import static dk.careledger.domain.bevilling.BevillingFixtures.PERSONLIG_PLEJE;
import static dk.careledger.domain.bevilling.BevillingFixtures.leveringUdfoert;
import static dk.careledger.domain.bevilling.BevillingFixtures.ophoert;
import static dk.careledger.domain.bevilling.BevillingFixtures.opfoelgning;
import static dk.careledger.domain.bevilling.BevillingFixtures.opfoelgningGennemfoert;
import static dk.careledger.domain.bevilling.BevillingFixtures.personligPlejeGivet;
import static dk.careledger.domain.bevilling.BevillingFixtures.personligPlejeGivetPaaVenteliste;
import static dk.careledger.domain.bevilling.BevillingFixtures.registrerLevering;
import static dk.careledger.domain.bevilling.BevillingFixtures.tekst;
import static dk.careledger.domain.bevilling.BevillingFixtures.udfoerer;
import static dk.careledger.domain.felles.Afvisningsart.KONFLIKT;
import static dk.careledger.domain.felles.Afvisningsart.REGEL;
import static dk.careledger.domain.felles.Afvisningsart.UGYLDIG;
import static dk.careledger.domain.testfixtures.TestKontekst.UDFOERER;
import static dk.careledger.domain.testfixtures.TestKontekst.registrering;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.bevilling.command.BevillingCommand;
import dk.careledger.domain.bevilling.command.GennemfoerOpfoelgning;
import dk.careledger.domain.bevilling.event.BevillingAendret;
import dk.careledger.domain.bevilling.event.BevillingEvent;
import dk.careledger.domain.bevilling.event.BevillingOphoert;
import dk.careledger.domain.bevilling.event.OpfoelgningGennemfoert;
import dk.careledger.domain.testfixtures.Scenarie;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** UC6 4.b1: the four outcomes of an opfølgning, and UC3 step 4's opfølgningsdato. */
class GennemfoerOpfoelgningTest {

    private static final UUID ANDEN_OPFOELGNING = UUID.fromString("0f0e0000-0000-4000-8000-000000000002");
    private static final Omfang MINDRE = Omfang.prDag(2, 10);

    private final Scenarie<BevillingState, BevillingCommand, BevillingEvent> scenarie = BevillingFixtures.scenarie();

    @Test
    void e1FortsaettesRecordsTheOpfoelgningAndPlansTheNext() {
        scenarie.given(personligPlejeGivet()).when(opfoelgning("E1"), udfoerer()).then(opfoelgningGennemfoert("E1"));

        BevillingState state = scenarie.given(personligPlejeGivet(), opfoelgningGennemfoert("E1")).state();
        assertThat(state.opfoelgningIds()).containsExactly(OPFOELGNING);
        assertThat(state.naesteOpfoelgning()).isEqualTo(NAESTE_OPFOELGNING);
        assertThat(state.revisitationPaagaar()).isFalse();
        assertThat(state.erOphoert()).isFalse();
    }

    @Test
    void e2WithANewOmfangAlsoChangesTheBevillingFromTheDayOfTheOpfoelgning() {
        scenarie.given(personligPlejeGivet())
                .when(opfoelgning(OPFOELGNING, "E2", NAESTE_OPFOELGNING, MINDRE), udfoerer())
                .then(opfoelgningGennemfoert(OPFOELGNING, "E2", NAESTE_OPFOELGNING, MINDRE),
                        new BevillingAendret(PERSONLIG_PLEJE, MINDRE, OPFOELGNING_DATO,
                                tekst("Opfølgning E2 Ændres inden for rammen: Klarer selv overkroppen igen"),
                                registrering(UDFOERER)));

        assertThat(scenarie.given(personligPlejeGivet(),
                opfoelgningGennemfoert(OPFOELGNING, "E2", NAESTE_OPFOELGNING, MINDRE),
                new BevillingAendret(PERSONLIG_PLEJE, MINDRE, OPFOELGNING_DATO, tekst("x"), registrering(UDFOERER)))
                .state().omfang()).isEqualTo(MINDRE);
    }

    @Test
    void e2WithoutANewOmfangChangesOnlyTheContentAndEmitsNoBevillingAendret() {
        scenarie.given(personligPlejeGivet()).when(opfoelgning("E2"), udfoerer()).then(opfoelgningGennemfoert("E2"));
    }

    @Test
    void e3AfsluttesEndsTheBevillingWithTheDayOfTheOpfoelgning() {
        scenarie.given(personligPlejeGivet()).when(opfoelgning(OPFOELGNING, "E3", null, null), udfoerer())
                .then(opfoelgningGennemfoert(OPFOELGNING, "E3", null, null),
                        new BevillingOphoert(PERSONLIG_PLEJE, OPFOELGNING_DATO.plusDays(1), OphoersAarsag.OPFOELGNING,
                                registrering(UDFOERER)));
    }

    @Test
    void afterE3AVisitOnTheDayOfTheOpfoelgningIsStillAcceptedButNoneAfterIt() {
        BevillingOphoert afsluttet = new BevillingOphoert(PERSONLIG_PLEJE, OPFOELGNING_DATO.plusDays(1), OphoersAarsag.OPFOELGNING,
                registrering(UDFOERER));

        scenarie.given(personligPlejeGivet(), opfoelgningGennemfoert(OPFOELGNING, "E3", null, null), afsluttet)
                .when(registrerLevering(BevillingFixtures.LEVERING, Instant.parse("2026-06-01T12:00:00Z")), udfoerer())
                .then(leveringUdfoert(BevillingFixtures.LEVERING, Instant.parse("2026-06-01T12:00:00Z")));
        scenarie.given(personligPlejeGivet(), opfoelgningGennemfoert(OPFOELGNING, "E3", null, null), afsluttet)
                .when(registrerLevering(BevillingFixtures.LEVERING, Instant.parse("2026-06-02T06:00:00Z")), udfoerer())
                .thenRefused(REGEL, "BEVILLING_OPHOERT", "leveret");
    }

    @Test
    void e4RevisitationMarksTheBevillingForRevisitationWhileItKeepsRunning() {
        scenarie.given(personligPlejeGivet()).when(opfoelgning("E4"), udfoerer()).then(opfoelgningGennemfoert("E4"));

        BevillingState state = scenarie.given(personligPlejeGivet(), opfoelgningGennemfoert("E4")).state();
        assertThat(state.revisitationPaagaar()).isTrue();
        assertThat(state.erOphoert()).isFalse();
        scenarie.given(personligPlejeGivet(), opfoelgningGennemfoert("E4"))
                .when(registrerLevering(BevillingFixtures.LEVERING, Instant.parse("2026-06-02T06:00:00Z")), udfoerer())
                .then(leveringUdfoert(BevillingFixtures.LEVERING, Instant.parse("2026-06-02T06:00:00Z")));
    }

    @Test
    void aLaterOpfoelgningWithAnotherResultConcludesTheRevisitation() {
        OpfoelgningGennemfoert fortsaettes = opfoelgningGennemfoert(ANDEN_OPFOELGNING, "E1",
                NAESTE_OPFOELGNING.plusMonths(3), null);

        assertThat(scenarie.given(personligPlejeGivet(), opfoelgningGennemfoert("E4"), fortsaettes).state()
                .revisitationPaagaar()).isFalse();
        assertThat(scenarie.given(personligPlejeGivet(), opfoelgningGennemfoert("E4"),
                opfoelgningGennemfoert(ANDEN_OPFOELGNING, "E4", NAESTE_OPFOELGNING, null)).state()
                .revisitationPaagaar()).isTrue();
    }

    @Test
    void followsUpOnACitizenOnTheVenteliste() {
        scenarie.given(personligPlejeGivetPaaVenteliste()).when(opfoelgning("E1"), udfoerer())
                .then(opfoelgningGennemfoert("E1"));
    }

    @Test
    void recordsAnOpfoelgningWithoutNotat() {
        scenarie.given(personligPlejeGivet())
                .when(new GennemfoerOpfoelgning(PERSONLIG_PLEJE, OPFOELGNING, "E1", OPFOELGNING_DATO,
                        NAESTE_OPFOELGNING, null, null), udfoerer())
                .then(new OpfoelgningGennemfoert(PERSONLIG_PLEJE, OPFOELGNING, "E1", OPFOELGNING_DATO,
                        NAESTE_OPFOELGNING, null, null, registrering(UDFOERER)));
    }

    @Test
    void refusesAResultatKodeThatIsNotAnFsiiiECode() {
        scenarie.given(personligPlejeGivet()).when(opfoelgning("J1.1"), udfoerer())
                .thenRefused(UGYLDIG, "UKENDT_FSIII_KODE", "resultatKode");
        scenarie.given(personligPlejeGivet()).when(opfoelgning("E5"), udfoerer())
                .thenRefused(UGYLDIG, "UKENDT_FSIII_KODE", "resultatKode");
    }

    @Test
    void refusesAnOpfoelgningWithoutResultatKode() {
        scenarie.given(personligPlejeGivet()).when(opfoelgning(null), udfoerer())
                .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "resultatKode");
    }

    @Test
    void refusesAnOpfoelgningWithoutGennemfoertDato() {
        scenarie.given(personligPlejeGivet()).when(new GennemfoerOpfoelgning(PERSONLIG_PLEJE, OPFOELGNING, "E1",
                null, NAESTE_OPFOELGNING, null, null), udfoerer())
                .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "gennemfoertDato");
    }

    @Test
    void refusesE1E2AndE4WithoutANextOpfoelgning() {
        for (String kode : new String[] {"E1", "E2", "E4"}) {
            scenarie.given(personligPlejeGivet()).when(opfoelgning(OPFOELGNING, kode, null, null), udfoerer())
                    .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "naesteOpfoelgning");
        }
    }

    @Test
    void refusesANextOpfoelgningThatIsNotAfterThisOne() {
        scenarie.given(personligPlejeGivet()).when(opfoelgning(OPFOELGNING, "E1", OPFOELGNING_DATO, null), udfoerer())
                .thenRefused(UGYLDIG, "PERIODE_UGYLDIG", "naesteOpfoelgning");
    }

    @Test
    void refusesANextOpfoelgningWithE3() {
        scenarie.given(personligPlejeGivet()).when(opfoelgning(OPFOELGNING, "E3", NAESTE_OPFOELGNING, null), udfoerer())
                .thenRefused(UGYLDIG, "FELT_IKKE_TILLADT", "naesteOpfoelgning");
    }

    @Test
    void refusesANewOmfangWithAnythingButE2() {
        scenarie.given(personligPlejeGivet()).when(opfoelgning(OPFOELGNING, "E1", NAESTE_OPFOELGNING, MINDRE), udfoerer())
                .thenRefused(UGYLDIG, "FELT_IKKE_TILLADT", "nytOmfang");
    }

    @Test
    void refusesAnE2OmfangOutsideTheRamme() {
        scenarie.given(personligPlejeGivet())
                .when(opfoelgning(OPFOELGNING, "E2", NAESTE_OPFOELGNING, Omfang.prDag(3, 30)), udfoerer())
                .thenRefused(REGEL, "OMFANG_UDENFOR_RAMMEN", "nytOmfang");
    }

    @Test
    void refusesAnE2OmfangWithoutMinutes() {
        scenarie.given(personligPlejeGivet())
                .when(opfoelgning(OPFOELGNING, "E2", NAESTE_OPFOELGNING, Omfang.prDag(2, 0)), udfoerer())
                .thenRefused(UGYLDIG, "OMFANG_UGYLDIG", "nytOmfang");
    }

    @Test
    void refusesTheSameOpfoelgningIdTwice() {
        scenarie.given(personligPlejeGivet(), opfoelgningGennemfoert("E1")).when(opfoelgning("E1"), udfoerer())
                .thenRefused(KONFLIKT, "OPFOELGNING_FINDES", "opfoelgningId");
    }

    @Test
    void refusesAnOpfoelgningOnAnOphoertBevilling() {
        scenarie.given(personligPlejeGivet(), ophoert(LocalDate.of(2026, 5, 1))).when(opfoelgning("E1"), udfoerer())
                .thenRefused(REGEL, "BEVILLING_OPHOERT", null);
    }

    @Test
    void refusesASecondE3AfterTheBevillingEnded() {
        BevillingOphoert afsluttet = new BevillingOphoert(PERSONLIG_PLEJE, OPFOELGNING_DATO, OphoersAarsag.OPFOELGNING,
                registrering(UDFOERER));

        scenarie.given(personligPlejeGivet(), opfoelgningGennemfoert(OPFOELGNING, "E3", null, null), afsluttet)
                .when(opfoelgning(ANDEN_OPFOELGNING, "E3", null, null), udfoerer())
                .thenRefused(REGEL, "BEVILLING_OPHOERT", null);
    }
}
