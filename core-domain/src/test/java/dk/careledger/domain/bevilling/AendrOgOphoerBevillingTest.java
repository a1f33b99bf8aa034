package dk.careledger.domain.bevilling;

import static dk.careledger.domain.bevilling.BevillingFixtures.OMFANG;
import static dk.careledger.domain.bevilling.BevillingFixtures.PERSONLIG_PLEJE;
import static dk.careledger.domain.bevilling.BevillingFixtures.aendr;
import static dk.careledger.domain.bevilling.BevillingFixtures.aendret;
import static dk.careledger.domain.bevilling.BevillingFixtures.ophoer;
import static dk.careledger.domain.bevilling.BevillingFixtures.ophoert;
import static dk.careledger.domain.bevilling.BevillingFixtures.opfoelgningGennemfoert;
import static dk.careledger.domain.bevilling.BevillingFixtures.personligPlejeGivet;
import static dk.careledger.domain.bevilling.BevillingFixtures.tekst;
import static dk.careledger.domain.felles.Afvisningsart.REGEL;
import static dk.careledger.domain.felles.Afvisningsart.UGYLDIG;
import static dk.careledger.domain.testfixtures.TestKontekst.registrering;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.bevilling.command.AendrBevilling;
import dk.careledger.domain.bevilling.command.BevillingCommand;
import dk.careledger.domain.bevilling.command.OphoerBevilling;
import dk.careledger.domain.bevilling.event.BevillingAendret;
import dk.careledger.domain.bevilling.event.BevillingEvent;
import dk.careledger.domain.bevilling.event.BevillingGivet;
import dk.careledger.domain.bevilling.event.BevillingOphoert;
import dk.careledger.domain.katalog.Ydelsestype;
import dk.careledger.domain.testfixtures.Scenarie;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** UC3 step 3 (change within the frame) and the slutdato/ophør of a bevilling. */
class AendrOgOphoerBevillingTest {

    private static final LocalDate FRA = LocalDate.of(2026, 4, 1);

    private final Scenarie<BevillingState, BevillingCommand, BevillingEvent> scenarie = BevillingFixtures.scenarie();

    @Test
    void changesTheOmfangWithinTheRamme() {
        scenarie.given(personligPlejeGivet()).when(aendr()).then(aendret());

        assertThat(scenarie.given(personligPlejeGivet(), aendret()).state().omfang()).isEqualTo(Omfang.prDag(2, 20));
    }

    @Test
    void changesTheOmfangUpToExactlyTheRamme() {
        AendrBevilling helRamme = new AendrBevilling(PERSONLIG_PLEJE, Omfang.prUge(7, 50), FRA, "Fuld ramme");

        scenarie.given(personligPlejeGivet()).when(helRamme).then(new BevillingAendret(PERSONLIG_PLEJE,
                Omfang.prUge(7, 50), FRA, tekst("Fuld ramme"), registrering()));
    }

    @Test
    void refusesAChangeOutsideTheRammeBecauseItNeedsANewAfgoerelse() {
        scenarie.given(personligPlejeGivet())
                .when(new AendrBevilling(PERSONLIG_PLEJE, Omfang.prDag(3, 20), FRA, "Behov for frokostbesøg"))
                .thenRefused(REGEL, "OMFANG_UDENFOR_RAMMEN", "omfang");
    }

    @Test
    void refusesAnIncreaseBeyondTheGrantedOmfangWhenNoRammeWasGranted() {
        scenarie.given(udenRamme())
                .when(new AendrBevilling(PERSONLIG_PLEJE, Omfang.prDag(2, 16), FRA, "Lidt mere tid"))
                .thenRefused(REGEL, "OMFANG_UDENFOR_RAMMEN", "omfang");
    }

    @Test
    void allowsAReductionWhenNoRammeWasGranted() {
        scenarie.given(udenRamme())
                .when(new AendrBevilling(PERSONLIG_PLEJE, Omfang.prDag(1, 15), FRA, "Klarer aftenen selv"))
                .then(new BevillingAendret(PERSONLIG_PLEJE, Omfang.prDag(1, 15), FRA, tekst("Klarer aftenen selv"),
                        registrering()));
    }

    @Test
    void measuresTheFrameAgainstTheGrantedOmfangNotTheLatestChange() {
        BevillingAendret nedsat = new BevillingAendret(PERSONLIG_PLEJE, Omfang.prDag(1, 15), FRA, tekst("Ned"),
                registrering());

        scenarie.given(udenRamme(), nedsat)
                .when(new AendrBevilling(PERSONLIG_PLEJE, OMFANG, FRA.plusDays(14), "Tilbage til det bevilgede"))
                .then(new BevillingAendret(PERSONLIG_PLEJE, OMFANG, FRA.plusDays(14),
                        tekst("Tilbage til det bevilgede"), registrering()));
    }

    @Test
    void refusesAChangeWithoutAarsag() {
        scenarie.given(personligPlejeGivet()).when(new AendrBevilling(PERSONLIG_PLEJE, Omfang.prDag(2, 20), FRA, null))
                .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "aarsag");
    }

    @Test
    void refusesAChangeWithoutVirkningFra() {
        scenarie.given(personligPlejeGivet())
                .when(new AendrBevilling(PERSONLIG_PLEJE, Omfang.prDag(2, 20), null, "Ændret behov"))
                .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "virkningFra");
    }

    @Test
    void refusesAChangeToAnOmfangWithoutVisits() {
        scenarie.given(personligPlejeGivet())
                .when(new AendrBevilling(PERSONLIG_PLEJE, Omfang.prDag(0, 20), FRA, "Ændret behov"))
                .thenRefused(UGYLDIG, "OMFANG_UGYLDIG", "omfang");
    }

    @Test
    void refusesAChangeOfAnOphoertBevilling() {
        scenarie.given(personligPlejeGivet(), ophoert(LocalDate.of(2026, 5, 1))).when(aendr())
                .thenRefused(REGEL, "BEVILLING_OPHOERT", null);
    }

    @Test
    void stopsABevilling() {
        scenarie.given(personligPlejeGivet()).when(ophoer(LocalDate.of(2026, 5, 1)))
                .then(ophoert(LocalDate.of(2026, 5, 1)));

        BevillingState state = scenarie.given(personligPlejeGivet(), ophoert(LocalDate.of(2026, 5, 1))).state();
        assertThat(state.erOphoert()).isTrue();
        assertThat(state.ophoersdato()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(state.ophoersAarsag()).isEqualTo(OphoersAarsag.BORGERENS_OENSKE);
    }

    @Test
    void refusesToStopABevillingTwice() {
        scenarie.given(personligPlejeGivet(), ophoert(LocalDate.of(2026, 5, 1))).when(ophoer(LocalDate.of(2026, 4, 1)))
                .thenRefused(REGEL, "BEVILLING_OPHOERT", null);
    }

    @Test
    void refusesAnOphoerWithoutAarsag() {
        scenarie.given(personligPlejeGivet()).when(new OphoerBevilling(PERSONLIG_PLEJE, FRA, null))
                .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "aarsag");
    }

    @Test
    void refusesAnOphoerWithoutOphoersdato() {
        scenarie.given(personligPlejeGivet()).when(new OphoerBevilling(PERSONLIG_PLEJE, null, OphoersAarsag.DOED))
                .thenRefused(UGYLDIG, "FELT_PAAKRAEVET", "ophoersdato");
    }

    @Test
    void anOphoerConcludesAPendingRevisitationAndCancelsTheNextOpfoelgning() {
        BevillingState revisiteres = scenarie.given(personligPlejeGivet(), opfoelgningGennemfoert("E4")).state();
        assertThat(revisiteres.revisitationPaagaar()).isTrue();

        BevillingState ophoert = scenarie.given(personligPlejeGivet(), opfoelgningGennemfoert("E4"),
                new BevillingOphoert(PERSONLIG_PLEJE, FRA,
                        OphoersAarsag.NY_AFGOERELSE, registrering())).state();
        assertThat(ophoert.revisitationPaagaar()).isFalse();
        assertThat(ophoert.naesteOpfoelgning()).isNull();
    }

    @Test
    void aChangeWithinTheFrameLeavesAPendingRevisitationPending() {
        assertThat(scenarie.given(personligPlejeGivet(), opfoelgningGennemfoert("E4"), aendret()).state()
                .revisitationPaagaar()).isTrue();
    }

    private static BevillingGivet udenRamme() {
        return new BevillingGivet(PERSONLIG_PLEJE, BevillingFixtures.BORGER, BevillingFixtures.SAG,
                BevillingFixtures.AFGOERELSE, "SEL-83-PP", "27.36.04", "SEL § 83, stk. 1, nr. 1", Ydelsestype.TID,
                BevillingFixtures.STARTDATO, null, OMFANG, null, null, null, BevillingFixtures.BEVILGET_DATO,
                registrering());
    }
}
