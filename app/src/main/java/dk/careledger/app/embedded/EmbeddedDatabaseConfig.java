package dk.careledger.app.embedded;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: when none is configured, a real PostgreSQL 15 runs embedded in the application, with its
 * cluster under {@code ledger.data-dir} so the ledger keeps its facts across restarts: fsync on, and a password for
 * every connection, kept in {@code <ledger.data-dir>/postgres.password} (ADR 0017). Set {@code LEDGER_DB_URL},
 * {@code LEDGER_DB_USER} and {@code LEDGER_DB_PASSWORD} to use an external PostgreSQL instead; this configuration
 * then backs off and Spring Boot builds the DataSource.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseConfiguredCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseConfig {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);

    /** Stopped (fast shutdown, data kept) when the application context closes, after the DataSource. */
    @Bean(destroyMethod = "close")
    public LedgerPostgres ledgerPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        EmbeddedDatabaseProperties.EmbeddedDb settings = properties.embeddedDb();
        LedgerPostgres postgres = LedgerPostgres.start(LedgerPostgres.Options.durable(
                properties.clusterDirectory(), settings.port(), settings.startupTimeout()).withFsync(settings.varig()));
        try {
            postgres.createDatabaseIfMissing(settings.database());
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        LOG.info("No LEDGER_DB_URL: using the embedded PostgreSQL at {} (database '{}', data in {})",
                postgres.jdbcUrl(settings.database()), settings.database(), postgres.dataDirectory());
        return postgres;
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    public HikariDataSource dataSource(LedgerPostgres ledgerPostgres, EmbeddedDatabaseProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(ledgerPostgres.jdbcUrl(properties.embeddedDb().database()));
        dataSource.setUsername(LedgerPostgres.SUPERUSER);
        dataSource.setPassword(ledgerPostgres.password());
        dataSource.setPoolName("care-ledger-embedded");
        return dataSource;
    }
}
