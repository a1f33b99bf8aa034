package dk.careledger.projection.motor;

import dk.careledger.domain.felles.Afvisning;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
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
import java.util.function.Consumer;
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
 *
 * <p>This class is the engine's face: its life cycle, which runner each projection starts in, rebuilds and the
 * operator's decisions, and status. The rest is in parts of this package, each with one responsibility:
 * <ul>
 *   <li>{@link Leasevagt}: takes the lease, watches it on the {@code projektion-lease} thread, knows the epoch;</li>
 *   <li>{@link Loeber}: one runner thread — reads Axon's stream, cuts it into batches, retries a failed batch;</li>
 *   <li>{@link Indhentning}: a runner's catch-up far behind the head, through {@link Haendelseslaeser} on a prefetch
 *       thread, until the head or the first gap hands it back to Axon's stream;</li>
 *   <li>{@link Anvendelse}: one transaction applying a batch to a set of projections with their positions, and the
 *       poison search ({@link Giftsoegning}, {@link Parkeringer}) after a failure tied to an event;</li>
 *   <li>{@link Spor}: a rebuild batch's projections spread over lanes, and the lanes' threads;</li>
 *   <li>{@link Overdragelse}: the end of a rebuild — ANALYZE, then the handover to the live runner ({@link Huller});</li>
 *   <li>{@link Livemaaling}: the live batches' timers, slow-batch log and listeners ({@link #lyt});</li>
 *   <li>{@link Beslutninger}: the operator's decisions on a parked event ({@link #genoptag}, {@link #springOver});</li>
 *   <li>{@link Motorstatus}: each projection's state and progress, and waiting until they are caught up;</li>
 *   <li>{@link Deltager}: a projection's run-time state, which all of them share.</li>
 * </ul>
 */
@Component
public class Projektionsmotor implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(Projektionsmotor.class);
    /** The longest reason an operator's decision on a parked event keeps. */
    public static final int MAKS_BEGRUNDELSE = 2000;

    final EventStore eventStore;
    private final Map<String, Deltager> deltagere = new LinkedHashMap<>();
    final Positioner positioner;
    final Haendelseslaeser laeser;
    final Parkeringer parkeringer;
    final Huller huller;
    private final Projektionslease lease;
    /** Takes the lease, watches it, and starts and stops the runners as it comes and goes. */
    private final Leasevagt leasevagt;
    final TransactionTemplate transaktion;
    private final Clock clock;
    final int batchStoerrelse;
    final int indhentningsstoerrelse;
    final int genopbygningsspor;
    final Object laas = new Object();
    final Set<Loeber> loebere = ConcurrentHashMap.newKeySet();
    volatile Loeber live;
    volatile boolean koerer;
    /** Every projection's state and progress, and waiting until they are caught up. */
    private final Motorstatus motorstatus;
    /** The operator's decisions on a parked event: try it again, or skip it. */
    private final Beslutninger beslutninger;
    /** The live runner's batches: timed, slow ones logged, handed to listeners. */
    final Livemaaling maaling;

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
        this.leasevagt = new Leasevagt(lease, leaseIntervalMs, () -> koerer, this::startLoebere, this::stopOgVentPaaLoebere);
        this.positioner = positioner;
        this.laeser = laeser;
        this.parkeringer = parkeringer;
        this.huller = huller;
        this.transaktion = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.batchStoerrelse = batchStoerrelse;
        this.indhentningsstoerrelse = indhentningsstoerrelse;
        this.genopbygningsspor = genopbygningsspor;
        this.maaling = new Livemaaling(metrik, langsomBatchMs);
        this.beslutninger = new Beslutninger(parkeringer, laas, this::startGenopbygning);
        this.motorstatus = new Motorstatus(eventStore, huller, positioner, clock);
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
        leasevagt.start();
    }

    /**
     * A runner's batch was fenced off: another node took the lease over. Stops every runner at once (no batch after
     * this one); the watch thread gives the lease up and goes on as standby.
     */
    void leaseTabt(Loeber loeber, RuntimeException fejl) {
        LOG.error("Projection runner {} was fenced off (lease epoch {}): another node runs the projections; this node stops "
                + "applying and is standby", loeber.traad.getName(), loeber.epoke, fejl);
        for (Loeber l : loebere) {
            if (l.epoke == loeber.epoke) {
                l.stop = true;
            }
        }
        leasevagt.afskaer(loeber.epoke);
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

    /** Starts the runners from the stored positions, parkings and skips, under lease epoch {@code epoke}. */
    private void startLoebere(long epoke) {
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
        live = new Loeber(this, "live", false, ajour, epoke);
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
        leasevagt.afbryd();
        stopOgVentPaaLoebere();
        loebere.clear();
        leasevagt.slip();
    }

    /** True while this node holds the projection lease and runs the projections; false on a standby. */
    public boolean koererProjektionerne() {
        return leasevagt.koererProjektionerne();
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
        return leasevagt.aktivEpoke();
    }

    /** Refuses what only the node that runs the projections may do (rebuild, resume, skip) on a standby: 409. */
    private long kraevProjektionsnode() {
        long epoke = leasevagt.aktivEpoke();
        if (epoke == 0 || leasevagt.afskaaret()) {
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

    /**
     * Calls {@code lytter} on the live runner's thread after every batch it commits, until the returned handle is
     * closed. The listener must be quick: the runner waits for it.
     */
    public AutoCloseable lyt(Consumer<Livebatch> lytter) {
        return maaling.lyt(lytter);
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
        return valgte.stream().map(d -> motorstatus.status(d, motorstatus.hovedIndeks())).toList();
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
        new Loeber(this, "genopbygning-" + String.join("+", valgte.stream().map(d -> d.projektion.navn()).toList()), true, valgte,
                leasevagt.aktivEpoke()).start();
    }

    /**
     * Tries the parked event of a stopped projection again (after a fix): the projection catches up from just before
     * the event, in a runner of its own, and is handed to the live runner when it has caught up; if the event still
     * fails, it is parked again (a new parking).
     */
    public Projektionsstatus genoptag(String navn, String bruger, String begrundelse) {
        Deltager d = deltager(navn);
        kraevProjektionsnode();
        beslutninger.genoptag(d, bruger, begrundelse);
        return motorstatus.status(d, motorstatus.hovedIndeks());
    }

    /**
     * Skips the parked event of a stopped projection, by an operator's decision with a reason: for this projection
     * only, and only that event (named by its global index, so an operator never skips an event they have not seen);
     * the decision is kept, and a rebuild skips the event too. The projection then goes on from the event.
     */
    public Projektionsstatus springOver(String navn, Long globalIndeks, String bruger, String begrundelse) {
        Deltager d = deltager(navn);
        Afvisning.paakraevet(globalIndeks, "globalIndeks");
        Beslutninger.paakraevetBegrundelse(begrundelse);
        kraevProjektionsnode();
        beslutninger.springOver(d, globalIndeks, bruger, begrundelse);
        return motorstatus.status(d, motorstatus.hovedIndeks());
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

    private Deltager deltager(String navn) {
        Deltager d = navn == null ? null : deltagere.get(navn);
        if (d == null) {
            throw Afvisning.ikkeFundet("PROJEKTION_UKENDT", "projektion", "Ingen projektion hedder '" + navn + "'; kendte: " + deltagere.keySet());
        }
        return d;
    }

    /** Every projection's state and progress. */
    public List<Projektionsstatus> status() {
        Long hoved = motorstatus.hovedIndeks();
        if (!koererProjektionerne()) {
            // standby: applies nothing; the positions are the ones the node that runs the projections has stored
            return motorstatus.standby(deltagere.values(), hoved, lease.kendtIndehaver());
        }
        return deltagere.values().stream().map(d -> motorstatus.status(d, hoved)).toList();
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
        return motorstatus.venTilAjour(navne.stream().map(this::deltager).toList(), maks);
    }
}
