package dk.careledger.app.bevis;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains each log's leaves in position order and signs checkpoints (ADR 0024). Leaves are written by the database
 * inside the appending transaction, but transactions commit out of position order (a {@code global_index} is drawn
 * at insert, the commit comes later), so a leaf may still appear below the highest one seen. The sealer therefore
 * chains only up to a <em>horizon</em> below which nothing can still commit: it reads the sequence's last value S,
 * one round later takes PostgreSQL's snapshot X (by then every transaction that drew a value up to S has inserted its
 * row and holds an xid), and once every transaction X saw in progress has ended, nothing at or below S can appear any
 * more. It then appends c(p) = SHA-256(c(previous) || p || leaf(p)) for every leaf in (sealed, S] to
 * {@code bevis_kaede}, and a signed {@link Kontrolpunkt} when {@code ledger.bevis.kontrolpunkt-interval} has passed or
 * {@code ledger.bevis.kontrolpunkt-afstand} positions were sealed since the last one.
 *
 * <p>Every node runs a sealer; each step takes the transaction-level advisory lock (1472, log) with
 * {@code pg_try_advisory_xact_lock}, so of two nodes one seals and the other skips the round, and a node that dies
 * mid-step leaves nothing half done (its transaction rolls back and the lock goes with it). Unlike the projections
 * (ADR 0018) no lease is needed: a step reads the sealed head in the same transaction that extends it, and the
 * primary key (log, position) refuses a second value for any position.
 */
@Component
public class Forsegler implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(Forsegler.class);
    static final int LAASEKLASSE = 1472;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaktion;
    private final Bevisnoegle noegle;
    private final Clock clock;
    private final long intervalMs;
    private final Duration kontrolpunktInterval;
    private final long kontrolpunktAfstand;
    private final int batch;
    private final Map<Bevislog, Horisont> horisonter = new EnumMap<>(Bevislog.class);
    private final Map<Bevislog, AtomicLong> forseglet = new EnumMap<>(Bevislog.class);
    private volatile Thread traad;

    public Forsegler(JdbcTemplate jdbc, TransactionTemplate transaktion, Bevisnoegle noegle, Clock clock, MeterRegistry metrik,
            @Value("${ledger.bevis.forsegling-interval-ms:1000}") long intervalMs,
            @Value("${ledger.bevis.kontrolpunkt-interval:PT1M}") Duration kontrolpunktInterval,
            @Value("${ledger.bevis.kontrolpunkt-afstand:100000}") long kontrolpunktAfstand,
            @Value("${ledger.bevis.forsegling-batch:20000}") int batch) {
        this.jdbc = jdbc;
        this.transaktion = transaktion;
        this.noegle = noegle;
        this.clock = clock;
        this.intervalMs = intervalMs;
        this.kontrolpunktInterval = kontrolpunktInterval;
        this.kontrolpunktAfstand = kontrolpunktAfstand;
        this.batch = batch;
        for (Bevislog log : Bevislog.values()) {
            horisonter.put(log, new Horisont());
            AtomicLong p = new AtomicLong();
            forseglet.put(log, p);
            Gauge.builder("ledger.bevis.forseglet", p, AtomicLong::get).tag("log", log.name())
                    .description("The highest position of the log chained (sealed) so far").register(metrik);
        }
    }

    /**
     * One round for both logs: moves each horizon on and seals up to it. Called every
     * {@code ledger.bevis.forsegling-interval-ms} by the sealer's thread; tests call it directly.
     */
    public synchronized void runde() {
        for (Bevislog log : Bevislog.values()) {
            long sikker = horisonter.get(log).flyt(log);
            forsegl(log, sikker);
        }
    }

    /** Runs rounds (every 50 ms) until both logs are sealed up to their highest position now; false when time ran out. */
    public boolean forseglAlt(Duration frist) throws InterruptedException {
        Map<Bevislog, Long> maal = new EnumMap<>(Bevislog.class);
        for (Bevislog log : Bevislog.values()) {
            maal.put(log, jdbc.queryForObject("SELECT coalesce(max(" + log.positionskolonne + "), 0) FROM " + log.bladtabel, Long.class));
        }
        Instant slut = Instant.now().plus(frist);
        while (Instant.now().isBefore(slut)) {
            runde();
            if (maal.entrySet().stream().allMatch(e -> forseglet(e.getKey()) >= e.getValue())) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /**
     * Signs a checkpoint at the sealed head of {@code log} now, unless one is already there: for an export that must be
     * covered by a checkpoint (the aktindsigt, ADR 0027) without waiting for the next periodic one. Returns the position
     * covered by the newest checkpoint afterwards.
     */
    public synchronized long kontrolpunktNu(Bevislog log) {
        return transaktion.execute(status -> {
            jdbc.queryForObject("SELECT pg_advisory_xact_lock(?, ?)", Object.class, LAASEKLASSE, log.ordinal());
            List<Map<String, Object>> hoved = jdbc.queryForList(
                    "SELECT position, kaede FROM bevis_kaede WHERE log = ? ORDER BY position DESC LIMIT 1", log.name());
            if (hoved.isEmpty()) {
                return 0L;
            }
            long position = ((Number) hoved.get(0).get("position")).longValue();
            Long kp = jdbc.queryForObject("SELECT max(position) FROM bevis_kontrolpunkt WHERE log = ?", Long.class, log.name());
            if (kp == null || kp < position) {
                Kontrolpunkt k = Kontrolpunkt.signeret(log, position, (byte[]) hoved.get(0).get("kaede"), clock.instant(), noegle);
                jdbc.update("INSERT INTO bevis_kontrolpunkt (log, position, hoved, tidspunkt, noegle_id, signatur) VALUES (?, ?, ?, ?, ?, ?)",
                        log.name(), position, k.hoved(), Timestamp.from(k.tidspunkt()), k.noegleId(), k.signatur());
            }
            return position;
        });
    }

    /** The highest sealed position of {@code log}, as stored. */
    public long forseglet(Bevislog log) {
        long p = jdbc.queryForObject("SELECT coalesce(max(position), 0) FROM bevis_kaede WHERE log = ?", Long.class, log.name());
        forseglet.get(log).set(p);
        return p;
    }

    private void forsegl(Bevislog log, long horisont) {
        boolean mere = true;
        while (mere) {
            Boolean fortsaet = transaktion.execute(status -> forseglBatch(log, horisont));
            mere = Boolean.TRUE.equals(fortsaet);
        }
    }

    /** One transaction: up to {@code batch} leaves chained; true when there may be more below the horizon. */
    private boolean forseglBatch(Bevislog log, long horisont) {
        if (!Boolean.TRUE.equals(jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?, ?)", Boolean.class, LAASEKLASSE,
                log.ordinal()))) {
            return false; // another node seals this log now
        }
        List<Map<String, Object>> hoved = jdbc.queryForList(
                "SELECT position, kaede FROM bevis_kaede WHERE log = ? ORDER BY position DESC LIMIT 1", log.name());
        long fra = hoved.isEmpty() ? 0 : ((Number) hoved.get(0).get("position")).longValue();
        byte[] kaede = hoved.isEmpty() ? Bevislog.NUL_KAEDE : (byte[]) hoved.get(0).get("kaede");
        if (fra >= horisont) {
            forseglet.get(log).set(fra);
            return false;
        }
        List<Object[]> nye = new ArrayList<>();
        long[] sidste = {fra};
        byte[][] k = {kaede};
        jdbc.query("SELECT " + log.positionskolonne + ", blad FROM " + log.bladtabel + " WHERE " + log.positionskolonne + " > ? AND "
                + log.positionskolonne + " <= ? ORDER BY " + log.positionskolonne + " LIMIT ?", rs -> {
                    long p = rs.getLong(1);
                    k[0] = Bevislog.kaede(k[0], p, rs.getBytes(2));
                    nye.add(new Object[] {log.name(), p, k[0]});
                    sidste[0] = p;
                }, fra, horisont, batch);
        if (nye.isEmpty()) {
            return false;
        }
        jdbc.batchUpdate("INSERT INTO bevis_kaede (log, position, kaede) VALUES (?, ?, ?)", nye);
        kontrolpunktHvisTid(log, sidste[0], k[0]);
        forseglet.get(log).set(sidste[0]);
        return nye.size() == batch;
    }

    private void kontrolpunktHvisTid(Bevislog log, long position, byte[] hoved) {
        List<Map<String, Object>> seneste = jdbc.queryForList(
                "SELECT position, tidspunkt FROM bevis_kontrolpunkt WHERE log = ? ORDER BY position DESC LIMIT 1", log.name());
        Instant nu = clock.instant();
        if (!seneste.isEmpty()) {
            long p = ((Number) seneste.get(0).get("position")).longValue();
            Instant t = ((Timestamp) seneste.get(0).get("tidspunkt")).toInstant();
            if (position - p < kontrolpunktAfstand && Duration.between(t, nu).compareTo(kontrolpunktInterval) < 0) {
                return;
            }
        }
        Kontrolpunkt kp = Kontrolpunkt.signeret(log, position, hoved, nu, noegle);
        jdbc.update("INSERT INTO bevis_kontrolpunkt (log, position, hoved, tidspunkt, noegle_id, signatur) VALUES (?, ?, ?, ?, ?, ?)",
                log.name(), position, hoved, Timestamp.from(kp.tidspunkt()), kp.noegleId(), kp.signatur());
    }

    /**
     * Where nothing at or below can still commit. Each round: the pending snapshot, if every transaction it saw in
     * progress has ended, makes its S safe; the S read last round gets a snapshot now; a new S is read.
     */
    private final class Horisont {
        private long sikker;
        private Long forrigeS;
        private Long ventendeS;
        private String ventendeSnapshot;

        long flyt(Bevislog log) {
            if (ventendeSnapshot != null && Boolean.TRUE.equals(jdbc.queryForObject(
                    "SELECT coalesce(bool_and(pg_xact_status(x) IS DISTINCT FROM 'in progress'), true) "
                            + "FROM pg_snapshot_xip(?::pg_snapshot) x", Boolean.class, ventendeSnapshot))) {
                sikker = Math.max(sikker, ventendeS);
                ventendeSnapshot = null;
            }
            if (ventendeSnapshot == null && forrigeS != null) {
                ventendeS = forrigeS;
                ventendeSnapshot = jdbc.queryForObject("SELECT pg_current_snapshot()::text", String.class);
            }
            forrigeS = jdbc.queryForObject("SELECT coalesce(pg_sequence_last_value(pg_get_serial_sequence(?, ?)::regclass), 0)",
                    Long.class, log.tabel, log.positionskolonne);
            return sikker;
        }
    }

    @Override
    public void start() {
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(intervalMs);
                    runde();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    LOG.warn("Sealing the logs failed; trying again: {}", e.toString());
                    LOG.debug("Sealing failed", e);
                }
            }
        }, "forsegler");
        t.setDaemon(true);
        traad = t;
        t.start();
        LOG.info("Sealing the event store and the access log every {} ms; checkpoints signed with key {} from {}", intervalMs,
                noegle.noegleId(), noegle.kilde());
    }

    @Override
    public void stop() {
        Thread t = traad;
        traad = null;
        if (t != null) {
            t.interrupt();
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return traad != null;
    }
}
