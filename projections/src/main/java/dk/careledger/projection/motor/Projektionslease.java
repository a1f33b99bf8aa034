package dk.careledger.projection.motor;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Which node runs the projections (ADR 0012, "One runner at a time (issue 14)"): the node whose connection holds the
 * session-level advisory lock {@code (1471, 0)}. The lock lives on a connection of its own, opened from the pool's URL
 * and credentials but outside the pool, for as long as the node holds it: when the process dies its TCP connection
 * closes, PostgreSQL ends the backend and releases the lock, and a standby's next {@code pg_try_advisory_lock} gets it.
 *
 * <p>A lock alone does not stop a former holder that was paused (a long GC, a partition) while another node took
 * over. Each taking-over therefore increments the epoch in {@code projektion_lease} (V103), and the engine fences
 * every position write with the epoch it was started under ({@link Positioner#gem(long, java.util.List)}): a batch
 * committed under an older epoch fails, with its rows.
 */
@Component
public class Projektionslease {
    private static final Logger LOG = LoggerFactory.getLogger(Projektionslease.class);
    /** The advisory lock's key, two ints; the feeds use class 1470 ({@code Leverancelog}). */
    static final int LAASEKLASSE = 1471;
    static final int LAASENOEGLE = 0;
    /** How long a check of the lock connection may take before the connection counts as dead. */
    private static final int NETVAERKSFRIST_MS = 5_000;

    /** Opens the connection that holds the lock: a new one, outside the pool. */
    @FunctionalInterface
    public interface Forbindelseskilde {
        Connection aaben() throws SQLException;
    }

    /** The lease was lost (another node took over, or this node's lock connection died): the batch must not commit. */
    public static final class Tabt extends RuntimeException {
        Tabt(String besked) {
            super(besked);
        }
    }

    private static final java.util.concurrent.Executor TIDSFRISTER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "projektionslease-timeout");
        t.setDaemon(true);
        return t;
    });

    private final Forbindelseskilde kilde;
    private final String indehaver;
    private final Clock clock;
    private Connection forbindelse;
    private volatile long epoke;
    private volatile String kendtIndehaver = "";

    @Autowired
    public Projektionslease(DataSource dataSource, Clock clock) {
        this(kildeFor(dataSource), ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8),
                clock);
    }

    public Projektionslease(Forbindelseskilde kilde, String indehaver, Clock clock) {
        this.kilde = kilde;
        this.indehaver = indehaver;
        this.clock = clock;
    }

    /**
     * Opens lock connections from the pool's own URL, user, password and driver properties (so a lease never takes a
     * connection the pool's users count on); a DataSource that is not Hikari lends one of its connections for good.
     */
    static Forbindelseskilde kildeFor(DataSource dataSource) {
        HikariDataSource hikari = null;
        try {
            if (dataSource instanceof HikariDataSource h) {
                hikari = h;
            } else if (dataSource.isWrapperFor(HikariDataSource.class)) {
                hikari = dataSource.unwrap(HikariDataSource.class);
            }
        } catch (SQLException e) {
            hikari = null;
        }
        if (hikari == null || hikari.getJdbcUrl() == null) {
            return dataSource::getConnection;
        }
        HikariDataSource h = hikari;
        return () -> {
            Properties egenskaber = new Properties();
            egenskaber.putAll(h.getDataSourceProperties());
            if (h.getUsername() != null) {
                egenskaber.setProperty("user", h.getUsername());
            }
            if (h.getPassword() != null) {
                egenskaber.setProperty("password", h.getPassword());
            }
            egenskaber.setProperty("ApplicationName", "care-ledger projektionslease");
            return DriverManager.getConnection(h.getJdbcUrl(), egenskaber);
        };
    }

    /**
     * Takes the lease if no node holds it: true when this node holds it now (then with a new epoch, {@link #epoke()}).
     * Never waits for the lock.
     */
    public synchronized boolean forsoeg() {
        if (epoke != 0) {
            return true;
        }
        try {
            if (forbindelse == null || forbindelse.isClosed()) {
                forbindelse = kilde.aaben();
                forbindelse.setAutoCommit(true);
                forbindelse.setNetworkTimeout(TIDSFRISTER, NETVAERKSFRIST_MS);
                try (Statement s = forbindelse.createStatement()) {
                    // a holder whose machine vanishes (no FIN) is noticed by the server in seconds, not hours
                    s.execute("SET tcp_keepalives_idle = 10; SET tcp_keepalives_interval = 5; SET tcp_keepalives_count = 3");
                }
            }
            boolean fik;
            try (PreparedStatement ps = forbindelse.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
                ps.setInt(1, LAASEKLASSE);
                ps.setInt(2, LAASENOEGLE);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    fik = rs.getBoolean(1);
                }
            }
            if (!fik) {
                kendtIndehaver = laesIndehaver();
                return false;
            }
            long ny;
            try (PreparedStatement ps = forbindelse.prepareStatement(
                    "UPDATE projektion_lease SET epoke = epoke + 1, indehaver = ?, overtaget = ? RETURNING epoke")) {
                ps.setString(1, indehaver);
                ps.setTimestamp(2, Timestamp.from(clock.instant()));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    ny = rs.getLong(1);
                }
            }
            epoke = ny;
            kendtIndehaver = indehaver;
            LOG.info("This node ({}) runs the projections now: lease epoch {}", indehaver, ny);
            return true;
        } catch (SQLException | RuntimeException e) {
            // every second while the database is away: the reason, not a stack trace each time
            LOG.warn("Could not try the projection lease; trying again: {}", e.toString());
            LOG.debug("Trying the projection lease failed", e);
            luk();
            return false;
        }
    }

    /**
     * True while this node still holds the lease: its lock connection answers and the epoch is still its own. When
     * not, the lease is released here (the connection closed) and the engine must stop applying at once.
     */
    public synchronized boolean bekraeft() {
        if (epoke == 0) {
            return false;
        }
        try (Statement s = forbindelse.createStatement(); ResultSet rs = s.executeQuery("SELECT epoke FROM projektion_lease")) {
            rs.next();
            long gemt = rs.getLong(1);
            if (gemt == epoke) {
                return true;
            }
            LOG.error("The projection lease moved on to epoch {} while this node ({}) held epoch {}", gemt, indehaver, epoke);
        } catch (SQLException | RuntimeException e) {
            LOG.error("The projection lease's connection failed; this node ({}) stops running the projections", indehaver, e);
        }
        slip();
        return false;
    }

    /** Gives the lease up: the lock connection is closed, so PostgreSQL releases the lock (also used when it is lost). */
    public synchronized void slip() {
        if (epoke != 0) {
            LOG.info("This node ({}) gives up the projection lease (epoch {})", indehaver, epoke);
        }
        epoke = 0;
        luk();
    }

    /** The epoch this node holds the lease under; 0 when it does not hold it. */
    public long epoke() {
        return epoke;
    }

    public boolean holdt() {
        return epoke != 0;
    }

    /** This node's name in the lease (process id, host, and an id per engine). */
    public String indehaver() {
        return indehaver;
    }

    /** Who held the lease when this node last looked (itself while it holds it). */
    public String kendtIndehaver() {
        return kendtIndehaver;
    }

    private String laesIndehaver() throws SQLException {
        try (Statement s = forbindelse.createStatement(); ResultSet rs = s.executeQuery("SELECT indehaver FROM projektion_lease")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private void luk() {
        if (forbindelse != null) {
            try {
                forbindelse.close();
            } catch (SQLException | RuntimeException e) {
                LOG.debug("Closing the lease connection failed", e);
            }
            forbindelse = null;
        }
    }
}
