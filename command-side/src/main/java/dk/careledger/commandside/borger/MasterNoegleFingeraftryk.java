package dk.careledger.commandside.borger;

import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One master key for all nodes (issue 14). Nodes that share one database must share its master key: a node with
 * another key cannot unwrap the data keys of citizens the others registered (a 500 on every read of them), and its
 * CPR look-up HMAC differs, so the same CPR number gets a second borger id. This component makes that a refused start
 * instead of silent damage.
 *
 * <p>At start-up, after Flyway has migrated ({@link DependsOnDatabaseInitialization}) and before the web server or any
 * event processor starts (they start when the context has refreshed; this runs while its singletons are created), it
 * compares {@link MasterNoegle#fingeraftryk()} with the one row of {@code master_noegle_fingeraftryk}:
 * <ul>
 *   <li>No row: the first node wins. Its fingerprint is inserted with {@code ON CONFLICT DO NOTHING} and read back, so
 *       of two nodes starting at once exactly one row is stored and the loser compares against it like any later node.
 *       A database with citizens from before this check has no row either; then the key must first unwrap at least one
 *       of the stored data keys ({@link NoegleBoks#kanPakkeUd}), or the start is refused.</li>
 *   <li>A row with the same fingerprint: the node starts.</li>
 *   <li>A different fingerprint: the start is refused ({@link ForkertMasterNoegle}), and nothing is written.</li>
 * </ul>
 * Messages name the key's source and a short fingerprint, never the key.
 */
@Component
@DependsOnDatabaseInitialization
public class MasterNoegleFingeraftryk implements InitializingBean {
    private static final Logger LOG = LoggerFactory.getLogger(MasterNoegleFingeraftryk.class);
    /** How many wrapped data keys are tried when a database with citizens has no fingerprint yet. */
    static final int STIKPROEVE = 1000;

    /** What the check found. */
    public enum Udfald {
        /** No fingerprint was stored; this node's is now. */
        GEMT,
        /** The stored fingerprint is this node's key's. */
        GENKENDT
    }

    private record Gemt(byte[] fingeraftryk, Instant gemt) {
    }

    private final JdbcTemplate jdbc;
    private final MasterNoegle master;
    private final NoegleBoks noegleBoks;

    public MasterNoegleFingeraftryk(JdbcTemplate jdbc, MasterNoegle master, NoegleBoks noegleBoks) {
        this.jdbc = jdbc;
        this.master = master;
        this.noegleBoks = noegleBoks;
    }

    @Override
    public void afterPropertiesSet() {
        kontroller();
    }

    /**
     * Stores this node's fingerprint if none is, or checks it against the stored one.
     *
     * @throws ForkertMasterNoegle when the key is not the database's
     */
    public Udfald kontroller() {
        byte[] egen = master.fingeraftryk();
        Optional<Gemt> gemt = laes();
        boolean indsat = false;
        if (gemt.isEmpty()) {
            kontrollerModEksisterendeNoegler();
            indsat = jdbc.update("INSERT INTO master_noegle_fingeraftryk (eneste, fingeraftryk) VALUES (TRUE, ?) "
                    + "ON CONFLICT (eneste) DO NOTHING", (Object) egen) == 1;
            gemt = laes();
        }
        Gemt databasens = gemt.orElseThrow(() -> new IllegalStateException(
                "master_noegle_fingeraftryk is empty right after an insert; was the row deleted?"));
        if (!Arrays.equals(databasens.fingeraftryk(), egen)) {
            throw new ForkertMasterNoegle(ForkertMasterNoegle.AFVIGER, "This node's master key is not the key the "
                    + "personal data in this database is encrypted under. This node's key comes from " + master.kilde()
                    + " and has the fingerprint " + kort(egen) + "; the database's key has the fingerprint "
                    + kort(databasens.fingeraftryk()) + " (stored by the first node to start, " + databasens.gemt()
                    + "). With another key this node could not decrypt the citizens the other nodes registered, and "
                    + "would give a CPR number a second borgerId. Configure the same ledger.crypto.master-key "
                    + "(LEDGER_MASTER_KEY, from your key management) on every node that shares this database, namely "
                    + "the key the database was started with, and start again. This node wrote nothing under its key.");
        }
        if (indsat) {
            LOG.info("Stored the fingerprint {} of the master key from {} in this database: every node that shares it "
                    + "must run with this key (ledger.crypto.master-key).", kort(egen), master.kilde());
            return Udfald.GEMT;
        }
        LOG.info("The master key from {} (fingerprint {}) is this database's key.", master.kilde(), kort(egen));
        return Udfald.GENKENDT;
    }

    /**
     * A database that already holds citizens but no fingerprint dates from before this check. Storing this node's
     * fingerprint blindly would lock in a wrong key, so the key must unwrap the data keys there are. A sample, ordered
     * by the random borger ids, keeps the start fast with many citizens. None unwrapping means another key wrote the
     * data: refused. Some failing means nodes have already run with different keys; that cannot be repaired here, so
     * it is logged and the start goes on (those citizens need the other key, and rewrapping by hand).
     */
    private void kontrollerModEksisterendeNoegler() {
        int[] proeve = new int[2]; // tried, unwrapped
        jdbc.query("SELECT noegle_indpakket FROM borger_noegle ORDER BY borger_id LIMIT " + STIKPROEVE, rs -> {
            proeve[0]++;
            if (noegleBoks.kanPakkeUd(rs.getBytes(1))) {
                proeve[1]++;
            }
        });
        if (proeve[0] > 0 && proeve[1] == 0) {
            throw new ForkertMasterNoegle(ForkertMasterNoegle.PASSER_IKKE_TIL_DATA, "This database holds citizens' "
                    + "data keys from before the master key's fingerprint was recorded, and the master key from "
                    + master.kilde() + " (fingerprint " + kort(master.fingeraftryk()) + ") unwraps none of the "
                    + proeve[0] + " tried: the data was encrypted under another key. Configure the key the data was "
                    + "written with as ledger.crypto.master-key (LEDGER_MASTER_KEY) on every node that shares this "
                    + "database, and start again. This node wrote nothing under its key.");
        }
        if (proeve[1] < proeve[0]) {
            LOG.warn("The master key from {} unwraps {} of {} tried citizens' data keys in this database: nodes have "
                    + "run with different master keys against it before its fingerprint was recorded. The other "
                    + "citizens' personal data can only be read with the other key and must be rewrapped by hand. "
                    + "Storing this key's fingerprint, so that no node with another key starts from now on.",
                    master.kilde(), proeve[1], proeve[0]);
        }
    }

    private Optional<Gemt> laes() {
        return jdbc.query("SELECT fingeraftryk, gemt FROM master_noegle_fingeraftryk WHERE eneste",
                rs -> rs.next() ? Optional.of(new Gemt(rs.getBytes(1), rs.getTimestamp(2).toInstant()))
                        : Optional.<Gemt>empty());
    }

    /** The first 8 bytes in hex: enough to tell keys apart in a message, and no help in guessing one. */
    static String kort(byte[] fingeraftryk) {
        return HexFormat.of().formatHex(fingeraftryk, 0, 8);
    }
}
