package dk.careledger.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/** With no database configured the application starts its own PostgreSQL; with one configured, it does not. */
class EmbeddedDatabaseConfigurationTest {

    @TempDir
    Path dataDir;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(EmbeddedDatabaseConfig.class);

    @Test
    void startsAnEmbeddedPostgresInTheDataDirectoryWhenNoDatabaseIsConfigured() {
        int[] port = new int[1];
        runner.withPropertyValues("ledger.data-dir=" + dataDir, "spring.datasource.url=")
                .run(context -> {
                    assertThat(context).hasSingleBean(LedgerPostgres.class).hasSingleBean(DataSource.class);
                    LedgerPostgres postgres = context.getBean(LedgerPostgres.class);
                    port[0] = postgres.port();
                    assertThat(postgres.dataDirectory()).isEqualTo(dataDir.resolve("pg").toAbsolutePath());
                    assertThat(context.getBean(DataSource.class)).isInstanceOf(HikariDataSource.class);
                    JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
                    assertThat(jdbc.queryForObject("SELECT current_database()", String.class)).isEqualTo("careledger");
                    assertThat(jdbc.queryForObject("SHOW fsync", String.class)).isEqualTo("on");
                    assertThat(((HikariDataSource) context.getBean(DataSource.class)).getPassword())
                            .isEqualTo(postgres.password());
                });

        assertThat(dataDir.resolve("pg/PG_VERSION")).exists();
        assertThat(accepts(port[0])).as("server stopped with the context").isFalse();
    }

    @Test
    void givenVarigFalse_whenTheEmbeddedDatabaseStarts_thenItRunsWithoutFsync() {
        runner.withPropertyValues("ledger.data-dir=" + dataDir, "spring.datasource.url=", "ledger.embedded-db.varig=false")
                .run(context -> assertThat(new JdbcTemplate(context.getBean(DataSource.class))
                        .queryForObject("SHOW fsync", String.class)).isEqualTo("off"));
    }

    @Test
    void staysOutOfTheWayWhenADatabaseIsConfigured() {
        runner.withPropertyValues("ledger.data-dir=" + dataDir,
                        "spring.datasource.url=jdbc:postgresql://db.example:5432/careledger")
                .run(context -> assertThat(context).doesNotHaveBean(LedgerPostgres.class)
                        .doesNotHaveBean(DataSource.class));
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
