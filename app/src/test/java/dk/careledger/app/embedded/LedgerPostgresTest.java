package dk.careledger.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default database keeps the ledger's data across restarts, and never shares or overwrites a cluster. */
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
}
