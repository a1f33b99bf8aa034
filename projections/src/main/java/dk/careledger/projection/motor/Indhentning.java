package dk.careledger.projection.motor;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catch-up read of one runner: far behind the head (a rebuild, a start after downtime) the event table is read
 * directly by the {@link Haendelseslaeser}, in pages, with the tokens Axon's stream would give, on a prefetch thread
 * of its own that reads the next page while the runner applies the current one. It ends at the head or at the first
 * gap, where the runner goes on with Axon's stream (the standard path, which this only replaces where it yields the
 * same; {@code HaendelseslaeserTest} compares the two).
 */
final class Indhentning {
    // the engine's parts log under the engine's name, as they did before they were split out of it
    private static final Logger LOG = LoggerFactory.getLogger(Projektionsmotor.class);
    private final Haendelseslaeser laeser;
    /** {@code ledger.projektioner.indhentning-batch-stoerrelse}: events per page. */
    private final int sidestoerrelse;

    /** What the runner does with a page: applies it (with its retries) before the next is taken. */
    @FunctionalInterface
    interface Anvender {
        void anvend(List<Haendelse> haendelser, List<TrackingToken> tokens) throws InterruptedException;
    }

    Indhentning(Haendelseslaeser laeser, int sidestoerrelse) {
        this.laeser = laeser;
        this.sidestoerrelse = sidestoerrelse;
    }

    /**
     * Catches up from far behind the head with the {@link Haendelseslaeser}, in pages of
     * {@code ledger.projektioner.indhentning-batch-stoerrelse} events, until a page reaches the head or leaves a
     * gap; the caller goes on with Axon's stream from the members' positions. A second thread reads and
     * deserializes the next page while this one applies the current page to the projections, so the two cores
     * share the work (reading and deserializing the log was about 14 of the 49 seconds of a million-event rebuild
     * before).
     */
    void indhent(TrackingToken start, String loeber, BooleanSupplier fortsaet, BooleanSupplier tom, Anvender anvend)
            throws InterruptedException {
        // one page waiting is enough to keep both threads busy; more would only hold more events in memory
        BlockingQueue<Object> sider = new ArrayBlockingQueue<>(1);
        Object slut = new Object();
        Thread hent = new Thread(() -> {
            TrackingToken efter = start;
            long fra = start == null ? -1 : ((GapAwareTrackingToken) start).getIndex();
            long laest = 0;
            try {
                while (fortsaet.getAsBoolean()) {
                    Haendelseslaeser.Side side = laeser.laes(efter, fra, sidestoerrelse);
                    if (!side.haendelser().isEmpty()) {
                        sider.put(side);
                        laest += side.haendelser().size();
                    }
                    efter = side.token();
                    // like Axon: read on from the last event (an index below it may still commit), past an empty range
                    fra = side.haendelser().isEmpty() ? side.til() : ((GapAwareTrackingToken) efter).getIndex();
                    if (side.sidste()) {
                        if (laest > 0) {
                            LOG.info("{} caught up {} events by reading the event table; Axon's stream goes on from {}", loeber,
                                    laest, efter);
                        }
                        break;
                    }
                }
                sider.put(slut);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                try {
                    sider.put(e);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
            }
        }, loeber + "-laeser");
        hent.setDaemon(true);
        hent.start();
        try {
            while (fortsaet.getAsBoolean() && !tom.getAsBoolean()) {
                Object naeste = sider.poll(100, TimeUnit.MILLISECONDS);
                if (naeste == null) {
                    continue;
                }
                if (naeste == slut) {
                    return;
                }
                if (naeste instanceof RuntimeException e) {
                    throw e;
                }
                Haendelseslaeser.Side side = (Haendelseslaeser.Side) naeste;
                anvend.anvend(side.haendelser(), side.tokens());
            }
        } finally {
            hent.interrupt();
            hent.join(5_000);
        }
    }
}
