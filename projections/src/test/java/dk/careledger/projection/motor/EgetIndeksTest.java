package dk.careledger.projection.motor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.junit.jupiter.api.Test;

/** The event's own index, from the tokens before and after it, as Axon's gap-aware stream advances them. */
class EgetIndeksTest {

    @Test
    void anEventAheadOfEverythingSeenHasTheIndexTheTokenRoseTo() {
        GapAwareTrackingToken foer = GapAwareTrackingToken.newInstance(10, List.of());
        GapAwareTrackingToken efter = foer.advanceTo(13, 10_000); // 11 and 12 are gaps now

        assertThat(EgetIndeks.af(foer, efter)).isEqualTo(13);
        assertThat(efter.getGaps()).containsExactly(11L, 12L);
    }

    @Test
    void anEventThatCommittedLateHasTheIndexOfTheGapItClosedNotTheTokensHighestSeen() {
        GapAwareTrackingToken foer = GapAwareTrackingToken.newInstance(13, List.of(11L, 12L));
        GapAwareTrackingToken efter = foer.advanceTo(11, 10_000);

        assertThat(efter.getIndex()).as("the token's index stays the highest seen").isEqualTo(13);
        assertThat(EgetIndeks.af(foer, efter)).isEqualTo(11);
    }

    @Test
    void theFirstEventOfAStreamFromTheBeginningHasItsTokensIndex() {
        assertThat(EgetIndeks.af(null, GapAwareTrackingToken.newInstance(3, List.of(1L, 2L)))).isEqualTo(3);
    }

    @Test
    void whenTwoGapsClosedAtOnceTheTokensDoNotSayWhichAndTheTableIsAsked() {
        GapAwareTrackingToken foer = GapAwareTrackingToken.newInstance(13, List.of(11L, 12L));
        GapAwareTrackingToken efter = GapAwareTrackingToken.newInstance(13, List.of());

        assertThat(EgetIndeks.af(foer, efter)).isEqualTo(EgetIndeks.UKENDT);
    }
}
