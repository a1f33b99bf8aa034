package dk.careledger.commandside.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForslagTest {
    private static final List<String> FELTER = List.of("kommune", "kle", "enhed", "borgerId", "opstaaetDato");

    @Test
    void aSlipOfOneOrTwoLettersSuggestsTheKnownName() {
        assertThat(Forslag.menteDu("kommnue", FELTER)).isEqualTo("; mente du 'kommune'?");
        assertThat(Forslag.menteDu("opstaetDato", FELTER)).isEqualTo("; mente du 'opstaaetDato'?");
        assertThat(Forslag.menteDu("BorgerID", FELTER)).isEqualTo("; mente du 'borgerId'?");
    }

    @Test
    void aNameFarFromEveryKnownOneOrTooShortToJudgeSuggestsNothing() {
        assertThat(Forslag.menteDu("postnummer", FELTER)).isEmpty();
        assertThat(Forslag.menteDu("kl", FELTER)).as("two edits of a two-letter word is a different word").isEmpty();
        assertThat(Forslag.menteDu("x", List.of())).isEmpty();
    }

    @Test
    void aSwapOfTwoNeighbouringLettersIsOneEdit() {
        assertThat(Forslag.afstand("kommnue", "kommune")).isEqualTo(1);
        assertThat(Forslag.afstand("enhed", "enhed")).isZero();
    }
}
