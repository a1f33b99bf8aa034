package dk.careledger.app.embedded;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data and how it listens. Only used when no database is configured.
 *
 * @param dataDir    the ledger's local data; the database cluster is {@code <dataDir>/pg} and survives restarts,
 *                   its superuser's password is {@code <dataDir>/postgres.password} ({@code ledger.data-dir}, default
 *                   {@code ./.ledger-data})
 * @param embeddedDb the server settings ({@code ledger.embedded-db.*})
 */
@ConfigurationProperties("ledger")
public record EmbeddedDatabaseProperties(@DefaultValue("./.ledger-data") Path dataDir,
                                         @DefaultValue EmbeddedDb embeddedDb) {

    /**
     * @param port           the TCP port on localhost; 0 picks a free one at every start
     * @param database       the database the ledger uses inside the cluster (created when missing)
     * @param startupTimeout how long to wait for the server, including crash recovery after an unclean stop
     * @param varig          fsync and full_page_writes on, so that an acknowledged commit survives an OS crash or a
     *                       power cut (default); false trades that for commit latency and is only for throw-away data
     */
    public record EmbeddedDb(@DefaultValue("0") int port,
                             @DefaultValue("careledger") String database,
                             @DefaultValue("60s") Duration startupTimeout,
                             @DefaultValue("true") boolean varig) {
    }

    public Path clusterDirectory() {
        return dataDir.resolve("pg").toAbsolutePath().normalize();
    }
}
