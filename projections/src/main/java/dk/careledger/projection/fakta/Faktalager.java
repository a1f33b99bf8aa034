package dk.careledger.projection.fakta;

import dk.careledger.domain.felles.Rolle;
import dk.careledger.projection.jdbc.Masseskrivning;
import dk.careledger.projection.jdbc.Sqlvaerdi;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A projection's store of {@link Faktum} per key and its reference table (aggregate id → keys). A fact is one row: the
 * key, the {@link Faktahoved} as columns, the kind ({@code haendelse}) and the kind's own fields as {@code jsonb}
 * ({@link Faktajson}); every fact table has that one shape (migration V160). Every read is one query for the whole batch
 * ({@code = ANY(?)}); every write one statement ({@link Masseskrivning}). Inserts ignore rows already there, so applying
 * a batch twice changes nothing.
 */
public final class Faktalager {
    private static final String[] KOLONNER = {"noegle", "globalt_indeks", "haendelse", "emne", "registreringstid", "kommune", "bruger",
        "rolle", "faktum"};

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
        this.faktaskrivning = new Masseskrivning(faktatabel, KOLONNER, new String[] {"uuid", "bigint", "varchar", "uuid", "timestamptz",
            "varchar", "varchar", "varchar", "jsonb"}, "DO NOTHING");
        this.referenceskrivning = new Masseskrivning(referencetabel, new String[] {"ref_id", "noegle"}, new String[] {"uuid", "uuid"},
                "DO NOTHING");
    }

    /**
     * Routes the batch's facts to their keys, stores the new facts and references, and returns every stored fact of
     * the touched keys, in global order.
     */
    public Map<UUID, List<Faktum>> gemOgHent(List<Faktum> fakta) {
        if (fakta.isEmpty()) {
            return Map.of();
        }
        Referencer refs = referencer(Fordeling.opslag(fakta));
        Map<UUID, List<Faktum>> nye = new LinkedHashMap<>();
        for (Faktum f : fakta) {
            for (UUID n : fordeling.noegler(f, refs)) {
                nye.computeIfAbsent(n, k -> new ArrayList<>()).add(f);
            }
        }
        referenceskrivning.skriv(jdbc, refs.nye().stream().map(r -> new Object[] {r[0], r[1]}).toList());
        if (nye.isEmpty()) {
            return Map.of();
        }
        Map<Faktum, String> json = new IdentityHashMap<>();
        List<Object[]> raekker = new ArrayList<>();
        nye.forEach((n, liste) -> liste.forEach(f -> raekker.add(raekke(n, f, json.computeIfAbsent(f, Faktajson::skriv)))));
        faktaskrivning.skriv(jdbc, raekker);
        return hent(nye.keySet());
    }

    /** Every stored fact of the keys, in global order. */
    public Map<UUID, List<Faktum>> hent(Collection<UUID> noegler) {
        Map<UUID, List<Faktum>> alle = new LinkedHashMap<>();
        for (UUID n : noegler) {
            alle.put(n, new ArrayList<>());
        }
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("SELECT " + String.join(", ", KOLONNER) + " FROM " + faktatabel
                    + " WHERE noegle = ANY(?) ORDER BY noegle, globalt_indeks");
            ps.setArray(1, Sqlvaerdi.uuidArray(con, noegler));
            return ps;
        }, rs -> {
            UUID n = rs.getObject(1, UUID.class);
            alle.computeIfAbsent(n, k -> new ArrayList<>()).add(faktum(rs));
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
            ps.setArray(1, Sqlvaerdi.uuidArray(con, ids));
            return ps;
        }, rs -> {
            refs.kendt(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
        });
        return refs;
    }

    private static Object[] raekke(UUID noegle, Faktum f, String json) {
        Faktahoved h = f.hoved();
        return new Object[] {noegle, h.indeks(), f.art(), h.emne(), h.registreret(), h.kommune(), h.bruger(), h.rolle().name(), json};
    }

    private static Faktum faktum(ResultSet rs) throws SQLException {
        Faktahoved h = new Faktahoved(rs.getLong(2), rs.getObject(4, UUID.class), rs.getObject(5, OffsetDateTime.class).toInstant(),
                rs.getString(6), rs.getString(7), Rolle.valueOf(rs.getString(8)));
        return Faktajson.laes(rs.getString(3), h, rs.getString(9));
    }
}
