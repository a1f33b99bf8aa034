package dk.careledger.projection.motor;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The parked events ({@code projektion_parkering}, V102): one row per parking, never deleted; an operator's decision is
 * written once into its row. Writes join the caller's transaction, if any.
 */
@Component
class Parkeringer {
    /** The decisions an operator (or a rebuild) can make on a parked event. */
    enum Beslutning {
        /** Try the event again (after a fix). */
        GENOPTAGET,
        /** Skip the event, for this projection only, now and in every rebuild. */
        OVERSPRUNGET,
        /** The projection was rebuilt from the first event; the rebuild parks the event again if it still fails. */
        GENOPBYGGET
    }

    private static final int MAKS_TEKST = 4000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MeterRegistry metrik;

    Parkeringer(JdbcTemplate jdbc, Clock clock, MeterRegistry metrik) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.metrik = metrik;
    }

    /** The open parkings (no decision yet), by projection: each keeps its projection stopped. */
    Map<String, Parkering> aabne() {
        Map<String, Parkering> aabne = new HashMap<>();
        jdbc.query("SELECT navn, global_indeks, aggregat_id, sekvens, haendelsestype, fejl, parkeret FROM projektion_parkering "
                + "WHERE beslutning IS NULL", rs -> {
                    long sekvens = rs.getLong(4);
                    Long s = rs.wasNull() ? null : sekvens;
                    aabne.put(rs.getString(1), new Parkering(rs.getString(1), rs.getLong(2), rs.getString(3), s, rs.getString(5),
                            rs.getString(6), rs.getTimestamp(7).toInstant()));
                });
        return aabne;
    }

    /** The events skipped by decision, by projection (global indexes). */
    Map<String, Set<Long>> oversprungne() {
        Map<String, Set<Long>> over = new HashMap<>();
        jdbc.query("SELECT navn, global_indeks FROM projektion_parkering WHERE beslutning = 'OVERSPRUNGET'",
                rs -> {
                    over.computeIfAbsent(rs.getString(1), n -> new HashSet<>()).add(rs.getLong(2));
                });
        return over;
    }

    /** Records (under lease epoch {@code epoke}) that the projection parked the event and stopped, and counts it ({@code ledger.projektioner.parkerede}). */
    Parkering parker(long epoke, String projektion, Haendelse h, Throwable fejl) {
        Parkering p = new Parkering(projektion, h.globalIndeks(), tekst(h.aggregatId(), 255), h.aggregatId() == null ? null : h.sekvens(),
                h.haendelse() == null ? null : tekst(h.haendelse().getClass().getName(), 255), aarsag(fejl), clock.instant());
        // fenced like the positions: a former holder of the lease parks nothing after a takeover
        int antal = jdbc.update("INSERT INTO projektion_parkering (navn, global_indeks, aggregat_id, sekvens, haendelsestype, fejl, parkeret) "
                + "SELECT CAST(? AS VARCHAR), CAST(? AS BIGINT), CAST(? AS VARCHAR), CAST(? AS BIGINT), CAST(? AS VARCHAR), CAST(? AS TEXT), "
                + "CAST(? AS TIMESTAMPTZ) WHERE EXISTS (SELECT 1 FROM projektion_lease WHERE epoke = ? FOR SHARE)", p.projektion(),
                p.globalIndeks(), p.aggregatId(), p.sekvens(), p.haendelsestype(), p.aarsag(), Timestamp.from(p.parkeret()), epoke);
        if (antal == 0) {
            throw new Projektionslease.Tabt("The projection lease is no longer held under epoch " + epoke + "; event "
                    + p.globalIndeks() + " is not parked for " + projektion);
        }
        Counter.builder("ledger.projektioner.parkerede").tag("projektion", projektion)
                .description("Events parked by a projection that could not apply them").register(metrik).increment();
        return p;
    }

    /** Writes the decision into the projection's open parking of the event; false when there is none (any more). */
    boolean besluttet(Parkering p, Beslutning beslutning, String af, String begrundelse) {
        return jdbc.update("UPDATE projektion_parkering SET beslutning = ?, besluttet_af = ?, besluttet = ?, begrundelse = ? "
                + "WHERE navn = ? AND global_indeks = ? AND beslutning IS NULL", beslutning.name(), af, Timestamp.from(clock.instant()),
                begrundelse, p.projektion(), p.globalIndeks()) == 1;
    }

    /**
     * The error as the operator should read it: the most specific cause (e.g. PostgreSQL's own message), its message
     * kept short, and a NUL (which PostgreSQL text cannot hold, and which may be what the error is about) written out.
     */
    static String aarsag(Throwable fejl) {
        Throwable rod = fejl;
        while (rod.getCause() != null && rod.getCause() != rod) {
            rod = rod.getCause();
        }
        String tekst = rod == fejl ? fejl.toString() : rod + " (" + fejl.getClass().getName() + ")";
        return tekst(tekst, MAKS_TEKST);
    }

    private static String tekst(String s, int maks) {
        if (s == null) {
            return null;
        }
        String ren = s.replace("\u0000", "\\u0000");
        return ren.length() <= maks ? ren : ren.substring(0, maks - 1) + "…";
    }
}
