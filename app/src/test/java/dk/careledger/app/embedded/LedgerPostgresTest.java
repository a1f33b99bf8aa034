package dk.careledger.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.careledger.app.testsupport.SharedEmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default database keeps the ledger's data across restarts, commits with fsync, asks every connection for a
 * password, and never shares or overwrites a cluster.
 */
class LedgerPostgresTest {

    @TempDir
    Path dataDir;

    private LedgerPostgres.Options durable() {
        return LedgerPostgres.Options.durable(dataDir.resolve("pg"), 0, Duration.ofSeconds(60));
    }

    @Test
    void keepsItsDataAcrossARestart() throws Exception {
        try (LedgerPostgres first = LedgerPostgres.start(durable())) {
            assertThat(first.createDatabaseIfMissing("careledger")).isTrue();
            try (Connection c = first.dataSource("careledger").getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE fact (id INT PRIMARY KEY, what TEXT)");
                s.execute("INSERT INTO fact VALUES (1, 'survives')");
            }
        }

        try (LedgerPostgres second = LedgerPostgres.start(durable())) {
            assertThat(second.createDatabaseIfMissing("careledger")).isFalse();
            try (Connection c = second.dataSource("careledger").getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT what FROM fact WHERE id = 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("survives");
            }
        }
    }

    @Test
    void givenTheDurableDefault_whenItCommits_thenFsyncFullPageWritesAndSynchronousCommitAreOn() throws Exception {
        try (LedgerPostgres postgres = LedgerPostgres.start(durable())) {
            DataSource db = postgres.dataSource("postgres");
            assertThat(show(db, "fsync")).isEqualTo("on");
            assertThat(show(db, "full_page_writes")).isEqualTo("on");
            assertThat(show(db, "synchronous_commit")).isEqualTo("on");
        }
    }

    @Test
    void givenTheTestsSharedServer_whenAsked_thenItRunsWithoutFsyncForSpeed() throws Exception {
        DataSource db = SharedEmbeddedPostgres.server().dataSource("postgres");
        assertThat(show(db, "fsync")).isEqualTo("off");
        assertThat(show(db, "full_page_writes")).isEqualTo("off");
    }

    @Test
    void givenANewCluster_whenSomeoneConnectsOverTcp_thenOnlyTheRightPasswordIsAccepted() throws Exception {
        try (LedgerPostgres postgres = LedgerPostgres.start(durable())) {
            assertThatThrownBy(() -> connect(postgres, null)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("no password was provided");
            assertThatThrownBy(() -> connect(postgres, "not-the-password")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
            try (Connection c = connect(postgres, postgres.password()); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT current_user")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(LedgerPostgres.SUPERUSER);
            }
            assertThat(LedgerPostgres.trustsConnections(postgres.dataDirectory())).isFalse();
        }
    }

    @Test
    void givenANewCluster_whenStarted_thenThePasswordIsKeptOwnerOnlyOutsideTheClusterAndReusedOnRestart() throws Exception {
        String password;
        try (LedgerPostgres first = LedgerPostgres.start(durable())) {
            password = first.password();
            Path file = first.passwordFile();
            assertThat(file).isEqualTo(dataDir.resolve("postgres.password").toAbsolutePath());
            assertThat(file.startsWith(first.dataDirectory())).isFalse();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(Files.readString(file).trim()).isEqualTo(password).hasSizeGreaterThanOrEqualTo(40);
        }
        try (LedgerPostgres second = LedgerPostgres.start(durable())) {
            assertThat(second.password()).isEqualTo(password);
            try (Connection c = connect(second, password)) {
                assertThat(c.isValid(5)).isTrue();
            }
        }
    }

    @Test
    void givenAClusterMadeByTheOldCodeThatTrustedEveryConnection_whenStarted_thenItGetsAPasswordAndKeepsItsData()
            throws Exception {
        Path cluster = dataDir.resolve("pg");
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(cluster).setCleanDataDirectory(false)
                .setOutputRedirector(ProcessBuilder.Redirect.DISCARD).setErrorRedirector(ProcessBuilder.Redirect.DISCARD)
                .start();
             Connection c = old.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE fact (id INT PRIMARY KEY, what TEXT)");
            s.execute("INSERT INTO fact VALUES (1, 'from before the password')");
        }
        assertThat(LedgerPostgres.trustsConnections(cluster)).isTrue();
        assertThat(dataDir.resolve("postgres.password")).doesNotExist();

        try (LedgerPostgres upgraded = LedgerPostgres.start(durable())) {
            assertThat(LedgerPostgres.trustsConnections(cluster)).isFalse();
            assertThat(dataDir.resolve("postgres.password")).exists();
            assertThatThrownBy(() -> connect(upgraded, null)).isInstanceOf(SQLException.class);
            assertThat(whatIsFact1(connect(upgraded, upgraded.password()))).isEqualTo("from before the password");
        }
        try (LedgerPostgres restarted = LedgerPostgres.start(durable())) {
            assertThat(whatIsFact1(connect(restarted, restarted.password()))).isEqualTo("from before the password");
        }
    }

    @Test
    void givenAPasswordProtectedCluster_whenItsPasswordFileIsMissing_thenTheStartIsRefusedWithWhatToDo() throws Exception {
        try (LedgerPostgres first = LedgerPostgres.start(durable())) {
            assertThat(first.createDatabaseIfMissing("careledger")).isTrue();
        }
        Files.delete(dataDir.resolve("postgres.password"));

        assertThatThrownBy(() -> LedgerPostgres.start(durable()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("password file " + dataDir.resolve("postgres.password").toAbsolutePath() + " is missing");
    }

    @Test
    void refusesADataDirectoryThatAnotherRunningInstanceUses() throws Exception {
        try (LedgerPostgres running = LedgerPostgres.start(durable())) {
            assertThatThrownBy(() -> LedgerPostgres.start(durable()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another running instance");
        }
    }

    @Test
    void refusesAClusterOfAnotherPostgresVersion() throws Exception {
        Path cluster = dataDir.resolve("pg");
        Files.createDirectories(cluster);
        Files.writeString(cluster.resolve("PG_VERSION"), "14\n");

        assertThatThrownBy(() -> LedgerPostgres.start(durable()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PostgreSQL 14 cluster");
    }

    @Test
    void acceptsOnlyPlainDatabaseNames() throws Exception {
        try (LedgerPostgres postgres = LedgerPostgres.start(LedgerPostgres.Options.throwaway(dataDir.resolve("tmp")))) {
            assertThatThrownBy(() -> postgres.createDatabaseIfMissing("x; DROP DATABASE postgres"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static String show(DataSource db, String setting) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** A plain pgjdbc connection over TCP, as the application's pool makes them; null sends no password. */
    private static Connection connect(LedgerPostgres postgres, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", LedgerPostgres.SUPERUSER);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + postgres.port() + "/postgres", properties);
    }

    private static String whatIsFact1(Connection connection) throws SQLException {
        try (connection; Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT what FROM fact WHERE id = 1")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
