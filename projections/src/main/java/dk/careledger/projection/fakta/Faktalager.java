package dk.careledger.projection.fakta;

import dk.careledger.projection.jdbc.Masseskrivning;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A projection's store of {@link Fakta} per key and its reference table (aggregate id → keys). Every read is one query
 * for the whole batch ({@code = ANY(?)}); every write one batch statement. Inserts ignore rows already there, so
 * applying a batch twice changes nothing.
 */
public final class Faktalager {
    private static final String KOLONNER = "noegle, globalt_indeks, haendelse, emne, registreringstid, kommune, bruger, rolle, "
            + "d1, d2, d3, r1, r2, r3, k1, k2, k3, flag, tekst, data";

    private final JdbcTemplate jdbc;
    private final String faktatabel;
    private final String referencetabel;
    private final Fordeling fordeling;
    private final Masseskrivning faktaskrivning;
    private final Masseskrivning referenceskrivning;

    public Faktalager(JdbcTemplate jdbc, String faktatabel, String referencetabel, Fordeling fordeling) {
        this.jdbc = jdbc;
        this.faktatabel = faktatabel;
        this.referencetabel = referencetabel;
        this.fordeling = fordeling;
        this.faktaskrivning = new Masseskrivning(faktatabel, KOLONNER.split(", "), new String[] {"uuid", "bigint", "varchar", "uuid",
            "timestamptz", "varchar", "varchar", "varchar", "date", "date", "date", "uuid", "uuid", "uuid", "varchar", "varchar", "varchar",
            "boolean", "text", "text"}, "DO NOTHING");
        this.referenceskrivning = new Masseskrivning(referencetabel, new String[] {"ref_id", "noegle"}, new String[] {"uuid", "uuid"},
                "DO NOTHING");
    }

    /**
     * Routes the batch's facts to their keys, stores the new facts and references, and returns every stored fact of
     * the touched keys, in global order.
     */
    public Map<UUID, List<Fakta>> gemOgHent(List<Fakta> fakta) {
        if (fakta.isEmpty()) {
            return Map.of();
        }
        Referencer refs = referencer(Fordeling.opslag(fakta));
        Map<UUID, List<Fakta>> nye = new LinkedHashMap<>();
        for (Fakta f : fakta) {
            for (UUID n : fordeling.noegler(f, refs)) {
                nye.computeIfAbsent(n, k -> new ArrayList<>()).add(f);
            }
        }
        referenceskrivning.skriv(jdbc, refs.nye().stream().map(r -> new Object[] {r[0], r[1]}).toList());
        if (nye.isEmpty()) {
            return Map.of();
        }
        List<Object[]> raekker = new ArrayList<>();
        nye.forEach((n, liste) -> liste.forEach(f -> raekker.add(raekke(n, f))));
        faktaskrivning.skriv(jdbc, raekker);
        return hent(nye.keySet());
    }

    /** Every stored fact of the keys, in global order. */
    public Map<UUID, List<Fakta>> hent(Collection<UUID> noegler) {
        Map<UUID, List<Fakta>> alle = new LinkedHashMap<>();
        for (UUID n : noegler) {
            alle.put(n, new ArrayList<>());
        }
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("SELECT " + KOLONNER + " FROM " + faktatabel
                    + " WHERE noegle = ANY(?) ORDER BY noegle, globalt_indeks");
            ps.setArray(1, uuidArray(con, noegler));
            return ps;
        }, rs -> {
            UUID n = rs.getObject(1, UUID.class);
            alle.computeIfAbsent(n, k -> new ArrayList<>()).add(fakta(rs));
        });
        return alle;
    }

    /**
     * Empties both tables with TRUNCATE, not DELETE: a DELETE leaves every old row behind as a dead tuple, so the
     * rebuild that follows writes into tables and indexes twice their size while autovacuum cleans up beside it.
     */
    public void nulstil() {
        jdbc.execute("TRUNCATE " + faktatabel + ", " + referencetabel);
    }

    private Referencer referencer(Collection<UUID> ids) {
        Referencer refs = new Referencer();
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("SELECT ref_id, noegle FROM " + referencetabel + " WHERE ref_id = ANY(?)");
            ps.setArray(1, uuidArray(con, ids));
            return ps;
        }, rs -> {
            refs.kendt(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
        });
        return refs;
    }

    public static Array uuidArray(Connection con, Collection<UUID> ids) throws SQLException {
        return con.createArrayOf("uuid", ids.toArray());
    }

    private static Object[] raekke(UUID noegle, Fakta f) {
        return new Object[] {noegle, f.indeks(), f.type(), f.emne(), tid(f.registreret()), f.kommune(), f.bruger(),
            f.rolle(), f.d1(), f.d2(), f.d3(), f.r1(), f.r2(), f.r3(), f.k1(), f.k2(), f.k3(), f.flag(), f.tekst(),
            f.data()};
    }

    private static Fakta fakta(ResultSet rs) throws SQLException {
        Object flag = rs.getObject(18);
        // dates as LocalDate from the driver: getDate builds a Calendar per value, and a rebuild reads back every fact of
        // every touched key per batch
        return new Fakta(rs.getLong(2), rs.getString(3), rs.getObject(4, UUID.class), rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
                rs.getObject(11, LocalDate.class), rs.getObject(12, UUID.class), rs.getObject(13, UUID.class), rs.getObject(14, UUID.class), rs.getString(15),
                rs.getString(16), rs.getString(17), flag == null ? null : (Boolean) flag, rs.getString(19), rs.getString(20));
    }

    public static Date dato(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    public static OffsetDateTime tid(Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }

    public static LocalDate lokal(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
