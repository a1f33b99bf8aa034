package dk.careledger.projection.motor;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads and writes the projections' positions ({@code projektion_position}); writes join the caller's transaction. */
@Component
class Positioner {
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Positioner(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every stored position; a projection without a row has never run. */
    Map<String, TrackingToken> alle() {
        Map<String, TrackingToken> positioner = new HashMap<>();
        jdbc.query("SELECT navn, indeks, huller FROM projektion_position", rs -> {
            long indeks = rs.getLong(2);
            if (rs.wasNull()) {
                positioner.put(rs.getString(1), null);
                return;
            }
            Long[] huller = (Long[]) rs.getArray(3).getArray();
            positioner.put(rs.getString(1), GapAwareTrackingToken.newInstance(indeks, Arrays.asList(huller)));
        });
        return positioner;
    }

    /** A projection's new position, and how many events it applied to get there. */
    record Ny(String navn, TrackingToken token, long nyeBehandlet) {
    }

    void gem(long epoke, String navn, TrackingToken token, long nyeBehandlet) {
        gem(epoke, List.of(new Ny(navn, token, nyeBehandlet)));
    }

    /**
     * Stores several positions in one JDBC batch: one round trip to PostgreSQL instead of one per projection (on a
     * machine whose cores are full, every round trip waits for the backend and then the caller to get a core again).
     *
     * <p>Fenced by the lease's epoch ({@link Projektionslease}): each row is written only while {@code projektion_lease}
     * still holds {@code epoke}, and the check share-locks that row until the transaction ends, so a node taking over
     * (which increments the epoch) waits for a batch already past the check, and a batch of a former holder after the
     * takeover writes nothing: then this throws {@link Projektionslease.Tabt} and the caller's transaction rolls back
     * with the projections' rows. Same round trip as before: the check is part of each row's statement.
     */
    void gem(long epoke, List<Ny> nye) {
        Timestamp nu = Timestamp.from(clock.instant());
        jdbc.execute((ConnectionCallback<Void>) con -> {
            try (PreparedStatement ps = con.prepareStatement("INSERT INTO projektion_position (navn, indeks, huller, behandlet, opdateret) "
                    + "SELECT CAST(? AS VARCHAR), CAST(? AS BIGINT), CAST(? AS BIGINT[]), CAST(? AS BIGINT), CAST(? AS TIMESTAMPTZ) "
                    + "WHERE EXISTS (SELECT 1 FROM projektion_lease WHERE epoke = ? FOR SHARE) "
                    + "ON CONFLICT (navn) DO UPDATE SET indeks = EXCLUDED.indeks, huller = EXCLUDED.huller, "
                    + "behandlet = projektion_position.behandlet + EXCLUDED.behandlet, opdateret = EXCLUDED.opdateret")) {
                for (Ny n : nye) {
                    Long indeks = null;
                    Long[] huller = new Long[0];
                    if (n.token() instanceof GapAwareTrackingToken gap) {
                        indeks = gap.getIndex();
                        huller = gap.getGaps().toArray(new Long[0]);
                    } else if (n.token() != null) {
                        throw new IllegalStateException("Expected a GapAwareTrackingToken from the JDBC event store, got "
                                + n.token().getClass());
                    }
                    ps.setString(1, n.navn());
                    ps.setObject(2, indeks, Types.BIGINT);
                    ps.setArray(3, con.createArrayOf("bigint", huller));
                    ps.setLong(4, n.nyeBehandlet());
                    ps.setTimestamp(5, nu);
                    ps.setLong(6, epoke);
                    ps.addBatch();
                }
                for (int antal : ps.executeBatch()) {
                    if (antal == 0) {
                        throw new Projektionslease.Tabt("The projection lease is no longer held under epoch " + epoke
                                + ": another node runs the projections; this batch is not committed");
                    }
                }
            }
            return null;
        });
    }

    /**
     * Lets the current transaction commit without waiting for its WAL flush ({@code SET LOCAL synchronous_commit = off}).
     * Only for rebuild batches: a crash can lose the last few, but rows and position are lost together, and the
     * rebuild goes on from the position that survived.
     */
    void asynkronCommit() {
        jdbc.execute("SET LOCAL synchronous_commit = off");
    }

    /**
     * Plans every statement of the current transaction for its actual parameters ({@code SET LOCAL plan_cache_mode =
     * force_custom_plan}). Only for rebuild batches: the tables grow from empty during a rebuild, and a generic plan
     * that the driver's prepared statement settled on while a table was small (a sequential scan for {@code = ANY(?)})
     * stays in use as it grows; measured at a million events, such loads took 6–7 ms per batch instead of well under one.
     */
    void egnePlaner() {
        jdbc.execute("SET LOCAL plan_cache_mode = force_custom_plan");
    }

    /** Forgets a projection's position and marks it as being rebuilt: its next run starts from the first event. */
    void nulstil(long epoke, String navn) {
        jdbc.update("DELETE FROM projektion_position WHERE navn = ?", navn);
        gem(epoke, navn, null, 0);
        jdbc.update("UPDATE projektion_position SET genopbygges = TRUE WHERE navn = ?", navn);
    }

    /** The projections whose rebuild had started and not been handed over (e.g. interrupted by a restart). */
    java.util.Set<String> underGenopbygning() {
        return new java.util.HashSet<>(jdbc.queryForList("SELECT navn FROM projektion_position WHERE genopbygges", String.class));
    }

    /** The rebuild is done and the projection is live (fenced like {@link #gem(long, List)}). */
    void genopbygget(long epoke, String navn) {
        if (jdbc.update("UPDATE projektion_position SET genopbygges = FALSE WHERE navn = ? "
                + "AND EXISTS (SELECT 1 FROM projektion_lease WHERE epoke = ? FOR SHARE)", navn, epoke) == 0) {
            throw new Projektionslease.Tabt("The projection lease is no longer held under epoch " + epoke + "; " + navn
                    + " is not handed over");
        }
    }

    /** The positions as stored (for a standby's status, which has no runners of its own). */
    Map<String, Long> indekser() {
        Map<String, Long> indekser = new HashMap<>();
        jdbc.query("SELECT navn, indeks FROM projektion_position", rs -> {
            long indeks = rs.getLong(2);
            indekser.put(rs.getString(1), rs.wasNull() ? null : indeks);
        });
        return indekser;
    }

    /**
     * Refreshes the planner's statistics for tables that were just rewritten (after a rebuild), so that queries
     * do not run on plans made for empty tables. {@code tabel} may carry the projection's " ORDER BY ..." suffix.
     */
    void analyser(String tabel) {
        String navn = tabel.split("\\s+")[0];
        if (!navn.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a table name: " + navn);
        }
        jdbc.execute("ANALYZE " + navn);
    }
}
