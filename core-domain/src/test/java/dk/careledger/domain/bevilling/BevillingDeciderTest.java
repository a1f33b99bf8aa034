package dk.careledger.domain.bevilling;

import static dk.careledger.domain.felles.Afvisningsart.IKKE_FUNDET;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.bevilling.command.BevillingCommand;
import dk.careledger.domain.bevilling.event.BevillingEvent;
import dk.careledger.domain.bevilling.event.BevillingOphoert;
import dk.careledger.domain.testfixtures.Scenarie;
import dk.careledger.domain.testfixtures.TestKontekst;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What holds for every command: the bevilling must exist, and replay folds a whole life. */
class BevillingDeciderTest {

    private final Scenarie<BevillingState, BevillingCommand, BevillingEvent> scenarie = BevillingFixtures.scenarie();

    static Stream<BevillingCommand> kommandoerPaaEnBevilling() {
        return Stream.of(BevillingFixtures.bestil(), BevillingFixtures.fastsaetStartdato(), BevillingFixtures.aendr(),
                BevillingFixtures.ophoer(LocalDate.of(2026, 5, 1)), BevillingFixtures.registrerLevering(),
                BevillingFixtures.registrerIkkeLeveret(), BevillingFixtures.registrerUplanlagtLevering(),
                BevillingFixtures.opfoelgning("E1"));
    }

    @ParameterizedTest
    @MethodSource("kommandoerPaaEnBevilling")
    void refusesEveryCommandOnABevillingThatHasNotBeenGiven(BevillingCommand command) {
        scenarie.given().when(command).thenRefused(IKKE_FUNDET, "BEVILLING_UKENDT", null);
    }

    @Test
    void replaysTheWholeLifeOfABevillingFromVentelisteToE3() {
        BevillingState state = BevillingDecider.replay(List.of(
                BevillingFixtures.personligPlejeGivetPaaVenteliste(),
                BevillingFixtures.bestilt(),
                BevillingFixtures.startdatoFastsat(),
                BevillingFixtures.leveringUdfoert(),
                BevillingFixtures.leveringIkkeUdfoert(),
                BevillingFixtures.uplanlagtLeveringRegistreret(),
                BevillingFixtures.aendret(),
                BevillingFixtures.opfoelgningGennemfoert(BevillingFixtures.OPFOELGNING, "E3", null, null),
                new BevillingOphoert(BevillingFixtures.PERSONLIG_PLEJE,
                        BevillingFixtures.OPFOELGNING_DATO.plusDays(1), OphoersAarsag.OPFOELGNING,
                        TestKontekst.registrering())));

        assertThat(state.findes()).isTrue();
        assertThat(state.startdato()).isEqualTo(BevillingFixtures.STARTDATO);
        assertThat(state.bestilt()).isTrue();
        assertThat(state.leveringIds()).containsExactlyInAnyOrder(BevillingFixtures.LEVERING,
                BevillingFixtures.IKKE_LEVERET, BevillingFixtures.UPLANLAGT);
        assertThat(state.omfang()).isEqualTo(Omfang.prDag(2, 20));
        assertThat(state.bevilgetOmfang()).isEqualTo(BevillingFixtures.OMFANG);
        assertThat(state.opfoelgningIds()).containsExactly(BevillingFixtures.OPFOELGNING);
        assertThat(state.ophoersdato()).isEqualTo(BevillingFixtures.OPFOELGNING_DATO.plusDays(1));
        assertThat(state.ophoersAarsag()).isEqualTo(OphoersAarsag.OPFOELGNING);
        assertThat(state.naesteOpfoelgning()).isNull();
    }

    @Test
    void theInitialStateIsABevillingThatDoesNotExist() {
        BevillingState initial = BevillingState.initial();

        assertThat(initial.findes()).isFalse();
        assertThat(initial.paaVenteliste()).isFalse();
        assertThat(initial.erOphoert()).isFalse();
        assertThat(initial.leveringIds()).isEmpty();
        assertThat(BevillingDecider.replay(List.of())).isEqualTo(initial);
    }
}
