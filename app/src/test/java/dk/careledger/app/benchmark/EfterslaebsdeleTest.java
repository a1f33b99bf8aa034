package dk.careledger.app.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.projection.motor.Livebatch;
import java.util.List;
import org.junit.jupiter.api.Test;

class EfterslaebsdeleTest {
    private static final long MS = 1_000_000;

    /** A batch whose steps end at the given milliseconds: waited from, arrived, read, applied, committed. */
    private static Livebatch batch(long ventFra, long ankommet, long laest, long anvendt, long committet, int forsoeg) {
        return new Livebatch(1, 1, 1, ventFra * MS, ankommet * MS, laest * MS, anvendt * MS, committet * MS, forsoeg);
    }

    @Test
    void aLagIsSplitIntoWaitingForTheStreamAndTheRunnersStepsWithinTheSampleOnly() {
        List<Livebatch> tidslinje = List.of(
                batch(0, 10, 12, 20, 25, 1),        // wholly before the sample
                batch(25, 100, 110, 300, 320, 1),   // waits 75 ms, of which 50 within the sample
                batch(320, 1_320, 1_321, 1_330, 1_340, 2)); // one long wait, then a retried apply

        Efterslaebsdele d = Efterslaebsdele.af(50 * MS, 1_350 * MS, tidslinje);

        assertThat(d.ialtMs()).isEqualTo(1_300.0);
        assertThat(d.ventetMs()).isEqualTo(50.0 + 1_000.0);
        assertThat(d.laengsteVentMs()).isEqualTo(1_000.0);
        assertThat(d.laestMs()).isEqualTo(10.0 + 1.0);
        assertThat(d.anvendtMs()).isEqualTo(190.0 + 9.0);
        assertThat(d.committetMs()).isEqualTo(20.0 + 10.0);
        assertThat(d.restMs()).isEqualTo(10.0);
        assertThat(d.batches()).isEqualTo(2);
        assertThat(d.maksForsoeg()).isEqualTo(2);
    }

    @Test
    void aSampleNoBatchOverlapsIsAllRest() {
        Efterslaebsdele d = Efterslaebsdele.af(100 * MS, 125 * MS, List.of(batch(0, 10, 12, 20, 25, 1)));

        assertThat(d.batches()).isZero();
        assertThat(d.restMs()).isEqualTo(25.0);
    }
}
