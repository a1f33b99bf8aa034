package dk.careledger.indeksfeed;

import static dk.careledger.projection.jdbc.Sqlvaerdi.utc;
import static dk.careledger.projection.jdbc.Sqlvaerdi.uuidArray;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The append-only log of deliveries ({@code leverance}), what each subject was last given ({@code leverance_seneste})
 * and the blocked registrations ({@code leverance_blokeret}). Writers ({@link #tilfoej}) must hold {@link #laas} for
 * the feed in their transaction: numbers are then assigned contiguously in commit order, so a reader that has seen
 * number n has seen every number below it.
 */
@Component
public class Leverancelog {
    private final JdbcTemplate jdbc;

    public Leverancelog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What a subject was last given: the delivery's number, the highest event index it covers and its content. */
    public record Seneste(long loebenummer, long globaltIndeks, String indhold) {
    }

    /** A delivery to append. */
    public record Ny(UUID leveranceId, UUID emneId, String operation, Leveranceaarsag aarsag, Instant tidspunkt, long globaltIndeks,
            String indhold) {
    }

    /** A stored delivery. */
    public record Leverance(long loebenummer, UUID leveranceId, UUID emneId, String operation, Leveranceaarsag aarsag, Instant tidspunkt,
            long globaltIndeks, String indhold) {
    }

    /** Serialises the feed's writers until the transaction ends (a transaction-level advisory lock). */
    public void laas(Feed feed) {
        jdbc.query("SELECT pg_advisory_xact_lock(?, ?)", rs -> { }, 1470, feed.ordinal());
    }

    public Map<UUID, Seneste> seneste(Feed feed, Collection<UUID> emner) {
        Map<UUID, Seneste> ud = new HashMap<>();
        if (emner.isEmpty()) {
            return ud;
        }
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement(
                    "SELECT emne_id, loebenummer, globalt_indeks, indhold FROM leverance_seneste WHERE feed = ? AND emne_id = ANY(?)");
            ps.setString(1, feed.name());
            ps.setArray(2, uuidArray(con, emner));
            return ps;
        }, rs -> {
            ud.put(rs.getObject(1, UUID.class), new Seneste(rs.getLong(2), rs.getLong(3), rs.getString(4)));
        });
        return ud;
    }

    /** Every subject's latest delivery, keyed by subject (for reconciliation and for tests of what a receiver holds). */
    public Map<UUID, Seneste> alleSeneste(Feed feed) {
        Map<UUID, Seneste> ud = new HashMap<>();
        jdbc.query("SELECT emne_id, loebenummer, globalt_indeks, indhold FROM leverance_seneste WHERE feed = ?",
                rs -> {
                    ud.put(rs.getObject(1, UUID.class), new Seneste(rs.getLong(2), rs.getLong(3), rs.getString(4)));
                }, feed.name());
        return ud;
    }

    /** Appends the deliveries in the given order and makes each its subject's latest. Requires {@link #laas}. */
    public void tilfoej(Feed feed, List<Ny> nye) {
        if (nye.isEmpty()) {
            return;
        }
        long naeste = hoved(feed) + 1;
        List<Object[]> leverancer = new ArrayList<>();
        Map<UUID, Object[]> seneste = new HashMap<>();
        for (Ny n : nye) {
            long nr = naeste++;
            leverancer.add(new Object[] {feed.name(), nr, n.leveranceId(), n.emneId(), n.operation(), n.aarsag().name(), utc(n.tidspunkt()),
                n.globaltIndeks(), n.indhold()});
            seneste.put(n.emneId(), new Object[] {feed.name(), n.emneId(), nr, n.globaltIndeks(), n.indhold()});
        }
        jdbc.batchUpdate("INSERT INTO leverance (feed, loebenummer, leverance_id, emne_id, operation, aarsag, tidspunkt, globalt_indeks, "
                + "indhold) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", leverancer);
        jdbc.batchUpdate("INSERT INTO leverance_seneste (feed, emne_id, loebenummer, globalt_indeks, indhold) VALUES (?, ?, ?, ?, ?) "
                + "ON CONFLICT (feed, emne_id) DO UPDATE SET loebenummer = EXCLUDED.loebenummer, globalt_indeks = EXCLUDED.globalt_indeks, "
                + "indhold = EXCLUDED.indhold", new ArrayList<>(seneste.values()));
    }

    /** Records a registration that failed its checks; false when that step was already recorded (a replay). */
    public boolean bloker(Feed feed, UUID emneId, long globaltIndeks, Instant tidspunkt, String fejl) {
        return jdbc.update("INSERT INTO leverance_blokeret (feed, emne_id, globalt_indeks, tidspunkt, fejl) VALUES (?, ?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING", feed.name(), emneId, globaltIndeks, utc(tidspunkt), fejl) == 1;
    }

    /** The highest delivery number of the feed; 0 when nothing has been delivered. */
    public long hoved(Feed feed) {
        Long nr = jdbc.queryForObject("SELECT max(loebenummer) FROM leverance WHERE feed = ?", Long.class, feed.name());
        return nr == null ? 0 : nr;
    }

    /** Up to {@code antal} deliveries after number {@code efter}, in order. */
    public List<Leverance> efter(Feed feed, long efter, int antal) {
        return jdbc.query("SELECT loebenummer, leverance_id, emne_id, operation, aarsag, tidspunkt, globalt_indeks, indhold FROM leverance "
                + "WHERE feed = ? AND loebenummer > ? ORDER BY loebenummer LIMIT ?", (rs, n) -> new Leverance(rs.getLong(1),
                        rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4), Leveranceaarsag.valueOf(rs.getString(5)),
                        rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getLong(7), rs.getString(8)), feed.name(), efter, antal);
    }

    /** The number of blocked registrations of the feed. */
    public long antalBlokerede(Feed feed) {
        Long n = jdbc.queryForObject("SELECT count(*) FROM leverance_blokeret WHERE feed = ?", Long.class, feed.name());
        return n == null ? 0 : n;
    }
}
