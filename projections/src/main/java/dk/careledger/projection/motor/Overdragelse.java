package dk.careledger.projection.motor;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end of a rebuild (rebuild to live): when the rebuild runner has caught up with the head, the planner statistics
 * of the rewritten tables are refreshed ({@link #analyser}), and then its projections are handed to the live runner
 * ({@link #forsoeg}) — under the lock the live runner holds per batch, and only when their positions cover the live
 * runner's, holes that hold no event aside ({@link Huller}), so no event is missed or applied twice.
 */
final class Overdragelse {
    // the engine's parts log under the engine's name, as they did before they were split out of it
    private static final Logger LOG = LoggerFactory.getLogger(Projektionsmotor.class);
    /** The engine's lock: the live runner holds it per batch. */
    private final Object laas;
    private final Huller huller;
    private final Positioner positioner;
    /** The live runner as it is when the handover is tried. */
    private final Supplier<Loeber> live;
    /** The rebuild runner's lease epoch: the handover's position write is fenced by it. */
    private final long epoke;
    /** The rebuild runner's members. */
    private final Set<Deltager> medlemmer;
    /** The rebuild runner's lanes, which ANALYZE uses too. */
    private final Spor spor;

    Overdragelse(Object laas, Huller huller, Positioner positioner, Supplier<Loeber> live, long epoke, Set<Deltager> medlemmer,
            Spor spor) {
        this.laas = laas;
        this.huller = huller;
        this.positioner = positioner;
        this.live = live;
        this.epoke = epoke;
        this.medlemmer = medlemmer;
        this.spor = spor;
    }

    /**
     * The rebuild runner has caught up: hand its projections to the live runner if their position covers
     * what the live runner has done, so no event is missed or applied twice; otherwise keep going.
     */
    boolean forsoeg(BlockingStream<TrackedEventMessage<?>> stroem) {
        synchronized (laas) {
            if (stroem.hasNextAvailable()) {
                return false;
            }
            List<Deltager> overdrages = List.copyOf(medlemmer);
            boolean[] daekker = huller.daekker(Arrays.asList(overdrages.stream().map(d -> d.token).toArray(TrackingToken[]::new)),
                    live.get().sidst);
            for (boolean b : daekker) {
                if (!b) {
                    return false;
                }
            }
            for (Deltager d : overdrages) {
                positioner.genopbygget(epoke, d.projektion.navn());
                // holes that hold no event and the live runner does not wait for: forgotten, so that the token
                // covers the live runner's later tokens and no event is applied twice
                d.token = huller.udenTommeHuller(d.token, live.get().sidst);
                d.genopbygges = false;
            }
            live.get().medlemmer.addAll(medlemmer);
            LOG.info("Projections {} rebuilt: {} events; handed to the live runner",
                    medlemmer.stream().map(d -> d.projektion.navn()).toList(),
                    medlemmer.stream().mapToLong(d -> d.behandlet.get()).max().orElse(0));
            return true;
        }
    }

    /**
     * When a rebuild has caught up, refresh the planner statistics of the rewritten tables before handing them
     * over, so queries never plan against statistics from the empty tables; a failure here only costs speed.
     */
    void analyser() {
        Queue<Runnable> opgaver = new ConcurrentLinkedQueue<>();
        Set<String> analyseres = new HashSet<>();
        for (Deltager d : medlemmer) {
            for (String tabel : d.projektion.tabeller()) {
                if (!analyseres.add(tabel.split("\\s+")[0])) {
                    continue; // a table two projections share (e.g. an outbox) once
                }
                opgaver.add(() -> {
                    try {
                        positioner.analyser(tabel);
                    } catch (RuntimeException e) {
                        LOG.warn("ANALYZE of {} after rebuilding {} failed", tabel, d.projektion.navn(), e);
                    }
                });
            }
        }
        // on the rebuild's lanes too: an ANALYZE can wait up to a second for an autovacuum of the same table to
        // give way, and two such waits need not follow each other
        Runnable toem = () -> {
            for (Runnable r = opgaver.poll(); r != null; r = opgaver.poll()) {
                r.run();
            }
        };
        for (RuntimeException e : spor.paaFlere(toem, opgaver.size())) {
            LOG.warn("ANALYZE after a rebuild failed", e);
        }
    }
}
