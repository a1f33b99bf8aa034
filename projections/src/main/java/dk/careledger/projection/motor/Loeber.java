package dk.careledger.projection.motor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One runner: a thread that reads the event stream for a set of projections (its members), cuts it into batches and
 * has them applied, retrying with back-off on failure. The live runner follows the head for every projection that is
 * up to date; a rebuild runner replays from the first event and ends when it has handed its members over.
 */
final class Loeber implements Runnable {
    // the engine's parts log under the engine's name, as they did before they were split out of it
    private static final Logger LOG = LoggerFactory.getLogger(Projektionsmotor.class);
    private final Projektionsmotor motor;
    final boolean genopbygning;
    final Set<Deltager> medlemmer = new CopyOnWriteArraySet<>();
    final Thread traad;
    /** The lease epoch it runs under: every position write is fenced by it. */
    final long epoke;
    volatile boolean stop;
    volatile TrackingToken sidst;
    private boolean analyseret;
    /** Applies its batches: one transaction per batch (per lane in a rebuild), and the poison search. */
    private final Anvendelse anvendelse;
    /** Catching up from far behind the head by reading the event table, a page ahead on a thread of its own. */
    private final Indhentning indhentning;
    /** The lanes of a rebuild: their threads and how a batch's projections are spread over them. */
    private final Spor spor;
    /** A rebuild's end: ANALYZE of the rewritten tables, then the handover of its members to the live runner. */
    private final Overdragelse overdragelse;
    /** For the live runner's timing: how many attempts the batch took. */
    private int forsoeg;

    Loeber(Projektionsmotor motor, String navn, boolean genopbygning, List<Deltager> medlemmer, long epoke) {
        this.motor = motor;
        this.genopbygning = genopbygning;
        this.epoke = epoke;
        this.medlemmer.addAll(medlemmer);
        this.anvendelse = new Anvendelse(motor.transaktion, motor.positioner, motor.parkeringer, motor.laas, epoke, genopbygning,
                this.medlemmer);
        this.traad = new Thread(this, "projektion-" + navn);
        this.traad.setDaemon(true);
        this.spor = new Spor(traad.getName(), motor.genopbygningsspor);
        this.overdragelse = new Overdragelse(motor.laas, motor.huller, motor.positioner, () -> motor.live, epoke, this.medlemmer, spor);
        this.indhentning = new Indhentning(motor.laeser, motor.indhentningsstoerrelse);
    }

    void start() {
        motor.loebere.add(this);
        traad.start();
    }

    @Override
    public void run() {
        long pause = 100;
        try {
            while (!stop && motor.koerer) {
                try {
                    if (laes()) {
                        if (tom()) {
                            LOG.info("{} ends: its projections are stopped at parked events", traad.getName());
                        }
                        return;
                    }
                } catch (RuntimeException e) {
                    if (tabt(e)) {
                        motor.leaseTabt(this, e);
                        return;
                    }
                    // reading the stream failed (e.g. the database went away): show it, wait, read again from the
                    // committed positions; the thread never dies silently
                    LOG.error("Projection runner {} failed; reopening the stream in {} ms", traad.getName(), pause, e);
                    for (Deltager d : medlemmer) {
                        d.fejl = e.toString();
                    }
                    Thread.sleep(pause);
                    pause = Math.min(pause * 2, 30_000);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            spor.luk();
            motor.loebere.remove(this);
        }
    }

    /** Reads the stream until stopped; true when a rebuild runner has handed its projections over (or has none left). */
    private boolean laes() throws InterruptedException {
        if (tom()) {
            return true;
        }
        TrackingToken start = medlemmer.isEmpty() ? (sidst != null ? sidst : motor.eventStore.createHeadToken()) : laveste();
        sidst = start;
        if (!medlemmer.isEmpty() && motor.laeser.kanLaeseFra(start)) {
            indhentning.indhent(start, traad.getName(), () -> !stop && motor.koerer, this::tom, this::behandlMedGenforsoeg);
            if (tom()) {
                return true;
            }
            if (stop || !motor.koerer) {
                return false;
            }
            start = laveste();
            sidst = start;
        }
        try (BlockingStream<TrackedEventMessage<?>> stroem = motor.eventStore.openStream(start)) {
            TrackingToken forrige = start; // the stream's position before the next event: tells its own index (EgetIndeks)
            long ventFra = System.nanoTime();
            while (!stop && motor.koerer) {
                if (!stroem.hasNextAvailable(100, TimeUnit.MILLISECONDS)) {
                    if (genopbygning && !analyseret) {
                        long t0 = System.nanoTime();
                        overdragelse.analyser();
                        analyseret = true;
                        LOG.info("{} caught up with the head; ANALYZE of the rebuilt tables took {} ms", traad.getName(),
                                (System.nanoTime() - t0) / 1_000_000);
                        continue;
                    }
                    if (genopbygning && overdragelse.forsoeg(stroem)) {
                        return true;
                    }
                    continue;
                }
                long ankommet = System.nanoTime();
                List<TrackedEventMessage<?>> batch = new ArrayList<>(motor.batchStoerrelse);
                while (batch.size() < motor.batchStoerrelse && stroem.hasNextAvailable()) {
                    batch.add(stroem.nextAvailable());
                }
                List<Haendelse> haendelser = new ArrayList<>(batch.size());
                List<TrackingToken> tokens = new ArrayList<>(batch.size());
                for (TrackedEventMessage<?> besked : batch) {
                    haendelser.add(haendelse(besked, forrige));
                    tokens.add(besked.trackingToken());
                    forrige = besked.trackingToken();
                }
                long laest = System.nanoTime();
                behandlMedGenforsoeg(haendelser, tokens);
                if (tom()) {
                    return true;
                }
                long committet = System.nanoTime();
                if (!genopbygning && !stop && motor.koerer) { // else it may have been stopped before it was applied
                    motor.maaling.maalt(new Livebatch(haendelser.size(), haendelser.get(0).globalIndeks(),
                            haendelser.get(haendelser.size() - 1).globalIndeks(), ventFra, ankommet, laest, anvendelse.anvendtSlut(),
                            committet, forsoeg));
                }
                ventFra = committet;
            }
        }
        return false;
    }

    /** A rebuild runner whose every projection stopped at a parked event has nothing left to do. */
    private boolean tom() {
        return genopbygning && medlemmer.isEmpty();
    }

    private TrackingToken laveste() {
        TrackingToken laveste = null;
        boolean foerste = true;
        for (Deltager d : medlemmer) {
            if (d.token == null) {
                return null;
            }
            laveste = foerste ? d.token : laveste.lowerBound(d.token);
            foerste = false;
        }
        return laveste;
    }

    private void behandlMedGenforsoeg(List<Haendelse> haendelser, List<TrackingToken> tokens) throws InterruptedException {
        long pause = 100;
        forsoeg = 0;
        while (!stop && motor.koerer) {
            forsoeg++;
            try {
                if (genopbygning) {
                    behandl(haendelser, tokens);
                } else {
                    synchronized (motor.laas) {
                        behandl(haendelser, tokens);
                    }
                }
                return;
            } catch (RuntimeException e) {
                if (tabt(e)) {
                    throw e; // fenced off: never retried here (run() stops this node's runners)
                }
                if (e instanceof ProjektionFejlede f && !Fejlart.forbigaaende(f.getCause())) {
                    try {
                        if (genopbygning) {
                            anvendelse.isoler(f, haendelser, tokens);
                        } else {
                            synchronized (motor.laas) {
                                anvendelse.isoler(f, haendelser, tokens);
                            }
                        }
                        // the projection has now applied its part alone, or parked an event and left: the batch
                        // again, at once, for the others (and for it, what follows the event it applied up to)
                        continue;
                    } catch (RuntimeException forbigaaende) {
                        if (tabt(forbigaaende)) {
                            throw forbigaaende;
                        }
                        e = forbigaaende;
                    }
                }
                LOG.error("Projection batch failed; retrying in {} ms", pause, e);
                if (e instanceof ProjektionFejlede f) {
                    f.deltager.fejl = f.getCause().toString();
                } else {
                    for (Deltager d : medlemmer) {
                        d.fejl = e.toString();
                    }
                }
                Thread.sleep(pause);
                pause = Math.min(pause * 2, 30_000);
            }
        }
    }

    /**
     * Applies a batch to every member and moves their positions. A rebuild splits its members over up to
     * {@code ledger.projektioner.genopbygning-spor} lanes, each its own transaction on its own thread ({@link Spor}),
     * so that one lane's SQL runs in PostgreSQL while another lane folds events in Java; each projection's rows and
     * position still commit together. The live runner keeps one transaction for all.
     */
    private void behandl(List<Haendelse> haendelser, List<TrackingToken> tokens) {
        TrackingToken ny = tokens.get(tokens.size() - 1);
        List<List<Deltager>> fordelt = genopbygning ? spor.fordel(List.copyOf(medlemmer)) : List.of(List.copyOf(medlemmer));
        spor.koer(fordelt, s -> anvendelse.anvend(s, haendelser, tokens, ny));
        sidst = ny;
    }

    /** The event as projections see it, with its own global index (not the token's highest-seen index; EgetIndeks). */
    private Haendelse haendelse(TrackedEventMessage<?> besked, TrackingToken forrige) {
        long indeks = EgetIndeks.af(forrige, (GapAwareTrackingToken) besked.trackingToken());
        if (indeks == EgetIndeks.UKENDT) {
            indeks = motor.laeser.globaltIndeks(besked.getIdentifier());
        }
        if (besked instanceof DomainEventMessage<?> domaene) {
            return new Haendelse(indeks, domaene.getAggregateIdentifier(), domaene.getSequenceNumber(), domaene.getType(),
                    besked.getTimestamp(), besked.getPayload());
        }
        return new Haendelse(indeks, null, 0, null, besked.getTimestamp(), besked.getPayload());
    }

    /** True when {@code fejl} (or a cause) says the lease was lost: the batch was fenced off. */
    static boolean tabt(Throwable fejl) {
        for (Throwable t = fejl; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Projektionslease.Tabt) {
                return true;
            }
        }
        return false;
    }
}
