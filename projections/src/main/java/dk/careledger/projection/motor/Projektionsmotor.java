package dk.careledger.projection.motor;

import dk.careledger.domain.felles.Afvisning;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Feeds every {@link Projektion} from the event store, in large batches: one database transaction per batch
 * applies the batch to each projection and moves each projection's position, so a projection is exactly as far as
 * its position says (idempotent across crashes and restarts).
 *
 * <p>Why not an Axon event processor per projection: Axon's tracking processors commit a token per batch per
 * processor and call handlers one event at a time, which caps a rebuild far below what PostgreSQL can deliver
 * (issue 5 measures both). The engine still uses Axon for what it is good at: the gap-aware stream over the JDBC
 * event store (events committed out of global-index order are not skipped) and deserialization with upcasters.
 *
 * <p>Two kinds of runner read the stream. The <em>live</em> runner follows the head for every projection that is up
 * to date. A <em>rebuild</em> runner replays from the first event for the projections being rebuilt, while the live
 * runner keeps the others current and the application keeps serving; when the rebuild runner has caught up with the
 * head and its position covers the live runner's, its projections are handed over to the live runner. A projection
 * with no stored position (new, or after a reset) starts in a rebuild runner.
 */
@Component
public class Projektionsmotor implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(Projektionsmotor.class);

    private final EventStore eventStore;
    private final Map<String, Deltager> deltagere = new LinkedHashMap<>();
    private final Positioner positioner;
    private final TransactionTemplate transaktion;
    private final Clock clock;
    private final int batchStoerrelse;
    private final Object laas = new Object();
    private final Set<Loeber> loebere = ConcurrentHashMap.newKeySet();
    private volatile Loeber live;
    private volatile boolean koerer;

    public Projektionsmotor(EventStore eventStore, List<Projektion> projektioner, Positioner positioner,
            PlatformTransactionManager transactionManager, Clock clock,
            @Value("${ledger.projektioner.batch-stoerrelse:2000}") int batchStoerrelse) {
        this.eventStore = eventStore;
        this.positioner = positioner;
        this.transaktion = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.batchStoerrelse = batchStoerrelse;
        for (Projektion p : projektioner) {
            if (deltagere.put(p.navn(), new Deltager(p)) != null) {
                throw new IllegalStateException("Two projections are named " + p.navn());
            }
        }
    }

    @Override
    public void start() {
        koerer = true;
        Map<String, TrackingToken> gemte = positioner.alle();
        Set<String> afbrudte = positioner.underGenopbygning();
        List<Deltager> ajour = new ArrayList<>();
        List<Deltager> genoptages = new ArrayList<>();
        List<Deltager> nye = new ArrayList<>();
        for (Deltager d : deltagere.values()) {
            TrackingToken token = gemte.get(d.projektion.navn());
            if (token == null) {
                nye.add(d);
            } else if (afbrudte.contains(d.projektion.navn())) {
                d.token = token;
                genoptages.add(d);
            } else {
                d.token = token;
                ajour.add(d);
            }
        }
        live = new Loeber("live", false, ajour);
        live.start();
        if (!nye.isEmpty()) {
            transaktion.executeWithoutResult(status -> nye.forEach(d -> positioner.nulstil(d.projektion.navn())));
            genopbygUdenNulstilling(nye);
        }
        if (!genoptages.isEmpty()) {
            // an interrupted rebuild goes on from its stored position, still as a rebuild
            startGenopbygning(genoptages);
        }
    }

    @Override
    public void stop() {
        koerer = false;
        for (Loeber l : loebere) {
            l.stop = true;
        }
        for (Loeber l : loebere) {
            try {
                l.traad.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        loebere.clear();
    }

    @Override
    public boolean isRunning() {
        return koerer;
    }

    /** After Flyway and Axon, before the web server takes requests. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 2000;
    }

    /** The projections' names, in registration order. */
    public List<String> navne() {
        return List.copyOf(deltagere.keySet());
    }

    /**
     * Rebuilds the named projections (or all, when {@code navne} is empty) from the first event: removes them from the
     * live runner, empties their tables and positions, and replays in a rebuild runner while the others stay live.
     */
    public List<Projektionsstatus> genopbyg(Collection<String> navne) {
        List<Deltager> valgte = new ArrayList<>();
        for (String navn : navne.isEmpty() ? deltagere.keySet() : navne) {
            Deltager d = deltagere.get(navn);
            if (d == null) {
                throw Afvisning.ikkeFundet("PROJEKTION_UKENDT", "projektion", "Ingen projektion hedder '" + navn + "'; kendte: " + deltagere.keySet());
            }
            valgte.add(d);
        }
        synchronized (laas) {
            for (Deltager d : valgte) {
                if (d.genopbygges) {
                    throw Afvisning.konflikt("GENOPBYGNING_I_GANG", "projektion", "Projektionen '" + d.projektion.navn() + "' genopbygges allerede");
                }
            }
            live.medlemmer.removeAll(valgte);
            for (Deltager d : valgte) {
                d.genopbygges = true;
            }
        }
        transaktion.executeWithoutResult(status -> {
            for (Deltager d : valgte) {
                d.projektion.nulstil();
                positioner.nulstil(d.projektion.navn());
            }
        });
        genopbygUdenNulstilling(valgte);
        return valgte.stream().map(d -> status(d, hovedIndeks())).toList();
    }

    private void genopbygUdenNulstilling(List<Deltager> valgte) {
        for (Deltager d : valgte) {
            d.token = null;
        }
        startGenopbygning(valgte);
    }

    private void startGenopbygning(List<Deltager> valgte) {
        Instant nu = clock.instant();
        for (Deltager d : valgte) {
            d.genopbygges = true;
            d.behandlet.set(0);
            d.nanosIAnvend.set(0);
            d.startet = nu;
            d.fejl = null;
        }
        new Loeber("genopbygning-" + String.join("+", valgte.stream().map(d -> d.projektion.navn()).toList()), true, valgte).start();
    }

    /** Every projection's state and progress. */
    public List<Projektionsstatus> status() {
        Long hoved = hovedIndeks();
        return deltagere.values().stream().map(d -> status(d, hoved)).toList();
    }

    /** Waits until every projection has processed everything stored when this was called. */
    public boolean venTilAjour(Duration maks) {
        TrackingToken hoved = eventStore.createHeadToken();
        Instant frist = Instant.now().plus(maks);
        while (Instant.now().isBefore(frist)) {
            if (deltagere.values().stream().allMatch(d -> !d.genopbygges && daekker(d.token, hoved))) {
                return true;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private Projektionsstatus status(Deltager d, Long hoved) {
        Long position = indeks(d.token);
        long behandlet = d.behandlet.get();
        double sekunder = Math.max(0.001, Duration.between(d.startet, clock.instant()).toMillis() / 1000.0);
        double rate = d.genopbygges ? behandlet / sekunder : 0;
        Long resterende = hoved == null ? null : Math.max(0, hoved - (position == null ? 0 : position));
        Double tilbage = d.genopbygges && rate > 0 && resterende != null ? resterende / rate : null;
        Projektionsstatus.Tilstand tilstand = d.fejl != null ? Projektionsstatus.Tilstand.FEJL
                : d.genopbygges ? Projektionsstatus.Tilstand.GENOPBYGGES : Projektionsstatus.Tilstand.LIVE;
        return new Projektionsstatus(d.projektion.navn(), tilstand, position, hoved, behandlet, rate, resterende, tilbage, d.startet,
                d.nanosIAnvend.get() / 1_000_000, d.fejl);
    }

    private Long hovedIndeks() {
        return indeks(eventStore.createHeadToken());
    }

    private static Long indeks(TrackingToken token) {
        return token instanceof GapAwareTrackingToken gap ? gap.getIndex() : null;
    }

    /** True when {@code a} has seen everything {@code b} has; nothing covers "something" but something. */
    private static boolean daekker(TrackingToken a, TrackingToken b) {
        if (b == null) {
            return true;
        }
        return a != null && a.covers(b);
    }

    /** A projection's {@code anvend} failed: the whole batch rolls back, but only that projection is marked FEJL. */
    private static final class ProjektionFejlede extends RuntimeException {
        final transient Deltager deltager;

        ProjektionFejlede(Deltager deltager, RuntimeException aarsag) {
            super("Projection " + deltager.projektion.navn() + " failed", aarsag);
            this.deltager = deltager;
        }
    }

    /** A projection and what the engine knows of it at run time. */
    private static final class Deltager {
        final Projektion projektion;
        volatile TrackingToken token;
        volatile boolean genopbygges;
        final AtomicLong behandlet = new AtomicLong();
        final AtomicLong nanosIAnvend = new AtomicLong();
        volatile Instant startet = Instant.EPOCH;
        volatile String fejl;

        Deltager(Projektion projektion) {
            this.projektion = projektion;
        }
    }

    /** One thread reading the stream for a set of projections. */
    private final class Loeber implements Runnable {
        final boolean genopbygning;
        final Set<Deltager> medlemmer = new CopyOnWriteArraySet<>();
        final Thread traad;
        volatile boolean stop;
        volatile TrackingToken sidst;
        private boolean analyseret;

        Loeber(String navn, boolean genopbygning, List<Deltager> medlemmer) {
            this.genopbygning = genopbygning;
            this.medlemmer.addAll(medlemmer);
            this.traad = new Thread(this, "projektion-" + navn);
            this.traad.setDaemon(true);
        }

        void start() {
            loebere.add(this);
            traad.start();
        }

        @Override
        public void run() {
            long pause = 100;
            try {
                while (!stop && koerer) {
                    try {
                        if (laes()) {
                            return;
                        }
                    } catch (RuntimeException e) {
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
                loebere.remove(this);
            }
        }

        /** Reads the stream until stopped; true when a rebuild runner has handed its projections over. */
        private boolean laes() throws InterruptedException {
            TrackingToken start = medlemmer.isEmpty() ? (sidst != null ? sidst : eventStore.createHeadToken()) : laveste();
            sidst = start;
            try (BlockingStream<TrackedEventMessage<?>> stroem = eventStore.openStream(start)) {
                while (!stop && koerer) {
                    if (!stroem.hasNextAvailable(100, TimeUnit.MILLISECONDS)) {
                        if (genopbygning && !analyseret) {
                            analyser();
                            analyseret = true;
                            continue;
                        }
                        if (genopbygning && forsoegOverdragelse(stroem)) {
                            return true;
                        }
                        continue;
                    }
                    List<TrackedEventMessage<?>> batch = new ArrayList<>(batchStoerrelse);
                    while (batch.size() < batchStoerrelse && stroem.hasNextAvailable()) {
                        batch.add(stroem.nextAvailable());
                    }
                    behandlMedGenforsoeg(batch);
                }
            }
            return false;
        }

        /**
         * The rebuild runner has caught up: hand its projections to the live runner if their position covers
         * what the live runner has done, so no event is missed or applied twice; otherwise keep going.
         */
        private boolean forsoegOverdragelse(BlockingStream<TrackedEventMessage<?>> stroem) {
            synchronized (laas) {
                if (stroem.hasNextAvailable()) {
                    return false;
                }
                boolean alleDaekker = medlemmer.stream().allMatch(d -> daekker(d.token, live.sidst));
                if (!alleDaekker) {
                    return false;
                }
                for (Deltager d : medlemmer) {
                    positioner.genopbygget(d.projektion.navn());
                    d.genopbygges = false;
                }
                live.medlemmer.addAll(medlemmer);
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
        private void analyser() {
            for (Deltager d : medlemmer) {
                for (String tabel : d.projektion.tabeller()) {
                    try {
                        positioner.analyser(tabel);
                    } catch (RuntimeException e) {
                        LOG.warn("ANALYZE of {} after rebuilding {} failed", tabel, d.projektion.navn(), e);
                    }
                }
            }
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

        private void behandlMedGenforsoeg(List<TrackedEventMessage<?>> batch) throws InterruptedException {
            long pause = 100;
            while (!stop && koerer) {
                try {
                    if (genopbygning) {
                        behandl(batch);
                    } else {
                        synchronized (laas) {
                            behandl(batch);
                        }
                    }
                    return;
                } catch (RuntimeException e) {
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

        private void behandl(List<TrackedEventMessage<?>> batch) {
            List<Haendelse> haendelser = new ArrayList<>(batch.size());
            for (TrackedEventMessage<?> besked : batch) {
                haendelser.add(haendelse(besked));
            }
            TrackingToken ny = batch.get(batch.size() - 1).trackingToken();
            Map<Deltager, Integer> antal = new LinkedHashMap<>();
            transaktion.executeWithoutResult(status -> {
                antal.clear();
                for (Deltager d : medlemmer) {
                    List<Haendelse> nye = d.token == null ? haendelser : ikkeDaekkede(d.token, batch, haendelser);
                    if (!nye.isEmpty()) {
                        long t0 = System.nanoTime();
                        try {
                            d.projektion.anvend(nye);
                        } catch (RuntimeException e) {
                            throw new ProjektionFejlede(d, e);
                        }
                        d.nanosIAnvend.addAndGet(System.nanoTime() - t0);
                    }
                    positioner.gem(d.projektion.navn(), d.token == null ? ny : d.token.upperBound(ny), nye.size());
                    antal.put(d, nye.size());
                }
            });
            for (Map.Entry<Deltager, Integer> e : antal.entrySet()) {
                Deltager d = e.getKey();
                d.token = d.token == null ? ny : d.token.upperBound(ny);
                d.behandlet.addAndGet(e.getValue());
                d.fejl = null;
            }
            sidst = ny;
        }

        private List<Haendelse> ikkeDaekkede(TrackingToken token, List<TrackedEventMessage<?>> batch, List<Haendelse> haendelser) {
            List<Haendelse> nye = new ArrayList<>(haendelser.size());
            for (int i = 0; i < batch.size(); i++) {
                if (!token.covers(batch.get(i).trackingToken())) {
                    nye.add(haendelser.get(i));
                }
            }
            return nye;
        }
    }

    private static Haendelse haendelse(TrackedEventMessage<?> besked) {
        long indeks = ((GapAwareTrackingToken) besked.trackingToken()).getIndex();
        if (besked instanceof DomainEventMessage<?> domaene) {
            return new Haendelse(indeks, domaene.getAggregateIdentifier(), domaene.getSequenceNumber(), domaene.getType(),
                    besked.getTimestamp(), besked.getPayload());
        }
        return new Haendelse(indeks, null, 0, null, besked.getTimestamp(), besked.getPayload());
    }
}
