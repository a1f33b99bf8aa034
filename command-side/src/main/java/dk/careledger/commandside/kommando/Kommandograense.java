package dk.careledger.commandside.kommando;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most {@code ledger.kommandoer.maks-samtidige} REST commands (default 6) are worked on at once; the others wait
 * their turn, first come first served, without holding a database connection.
 *
 * <p>Why: the connection pool (Hikari, 10 by default) is shared with the projection engine's live runner and Axon's
 * event-store reader, which feeds it. With 32 clients sending commands, the benchmark's JFR profile showed both of
 * those waiting up to 600 ms for a connection behind the request threads (and request threads up to 1.3 s), and the
 * projections' lag p99 rose to seconds. On two cores six commands at once already keep the CPU busy, so bounding them
 * costs no throughput and leaves connections for the work that makes the commands visible. Keep the bound below the
 * pool size minus the engine's needs (a live runner, a reader, queries).
 */
@Component
public class Kommandograense {
    private final Semaphore pladser;

    public Kommandograense(@Value("${ledger.kommandoer.maks-samtidige:6}") int maksSamtidige) {
        if (maksSamtidige < 1) {
            throw new IllegalArgumentException("ledger.kommandoer.maks-samtidige must be at least 1, got " + maksSamtidige);
        }
        this.pladser = new Semaphore(maksSamtidige, true);
    }

    /** Runs {@code arbejde} when a place is free. */
    public <T> T udfoer(Supplier<T> arbejde) {
        pladser.acquireUninterruptibly();
        try {
            return arbejde.get();
        } finally {
            pladser.release();
        }
    }
}
