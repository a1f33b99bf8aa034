package dk.careledger.app.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting in a test for something the application does on its own threads. */
public final class Vent {
    private Vent() {
    }

    /**
     * Waits up to 30 s until {@code betingelse} holds, and fails naming {@code hvad} if it does not. Not a retry: the
     * condition is what the test asserts, and nothing is done again.
     */
    public static void til(BooleanSupplier betingelse, String hvad) {
        long frist = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!betingelse.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 30 s for: " + hvad).isLessThan(frist);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
