package dk.careledger.projection.motor;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live runner's timing: every batch it commits ({@link Livebatch}) is recorded in the Micrometer timer
 * {@code ledger.projektioner.live} by {@code fase} (reading, applying, committing), logged when its work took longer
 * than {@code ledger.projektioner.langsom-batch-ms}, and handed to the listeners of {@link Projektionsmotor#lyt}.
 */
final class Livemaaling {
    // the engine's parts log under the engine's name, as they did before they were split out of it
    private static final Logger LOG = LoggerFactory.getLogger(Projektionsmotor.class);
    private final List<Consumer<Livebatch>> lyttere = new CopyOnWriteArrayList<>();
    private final long langsomBatchNanos;
    private final Timer laesning;
    private final Timer anvendelse;
    private final Timer commit;

    Livemaaling(MeterRegistry metrik, long langsomBatchMs) {
        this.langsomBatchNanos = TimeUnit.MILLISECONDS.toNanos(langsomBatchMs);
        this.laesning = fase(metrik, "laes", "taking the batch from Axon's stream and deserializing it");
        this.anvendelse = fase(metrik, "anvend", "applying it to the projections");
        this.commit = fase(metrik, "commit", "committing their rows and positions");
    }

    private static Timer fase(MeterRegistry metrik, String fase, String beskrivelse) {
        return Timer.builder("ledger.projektioner.live").tag("fase", fase)
                .description("Live projection batches: time spent " + beskrivelse).register(metrik);
    }

    /** Calls {@code lytter} after every live batch until the returned handle is closed. */
    AutoCloseable lyt(Consumer<Livebatch> lytter) {
        lyttere.add(lytter);
        return () -> lyttere.remove(lytter);
    }

    /** A live batch was committed: on the live runner's thread, which waits for the listeners. */
    void maalt(Livebatch b) {
        laesning.record(b.laest() - b.ankommet(), TimeUnit.NANOSECONDS);
        anvendelse.record(b.anvendt() - b.laest(), TimeUnit.NANOSECONDS);
        commit.record(b.committet() - b.anvendt(), TimeUnit.NANOSECONDS);
        if (b.arbejdeNanos() > langsomBatchNanos) {
            LOG.warn("Live projection batch of {} events (global index {} to {}) took {} ms: read {} ms, applied {} ms "
                    + "in {} attempt(s), committed {} ms", b.haendelser(), b.foersteIndeks(), b.sidsteIndeks(),
                    b.arbejdeNanos() / 1_000_000, (b.laest() - b.ankommet()) / 1_000_000,
                    (b.anvendt() - b.laest()) / 1_000_000, b.forsoeg(), (b.committet() - b.anvendt()) / 1_000_000);
        }
        for (Consumer<Livebatch> l : lyttere) {
            try {
                l.accept(b);
            } catch (RuntimeException e) {
                LOG.warn("A live batch listener failed", e);
            }
        }
    }
}
