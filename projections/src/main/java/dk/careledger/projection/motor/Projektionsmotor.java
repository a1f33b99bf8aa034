package dk.careledger.projection.motor;

import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.Inputgraenser;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
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
 * Feeds every {@link Projektion} from the event store, in large batches: a database transaction applies a batch to
 * projections and moves their positions with their rows, so a projection is exactly as far as its position says
 * (idempotent across crashes and restarts).
 *
 * <p>Why not an Axon event processor per projection: Axon's tracking processors commit a token per batch per
 * processor and call handlers one event at a time, which caps a rebuild far below what PostgreSQL can deliver
 * (issue 5 measures both). The engine still uses Axon for what it is good at: the gap-aware stream over the JDBC
 * event store (events committed out of global-index order are not skipped) and deserialization with upcasters. Far
 * behind the head (a rebuild, a start after downtime) it first catches up by reading the event table itself, in pages
 * of {@code ledger.projektioner.indhentning-batch-stoerrelse} events (default 25,000), with the tokens Axon's stream
 * would give ({@link Haendelseslaeser}), on a second thread that reads the next page while this one applies the
 * current; it hands over to Axon's stream at the head or at the first gap. Larger pages mean fewer rows rewritten
 * (a period's counters, a sag's history are written once per batch that touches them: at a million events the
 * ydelsesindeks wrote 454,000 period rows in batches of 10,000 and 212,000 in batches of 50,000), but at 50,000 the
 * pages outlived the young collections and copying them cost more JVM time than the rows saved.
 *
 * <p>A rebuild is what must be fast (issue 3: a million events at ≥ 50,000 events/s on two cores), so its batches
 * also run on up to {@code ledger.projektioner.genopbygning-spor} lanes (default 2): self-contained projections
 * ({@link Projektion#selvstaendig}) are spread over the lanes, each lane its own transaction, so that one lane's SQL
 * runs in PostgreSQL while another folds events in Java. Its transactions commit asynchronously
 * ({@code synchronous_commit = off}: a crash loses rows and position together) and plan every statement for its
 * parameters (the tables grow from empty). docs/benchmarks/projektioner.md has the measurements.
 *
 * <p>Two kinds of runner read the stream. The <em>live</em> runner follows the head for every projection that is up
 * to date. A <em>rebuild</em> runner replays from the first event for the projections being rebuilt, while the live
 * runner keeps the others current and the application keeps serving; when the rebuild runner has caught up with the
 * head and its position covers the live runner's, its projections are handed over to the live runner. A projection
 * with no stored position (new, or after a reset) starts in a rebuild runner.
 *
 * <p>The live runner times every batch: how long it waited for the stream, and how long reading, applying and
 * committing took ({@link Livebatch}; Micrometer timer {@code ledger.projektioner.live} by {@code fase}, and
 * {@link #lyt} for whoever wants the batches themselves, as the benchmark does to explain a lag). A batch whose work
 * takes longer than {@code ledger.projektioner.langsom-batch-ms} (default 500) is logged with its breakdown.
 *
 * <p>An event a projection cannot apply stops that projection only: after a batch fails in it (and the failure is
 * not {@link Fejlart#forbigaaende transient}), its part of the batch is applied alone until the one event that fails
 * alone, twice, is found ({@link Giftsoegning}); everything before it is committed, the event is parked
 * ({@link Parkeringer}, table {@code projektion_parkering}) and the projection leaves its runner, STOPPET, across
 * restarts, until an operator {@link #genoptag tries it again} or {@link #springOver skips it}; the batch goes on for
 * the others. Holes in the global index that hold no event do not keep anything from being caught up ({@link Huller}).
 *
 * <p>With several nodes on one database only one runs the projections: the one holding the {@link Projektionslease}
 * (an advisory lock on a connection of its own). The others are standby: no runner, status STANDBY, rebuilds and
 * decisions refused (409 {@code IKKE_PROJEKTIONSNODE}); a watch thread takes the lease over when it is released. Every
 * runner writes its positions fenced by the lease epoch it was started under, so a former holder paused past a
 * takeover cannot commit a batch (ADR 0012, "One runner at a time").
 */
@Component
public class Projektionsmotor implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(Projektionsmotor.class);
    /** The longest reason an operator's decision on a parked event keeps. */
    public static final int MAKS_BEGRUNDELSE = 2000;

    private final EventStore eventStore;
    private final Map<String, Deltager> deltagere = new LinkedHashMap<>();
    private final Positioner positioner;
    private final Haendelseslaeser laeser;
    private final Parkeringer parkeringer;
    private final Huller huller;
    private final Projektionslease lease;
    private final long leaseIntervalMs;
    /** Guards taking up and giving up the runners when the lease comes and goes (never held while a batch waits for {@code laas}). */
    private final Object leaselaas = new Object();
    /** The lease epoch the runners were started under; 0 while this node is standby (runs nothing). */
    private volatile long aktivEpoke;
    /** A runner's batch was fenced off under {@link #aktivEpoke}: the watch stops the runners and gives the lease up. */
    private volatile boolean afskaaret;
    private volatile Thread vagt;
    private final TransactionTemplate transaktion;
    private final Clock clock;
    private final int batchStoerrelse;
    private final int indhentningsstoerrelse;
    private final int genopbygningsspor;
    private final Object laas = new Object();
    private final Set<Loeber> loebere = ConcurrentHashMap.newKeySet();
    private volatile Loeber live;
    private volatile boolean koerer;
    private final List<Consumer<Livebatch>> lyttere = new CopyOnWriteArrayList<>();
    private final long langsomBatchNanos;
    private final Timer laesning;
    private final Timer anvendelse;
    private final Timer commit;

    public Projektionsmotor(EventStore eventStore, List<Projektion> projektioner, Positioner positioner, Haendelseslaeser laeser,
            Parkeringer parkeringer, Huller huller, Projektionslease lease, PlatformTransactionManager transactionManager, Clock clock,
            MeterRegistry metrik,
            @Value("${ledger.projektioner.batch-stoerrelse:2000}") int batchStoerrelse,
            @Value("${ledger.projektioner.indhentning-batch-stoerrelse:25000}") int indhentningsstoerrelse,
            @Value("${ledger.projektioner.genopbygning-spor:2}") int genopbygningsspor,
            @Value("${ledger.projektioner.langsom-batch-ms:500}") long langsomBatchMs,
            @Value("${ledger.projektioner.lease-interval-ms:1000}") long leaseIntervalMs) {
        this.eventStore = eventStore;
        this.lease = lease;
        this.leaseIntervalMs = leaseIntervalMs;
        this.positioner = positioner;
        this.laeser = laeser;
        this.parkeringer = parkeringer;
        this.huller = huller;
        this.transaktion = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.batchStoerrelse = batchStoerrelse;
        this.indhentningsstoerrelse = indhentningsstoerrelse;
        this.genopbygningsspor = genopbygningsspor;
        this.langsomBatchNanos = TimeUnit.MILLISECONDS.toNanos(langsomBatchMs);
        this.laesning = fase(metrik, "laes", "taking the batch from Axon's stream and deserializing it");
        this.anvendelse = fase(metrik, "anvend", "applying it to the projections");
        this.commit = fase(metrik, "commit", "committing their rows and positions");
        for (Projektion p : projektioner) {
            if (deltagere.put(p.navn(), new Deltager(p)) != null) {
                throw new IllegalStateException("Two projections are named " + p.navn());
            }
        }
        Gauge.builder("ledger.projektioner.stoppede", this, m -> m.stoppede().size())
                .description("Projections stopped at an event they could not apply, waiting for an operator's decision").register(metrik);
    }

    /**
     * Takes the projection lease if no other node holds it (at once, so a single node starts exactly as before) and
     * then starts the runners; otherwise this node is standby. Either way a watch thread then checks the lease every
     * {@code ledger.projektioner.lease-interval-ms} (1,000): the holder that its lock connection still answers and the
     * epoch is still its own (else it stops applying at once), a standby whether the lease has become free (then it
     * takes over and starts the runners from the stored positions).
     */
    @Override
    public void start() {
        koerer = true;
        synchronized (leaselaas) {
            if (lease.forsoeg()) {
                startLoebere(lease.epoke());
            } else {
                LOG.info("Projections are run by another node ({}); this node is standby and takes over when it stops",
                        lease.kendtIndehaver());
            }
        }
        Thread t = new Thread(this::vagt, "projektion-lease");
        t.setDaemon(true);
        vagt = t;
        t.start();
    }

    /** The watch over the lease: see {@link #start()}. */
    private void vagt() {
        while (koerer) {
            try {
                Thread.sleep(leaseIntervalMs);
            } catch (InterruptedException e) {
                return;
            }
            try {
                synchronized (leaselaas) {
                    if (!koerer) {
                        return;
                    }
                    if (aktivEpoke != 0) {
                        if (afskaaret) {
                            stopLoebere("a batch was fenced off: another node took the lease over");
                        } else if (!lease.bekraeft()) {
                            stopLoebere("the lease was lost");
                        }
                    } else if (lease.forsoeg()) {
                        try {
                            startLoebere(lease.epoke());
                        } catch (RuntimeException e) {
                            // never hold the lease without running: give it up, and try again at the next look
                            stopLoebere("starting the runners failed");
                            throw e;
                        }
                    }
                }
            } catch (RuntimeException e) {
                LOG.error("Watching the projection lease failed; trying again", e);
            }
        }
    }

    /**
     * A runner's batch was fenced off: another node took the lease over. Stops every runner at once (no batch after
     * this one); the watch thread gives the lease up and goes on as standby.
     */
    private void leaseTabt(Loeber loeber, RuntimeException fejl) {
        LOG.error("Projection runner {} was fenced off (lease epoch {}): another node runs the projections; this node stops "
                + "applying and is standby", loeber.traad.getName(), loeber.epoke, fejl);
        for (Loeber l : loebere) {
            if (l.epoke == loeber.epoke) {
                l.stop = true;
            }
        }
        if (aktivEpoke == loeber.epoke) {
            afskaaret = true;
        }
    }

    /** Tells every runner to stop and waits (up to 5 s each) for a batch under way to end. */
    private void stopOgVentPaaLoebere() {
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
    }

    /** Stops the runners (waiting for a batch under way) and gives the lease up; this node is then standby. */
    private void stopLoebere(String hvorfor) {
        LOG.warn("Projection runners stop: {}", hvorfor);
        aktivEpoke = 0;
        afskaaret = false;
        stopOgVentPaaLoebere();
        lease.slip();
    }

    /** Starts the runners from the stored positions, parkings and skips, under lease epoch {@code epoke}. */
    private void startLoebere(long epoke) {
        aktivEpoke = epoke;
        Map<String, TrackingToken> gemte = positioner.alle();
        Set<String> afbrudte = positioner.underGenopbygning();
        Map<String, Parkering> aabne = parkeringer.aabne();
        Map<String, Set<Long>> oversprungne = parkeringer.oversprungne();
        List<Deltager> ajour = new ArrayList<>();
        List<Deltager> genoptages = new ArrayList<>();
        List<Deltager> nye = new ArrayList<>();
        for (Deltager d : deltagere.values()) {
            TrackingToken token = gemte.get(d.projektion.navn());
            d.genopbygges = false;
            d.fejl = null;
            d.oversprungne.clear();
            d.oversprungne.addAll(oversprungne.getOrDefault(d.projektion.navn(), Set.of()));
            d.parkering = aabne.get(d.projektion.navn());
            if (d.parkering != null) {
                // stopped at a parked event: it stays stopped, in no runner, until an operator decides
                d.token = token;
                d.genopbygges = afbrudte.contains(d.projektion.navn());
                LOG.warn("Projection {} is stopped at event {} ({}): {}", d.projektion.navn(), d.parkering.globalIndeks(),
                        d.parkering.haendelsestype(), d.parkering.aarsag());
            } else if (token == null) {
                nye.add(d);
            } else if (afbrudte.contains(d.projektion.navn())) {
                d.token = token;
                genoptages.add(d);
            } else {
                d.token = token;
                ajour.add(d);
            }
        }
        live = new Loeber("live", false, ajour, epoke);
        live.start();
        if (!nye.isEmpty()) {
            transaktion.executeWithoutResult(status -> nye.forEach(d -> positioner.nulstil(epoke, d.projektion.navn())));
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
        Thread v = vagt;
        if (v != null) {
            v.interrupt();
        }
        stopOgVentPaaLoebere();
        loebere.clear();
        synchronized (leaselaas) {
            aktivEpoke = 0;
            // released at once: a standby takes over at its next look instead of waiting for this process to end
            lease.slip();
        }
    }

    /** True while this node holds the projection lease and runs the projections; false on a standby. */
    public boolean koererProjektionerne() {
        return aktivEpoke != 0 && !afskaaret;
    }

    /** Who runs the projections, as this node last saw it (itself when it does). */
    public String projektionsnode() {
        return lease.kendtIndehaver();
    }

    /** How many runner threads are alive (for tests: a stopped node has none left). */
    int loebereIGang() {
        return loebere.size();
    }

    /** The lease epoch this node runs the projections under; 0 on a standby. */
    public long leaseEpoke() {
        return aktivEpoke;
    }

    /** Refuses what only the node that runs the projections may do (rebuild, resume, skip) on a standby: 409. */
    private long kraevProjektionsnode() {
        long epoke = aktivEpoke;
        if (epoke == 0 || afskaaret) {
            throw Afvisning.konflikt("IKKE_PROJEKTIONSNODE", "projektion", "Denne node kører ikke projektionerne; det gør "
                    + (lease.kendtIndehaver().isBlank() ? "en anden node" : "'" + lease.kendtIndehaver() + "'")
                    + ". Genopbygning og beslutninger om parkerede hændelser skal sendes til den node");
        }
        return epoke;
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

    private static Timer fase(MeterRegistry metrik, String fase, String beskrivelse) {
        return Timer.builder("ledger.projektioner.live").tag("fase", fase)
                .description("Live projection batches: time spent " + beskrivelse).register(metrik);
    }

    /**
     * Calls {@code lytter} on the live runner's thread after every batch it commits, until the returned handle is
     * closed. The listener must be quick: the runner waits for it.
     */
    public AutoCloseable lyt(Consumer<Livebatch> lytter) {
        lyttere.add(lytter);
        return () -> lyttere.remove(lytter);
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
        return genopbyg(navne, null);
    }

    /**
     * {@link #genopbyg(Collection)}, by {@code bruger} (may be null). A stopped projection may be rebuilt too: its
     * parking is closed as GENOPBYGGET, and the rebuild parks the event again if the projection still cannot apply it
     * (with everything before it applied). Events skipped by decision stay skipped.
     */
    public List<Projektionsstatus> genopbyg(Collection<String> navne, String bruger) {
        long epoke = kraevProjektionsnode();
        List<Deltager> valgte = new ArrayList<>();
        for (String navn : navne.isEmpty() ? deltagere.keySet() : navne) {
            valgte.add(deltager(navn));
        }
        Map<Deltager, Parkering> lukkes = new LinkedHashMap<>();
        synchronized (laas) {
            for (Deltager d : valgte) {
                if (d.genopbygges && d.parkering == null) {
                    throw Afvisning.konflikt("GENOPBYGNING_I_GANG", "projektion", "Projektionen '" + d.projektion.navn() + "' genopbygges allerede");
                }
            }
            live.medlemmer.removeAll(valgte);
            for (Deltager d : valgte) {
                d.genopbygges = true;
                if (d.parkering != null) {
                    lukkes.put(d, d.parkering);
                    d.parkering = null;
                }
            }
        }
        long t0 = System.nanoTime();
        transaktion.executeWithoutResult(status -> {
            for (Deltager d : valgte) {
                d.projektion.nulstil();
                positioner.nulstil(epoke, d.projektion.navn());
            }
            lukkes.forEach((d, p) -> parkeringer.besluttet(p, Parkeringer.Beslutning.GENOPBYGGET, bruger,
                    "Genopbygget fra første hændelse"));
        });
        LOG.info("Projections {} emptied in {} ms; rebuilding", valgte.stream().map(d -> d.projektion.navn()).toList(),
                (System.nanoTime() - t0) / 1_000_000);
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
        new Loeber("genopbygning-" + String.join("+", valgte.stream().map(d -> d.projektion.navn()).toList()), true, valgte, aktivEpoke)
                .start();
    }

    /**
     * Tries the parked event of a stopped projection again (after a fix): the projection catches up from just before
     * the event, in a runner of its own, and is handed to the live runner when it has caught up; if the event still
     * fails, it is parked again (a new parking).
     */
    public Projektionsstatus genoptag(String navn, String bruger, String begrundelse) {
        Deltager d = deltager(navn);
        kraevProjektionsnode();
        synchronized (laas) {
            Parkering p = stoppet(d);
            parkeringer.besluttet(p, Parkeringer.Beslutning.GENOPTAGET, bruger, begrundelse);
            LOG.warn("Projection {}: {} retries parked event {} ({})", navn, bruger, p.globalIndeks(), begrundelse);
            d.parkering = null;
            startGenopbygning(List.of(d));
        }
        return status(d, hovedIndeks());
    }

    /**
     * Skips the parked event of a stopped projection, by an operator's decision with a reason: for this projection
     * only, and only that event (named by its global index, so an operator never skips an event they have not seen);
     * the decision is kept, and a rebuild skips the event too. The projection then goes on from the event.
     */
    public Projektionsstatus springOver(String navn, Long globalIndeks, String bruger, String begrundelse) {
        Deltager d = deltager(navn);
        Afvisning.paakraevet(globalIndeks, "globalIndeks");
        paakraevetBegrundelse(begrundelse);
        kraevProjektionsnode();
        synchronized (laas) {
            Parkering p = stoppet(d);
            if (p.globalIndeks() != globalIndeks) {
                throw Afvisning.konflikt("PARKERET_HAENDELSE_ANDEN", "globalIndeks", "Projektionen '" + navn + "' er stoppet ved hændelse "
                        + p.globalIndeks() + ", ikke " + globalIndeks);
            }
            parkeringer.besluttet(p, Parkeringer.Beslutning.OVERSPRUNGET, bruger, begrundelse);
            LOG.warn("Projection {}: {} skips event {} ({}): {}", navn, bruger, p.globalIndeks(), p.haendelsestype(), begrundelse);
            d.oversprungne.add(p.globalIndeks());
            d.parkering = null;
            startGenopbygning(List.of(d));
        }
        return status(d, hovedIndeks());
    }

    /** The parked events of the stopped projections, from memory (no query): for health and metrics. */
    public List<Parkering> stoppede() {
        List<Parkering> stoppede = new ArrayList<>();
        if (!koererProjektionerne()) {
            return stoppede; // a standby's memory of them is not current; the node that runs the projections reports them
        }
        for (Deltager d : deltagere.values()) {
            Parkering p = d.parkering;
            if (p != null) {
                stoppede.add(p);
            }
        }
        return stoppede;
    }

    /** A reason is required for a decision, and held to the edge's limits for text (no NUL, bounded). */
    private static void paakraevetBegrundelse(String begrundelse) {
        Inputgraenser.tekst(Afvisning.paakraevet(begrundelse, "begrundelse"), MAKS_BEGRUNDELSE, "begrundelse");
    }

    private Deltager deltager(String navn) {
        Deltager d = navn == null ? null : deltagere.get(navn);
        if (d == null) {
            throw Afvisning.ikkeFundet("PROJEKTION_UKENDT", "projektion", "Ingen projektion hedder '" + navn + "'; kendte: " + deltagere.keySet());
        }
        return d;
    }

    private static Parkering stoppet(Deltager d) {
        Parkering p = d.parkering;
        if (p == null) {
            throw Afvisning.konflikt("PROJEKTION_IKKE_STOPPET", "projektion", "Projektionen '" + d.projektion.navn()
                    + "' er ikke stoppet ved en parkeret hændelse");
        }
        return p;
    }

    /** Every projection's state and progress. */
    public List<Projektionsstatus> status() {
        Long hoved = hovedIndeks();
        if (!koererProjektionerne()) {
            // standby: applies nothing; the positions are the ones the node that runs the projections has stored
            Map<String, Long> indekser = positioner.indekser();
            return deltagere.values().stream().map(d -> {
                Long position = indekser.get(d.projektion.navn());
                return new Projektionsstatus(d.projektion.navn(), Projektionsstatus.Tilstand.STANDBY, position, hoved, 0, 0,
                        hoved == null ? null : Math.max(0, hoved - (position == null ? 0 : position)), null, d.startet, 0,
                        "Projektionerne køres af " + (lease.kendtIndehaver().isBlank() ? "en anden node" : lease.kendtIndehaver()), null);
            }).toList();
        }
        return deltagere.values().stream().map(d -> status(d, hoved)).toList();
    }

    /**
     * Waits until every projection has processed everything stored when this was called (holes in the global index
     * that hold no event do not count, {@link Huller}); false after {@code maks}, or as soon as the only projections
     * not caught up are stopped at a parked event (they wait for an operator, not for time).
     */
    public boolean venTilAjour(Duration maks) {
        return venTilAjour(maks, deltagere.keySet());
    }

    /** {@link #venTilAjour(Duration)} for the named projections only. */
    public boolean venTilAjour(Duration maks, Collection<String> navne) {
        List<Deltager> valgte = navne.stream().map(this::deltager).toList();
        TrackingToken hoved = eventStore.createHeadToken();
        Instant frist = Instant.now().plus(maks);
        while (Instant.now().isBefore(frist)) {
            List<TrackingToken> tokens = new ArrayList<>(valgte.size());
            for (Deltager d : valgte) {
                tokens.add(d.token);
            }
            boolean[] daekker = huller.daekker(tokens, hoved);
            boolean ajour = true;
            boolean kunStoppede = true;
            for (int i = 0; i < valgte.size(); i++) {
                Deltager d = valgte.get(i);
                if (d.parkering != null) {
                    ajour = false;
                } else if (d.genopbygges || !daekker[i]) {
                    ajour = false;
                    kunStoppede = false;
                }
            }
            if (ajour || kunStoppede) {
                return ajour;
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
        Parkering parkeret = d.parkering;
        Projektionsstatus.Tilstand tilstand = parkeret != null ? Projektionsstatus.Tilstand.STOPPET
                : d.fejl != null ? Projektionsstatus.Tilstand.FEJL
                : d.genopbygges ? Projektionsstatus.Tilstand.GENOPBYGGES : Projektionsstatus.Tilstand.LIVE;
        return new Projektionsstatus(d.projektion.navn(), tilstand, position, hoved, behandlet, rate, resterende, tilbage, d.startet,
                d.nanosIAnvend.get() / 1_000_000, parkeret != null ? parkeret.aarsag() : d.fejl, parkeret);
    }

    private Long hovedIndeks() {
        return indeks(eventStore.createHeadToken());
    }

    private static Long indeks(TrackingToken token) {
        return token instanceof GapAwareTrackingToken gap ? gap.getIndex() : null;
    }

    /** True when {@code fejl} (or a cause) says the lease was lost: the batch was fenced off. */
    private static boolean tabt(Throwable fejl) {
        for (Throwable t = fejl; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Projektionslease.Tabt) {
                return true;
            }
        }
        return false;
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
        /** The event it stopped at, waiting for an operator; then it is in no runner. */
        volatile Parkering parkering;
        /** Global indexes of events skipped by an operator's decision: never applied, in no runner, not in a rebuild. */
        final Set<Long> oversprungne = ConcurrentHashMap.newKeySet();

        Deltager(Projektion projektion) {
            this.projektion = projektion;
        }
    }

    /** One thread reading the stream for a set of projections. */
    private final class Loeber implements Runnable {
        final boolean genopbygning;
        final Set<Deltager> medlemmer = new CopyOnWriteArraySet<>();
        final Thread traad;
        /** The lease epoch it runs under: every position write is fenced by it. */
        final long epoke;
        volatile boolean stop;
        volatile TrackingToken sidst;
        private boolean analyseret;
        private ExecutorService hjaelpere;
        /** For the live runner's timing: when the last attempt's SQL was sent, and how many attempts the batch took. */
        private long anvendtSlut;
        private int forsoeg;

        Loeber(String navn, boolean genopbygning, List<Deltager> medlemmer, long epoke) {
            this.genopbygning = genopbygning;
            this.epoke = epoke;
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
                            if (tom()) {
                                LOG.info("{} ends: its projections are stopped at parked events", traad.getName());
                            }
                            return;
                        }
                    } catch (RuntimeException e) {
                        if (tabt(e)) {
                            leaseTabt(this, e);
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
                if (hjaelpere != null) {
                    hjaelpere.shutdownNow();
                }
                loebere.remove(this);
            }
        }

        /** Reads the stream until stopped; true when a rebuild runner has handed its projections over (or has none left). */
        private boolean laes() throws InterruptedException {
            if (tom()) {
                return true;
            }
            TrackingToken start = medlemmer.isEmpty() ? (sidst != null ? sidst : eventStore.createHeadToken()) : laveste();
            sidst = start;
            if (!medlemmer.isEmpty() && laeser.kanLaeseFra(start)) {
                indhent(start);
                if (tom()) {
                    return true;
                }
                if (stop || !koerer) {
                    return false;
                }
                start = laveste();
                sidst = start;
            }
            try (BlockingStream<TrackedEventMessage<?>> stroem = eventStore.openStream(start)) {
                TrackingToken forrige = start; // the stream's position before the next event: tells its own index (EgetIndeks)
                long ventFra = System.nanoTime();
                while (!stop && koerer) {
                    if (!stroem.hasNextAvailable(100, TimeUnit.MILLISECONDS)) {
                        if (genopbygning && !analyseret) {
                            long t0 = System.nanoTime();
                            analyser();
                            analyseret = true;
                            LOG.info("{} caught up with the head; ANALYZE of the rebuilt tables took {} ms", traad.getName(),
                                    (System.nanoTime() - t0) / 1_000_000);
                            continue;
                        }
                        if (genopbygning && forsoegOverdragelse(stroem)) {
                            return true;
                        }
                        continue;
                    }
                    long ankommet = System.nanoTime();
                    List<TrackedEventMessage<?>> batch = new ArrayList<>(batchStoerrelse);
                    while (batch.size() < batchStoerrelse && stroem.hasNextAvailable()) {
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
                    if (!genopbygning && !stop && koerer) { // else it may have been stopped before it was applied
                        maalt(new Livebatch(haendelser.size(), haendelser.get(0).globalIndeks(),
                                haendelser.get(haendelser.size() - 1).globalIndeks(), ventFra, ankommet, laest, anvendtSlut,
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

        private void maalt(Livebatch b) {
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

        /**
         * Catches up from far behind the head with the {@link Haendelseslaeser}, in pages of
         * {@code ledger.projektioner.indhentning-batch-stoerrelse} events, until a page reaches the head or leaves a
         * gap; the caller goes on with Axon's stream from the members' positions. A second thread reads and
         * deserializes the next page while this one applies the current page to the projections, so the two cores
         * share the work (reading and deserializing the log was about 14 of the 49 seconds of a million-event rebuild
         * before).
         */
        private void indhent(TrackingToken start) throws InterruptedException {
            // one page waiting is enough to keep both threads busy; more would only hold more events in memory
            BlockingQueue<Object> sider = new ArrayBlockingQueue<>(1);
            Object slut = new Object();
            Thread hent = new Thread(() -> {
                TrackingToken efter = start;
                long fra = start == null ? -1 : ((GapAwareTrackingToken) start).getIndex();
                long laest = 0;
                try {
                    while (!stop && koerer) {
                        Haendelseslaeser.Side side = laeser.laes(efter, fra, indhentningsstoerrelse);
                        if (!side.haendelser().isEmpty()) {
                            sider.put(side);
                            laest += side.haendelser().size();
                        }
                        efter = side.token();
                        // like Axon: read on from the last event (an index below it may still commit), past an empty range
                        fra = side.haendelser().isEmpty() ? side.til() : ((GapAwareTrackingToken) efter).getIndex();
                        if (side.sidste()) {
                            if (laest > 0) {
                                LOG.info("{} caught up {} events by reading the event table; Axon's stream goes on from {}", traad.getName(),
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
            }, traad.getName() + "-laeser");
            hent.setDaemon(true);
            hent.start();
            try {
                while (!stop && koerer && !tom()) {
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
                    behandlMedGenforsoeg(side.haendelser(), side.tokens());
                }
            } finally {
                hent.interrupt();
                hent.join(5_000);
            }
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
                List<Deltager> overdrages = List.copyOf(medlemmer);
                boolean[] daekker = huller.daekker(Arrays.asList(overdrages.stream().map(d -> d.token).toArray(TrackingToken[]::new)),
                        live.sidst);
                for (boolean b : daekker) {
                    if (!b) {
                        return false;
                    }
                }
                for (Deltager d : overdrages) {
                    positioner.genopbygget(epoke, d.projektion.navn());
                    // holes that hold no event and the live runner does not wait for: forgotten, so that the token
                    // covers the live runner's later tokens and no event is applied twice
                    d.token = huller.udenTommeHuller(d.token, live.sidst);
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
            List<Future<?>> andre = new ArrayList<>();
            for (int i = 1; i < Math.min(genopbygningsspor, opgaver.size()); i++) {
                andre.add(hjaelpere().submit(toem));
            }
            toem.run();
            for (Future<?> f : andre) {
                RuntimeException e = ventPaa(f);
                if (e != null) {
                    LOG.warn("ANALYZE after a rebuild failed", e);
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

        private void behandlMedGenforsoeg(List<Haendelse> haendelser, List<TrackingToken> tokens) throws InterruptedException {
            long pause = 100;
            forsoeg = 0;
            while (!stop && koerer) {
                forsoeg++;
                try {
                    if (genopbygning) {
                        behandl(haendelser, tokens);
                    } else {
                        synchronized (laas) {
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
                                isoler(f, haendelser, tokens);
                            } else {
                                synchronized (laas) {
                                    isoler(f, haendelser, tokens);
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
         * {@code ledger.projektioner.genopbygning-spor} lanes, each its own transaction on its own thread ({@link #fordel}),
         * so that one lane's SQL runs in PostgreSQL while another lane folds events in Java; each projection's rows and
         * position still commit together. The live runner keeps one transaction for all.
         */
        private void behandl(List<Haendelse> haendelser, List<TrackingToken> tokens) {
            TrackingToken ny = tokens.get(tokens.size() - 1);
            List<List<Deltager>> spor = genopbygning ? fordel(List.copyOf(medlemmer)) : List.of(List.copyOf(medlemmer));
            if (spor.size() == 1) {
                anvend(spor.get(0), haendelser, tokens, ny);
            } else {
                List<Future<?>> andre = new ArrayList<>();
                for (List<Deltager> s : spor.subList(1, spor.size())) {
                    andre.add(hjaelpere().submit(() -> anvend(s, haendelser, tokens, ny)));
                }
                RuntimeException fejl = null;
                try {
                    anvend(spor.get(0), haendelser, tokens, ny);
                } catch (RuntimeException e) {
                    fejl = e;
                }
                for (Future<?> f : andre) {
                    RuntimeException e = ventPaa(f);
                    if (e != null && fejl == null) {
                        fejl = e;
                    } else if (e != null) {
                        fejl.addSuppressed(e);
                    }
                }
                if (fejl != null) {
                    throw fejl;
                }
            }
            sidst = ny;
        }

        /** One transaction: the batch applied to {@code spor}, with their positions; then their in-memory state. */
        private void anvend(List<Deltager> spor, List<Haendelse> haendelser, List<TrackingToken> tokens, TrackingToken ny) {
            Map<Deltager, Integer> antal = new LinkedHashMap<>();
            transaktion.executeWithoutResult(status -> {
                antal.clear();
                if (genopbygning) {
                    // a rebuild that loses its last commits in a crash replays them from its stored position, which
                    // commits (or is lost) together with its rows: no need to wait for the WAL flush
                    positioner.asynkronCommit();
                    positioner.egnePlaner();
                }
                List<Positioner.Ny> nyePositioner = new ArrayList<>(spor.size());
                for (Deltager d : spor) {
                    List<Haendelse> nye = ikkeOversprungne(d, d.token == null ? haendelser : ikkeDaekkede(d.token, tokens, haendelser));
                    if (!nye.isEmpty()) {
                        long t0 = System.nanoTime();
                        try {
                            d.projektion.anvend(nye);
                        } catch (RuntimeException e) {
                            throw new ProjektionFejlede(d, e);
                        }
                        d.nanosIAnvend.addAndGet(System.nanoTime() - t0);
                    }
                    nyePositioner.add(new Positioner.Ny(d.projektion.navn(), d.token == null ? ny : d.token.upperBound(ny), nye.size()));
                    antal.put(d, nye.size());
                }
                positioner.gem(epoke, nyePositioner);
                anvendtSlut = System.nanoTime();
            });
            for (Map.Entry<Deltager, Integer> e : antal.entrySet()) {
                Deltager d = e.getKey();
                d.token = d.token == null ? ny : d.token.upperBound(ny);
                d.behandlet.addAndGet(e.getValue());
                d.fejl = null;
            }
        }

        /**
         * The lanes of a rebuild batch: every projection that is not {@link Projektion#selvstaendig} in the first lane,
         * in registration order, and the self-contained ones spread over the lanes, heaviest first onto the lane with
         * the least time spent so far ({@code nanosIAnvend} since the rebuild began), so the lanes finish together.
         */
        private List<List<Deltager>> fordel(List<Deltager> alle) {
            int antalSpor = Math.min(genopbygningsspor, alle.size());
            if (antalSpor <= 1 || alle.stream().noneMatch(d -> d.projektion.selvstaendig())) {
                return List.of(alle);
            }
            List<List<Deltager>> spor = new ArrayList<>();
            long[] vaegt = new long[antalSpor];
            for (int i = 0; i < antalSpor; i++) {
                spor.add(new ArrayList<>());
            }
            List<Deltager> frie = new ArrayList<>();
            for (Deltager d : alle) {
                if (d.projektion.selvstaendig()) {
                    frie.add(d);
                } else {
                    spor.get(0).add(d);
                    vaegt[0] += d.nanosIAnvend.get();
                }
            }
            frie.sort((a, b) -> Long.compare(b.nanosIAnvend.get(), a.nanosIAnvend.get()));
            for (Deltager d : frie) {
                int let = 0;
                for (int i = 1; i < antalSpor; i++) {
                    if (vaegt[i] < vaegt[let] || (vaegt[i] == vaegt[let] && spor.get(i).size() < spor.get(let).size())) {
                        let = i;
                    }
                }
                spor.get(let).add(d);
                vaegt[let] += d.nanosIAnvend.get();
            }
            spor.removeIf(List::isEmpty);
            return spor;
        }

        /** The threads of the lanes but the first (which is this runner's own), made on first use. */
        private ExecutorService hjaelpere() {
            if (hjaelpere == null) {
                int antal = Math.max(1, genopbygningsspor - 1);
                AtomicLong nr = new AtomicLong();
                hjaelpere = Executors.newFixedThreadPool(antal, r -> {
                    Thread t = new Thread(r, traad.getName() + "-spor-" + nr.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
            }
            return hjaelpere;
        }

        /** Waits for a lane, without giving up on an interrupt (the lane uses the members); its failure, or null. */
        private RuntimeException ventPaa(Future<?> f) {
            boolean afbrudt = false;
            try {
                while (true) {
                    try {
                        f.get();
                        return null;
                    } catch (InterruptedException e) {
                        afbrudt = true;
                    } catch (ExecutionException e) {
                        if (e.getCause() instanceof RuntimeException r) {
                            return r;
                        }
                        if (e.getCause() instanceof Error err) {
                            throw err;
                        }
                        return new IllegalStateException(e.getCause());
                    }
                }
            } finally {
                if (afbrudt) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /**
         * After {@code f}: the failing projection's part of the batch alone ({@link Giftsoegning}), each attempt in a
         * transaction of its own with its position; it parks the event the projection cannot apply and leaves the
         * runner. Throws a failure that is not tied to an event ({@link Fejlart#forbigaaende}).
         */
        private void isoler(ProjektionFejlede f, List<Haendelse> haendelser, List<TrackingToken> tokens) {
            Deltager d = f.deltager;
            if (!medlemmer.contains(d)) {
                return;
            }
            List<Haendelse> egne = new ArrayList<>(haendelser.size());
            List<TrackingToken> egneTokens = new ArrayList<>(haendelser.size());
            for (int i = 0; i < tokens.size(); i++) {
                if (d.token == null || !d.token.covers(tokens.get(i))) {
                    egne.add(haendelser.get(i));
                    egneTokens.add(tokens.get(i));
                }
            }
            Giftsoegning.Gift gift = Giftsoegning.find(egne, egneTokens, (del, til) -> {
                List<Haendelse> nye = ikkeOversprungne(d, del);
                TrackingToken ny = d.token == null ? til : d.token.upperBound(til);
                long t0 = System.nanoTime();
                transaktion.executeWithoutResult(status -> {
                    if (!nye.isEmpty()) {
                        d.projektion.anvend(nye);
                    }
                    positioner.gem(epoke, d.projektion.navn(), ny, nye.size());
                });
                d.nanosIAnvend.addAndGet(System.nanoTime() - t0);
                d.token = ny;
                d.behandlet.addAndGet(nye.size());
            });
            if (gift == null) {
                LOG.warn("Projection {} failed on a batch of {} events ({}), then applied each part of it alone", d.projektion.navn(),
                        haendelser.size(), f.getCause().toString());
                d.fejl = null;
                return;
            }
            Parkering p = parkeringer.parker(epoke, d.projektion.navn(), gift.haendelse(), gift.fejl());
            synchronized (laas) {
                medlemmer.remove(d);
                d.parkering = p;
                d.fejl = null;
            }
            LOG.error("Projection {} cannot apply event {} ({}, aggregate {} #{}); it parked the event and stopped, the other "
                    + "projections go on. Decide with POST /api/admin/projektioner/{}/genoptagelse or /overspringelse",
                    d.projektion.navn(), p.globalIndeks(), p.haendelsestype(), p.aggregatId(), p.sekvens(), d.projektion.navn(), gift.fejl());
        }

        /** {@code haendelser} without the events skipped for {@code d} by decision (usually none: no copy then). */
        private List<Haendelse> ikkeOversprungne(Deltager d, List<Haendelse> haendelser) {
            if (d.oversprungne.isEmpty()) {
                return haendelser;
            }
            List<Haendelse> tilbage = new ArrayList<>(haendelser.size());
            for (Haendelse h : haendelser) {
                if (!d.oversprungne.contains(h.globalIndeks())) {
                    tilbage.add(h);
                }
            }
            return tilbage;
        }

        private List<Haendelse> ikkeDaekkede(TrackingToken token, List<TrackingToken> tokens, List<Haendelse> haendelser) {
            List<Haendelse> nye = new ArrayList<>(haendelser.size());
            for (int i = 0; i < tokens.size(); i++) {
                if (!token.covers(tokens.get(i))) {
                    nye.add(haendelser.get(i));
                }
            }
            return nye;
        }
    }

    /** The event as projections see it, with its own global index (not the token's highest-seen index; EgetIndeks). */
    private Haendelse haendelse(TrackedEventMessage<?> besked, TrackingToken forrige) {
        long indeks = EgetIndeks.af(forrige, (GapAwareTrackingToken) besked.trackingToken());
        if (indeks == EgetIndeks.UKENDT) {
            indeks = laeser.globaltIndeks(besked.getIdentifier());
        }
        if (besked instanceof DomainEventMessage<?> domaene) {
            return new Haendelse(indeks, domaene.getAggregateIdentifier(), domaene.getSequenceNumber(), domaene.getType(),
                    besked.getTimestamp(), besked.getPayload());
        }
        return new Haendelse(indeks, null, 0, null, besked.getTimestamp(), besked.getPayload());
    }
}
