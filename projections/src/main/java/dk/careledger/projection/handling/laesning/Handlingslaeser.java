package dk.careledger.projection.handling.laesning;

import dk.careledger.projection.jdbc.Sqlvaerdi;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the {@code handlinger} projection: the facts of one kommune by user, unit or citizen, between two record times, paged. */
@Component
public class Handlingslaeser {
    private final JdbcTemplate jdbc;

    public Handlingslaeser(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What to look for; null means any. {@code fra} inclusive, {@code til} exclusive; rows after position {@code efter}. */
    public record Filter(String kommune, String brugerId, String enhed, UUID borgerId, Instant fra, Instant til, long efter, int antal) {
    }

    /**
     * The facts recorded by users of the kommune, or on aggregates the kommune owns, that match, in log order: at most
     * {@code antal}, after {@code efter}.
     */
    public List<HandlingRaekke> find(Filter f) {
        StringBuilder sql = new StringBuilder("SELECT * FROM handling WHERE (kommune = ? OR ejer = ?) AND position > ? AND registreret >= ? AND registreret < ?");
        List<Object> p = new ArrayList<>(List.of(f.kommune(), f.kommune(), f.efter(), Timestamp.from(f.fra()), Timestamp.from(f.til())));
        if (f.brugerId() != null) {
            sql.append(" AND bruger_id = ?");
            p.add(f.brugerId());
        }
        if (f.enhed() != null) {
            sql.append(" AND enhed = ?");
            p.add(f.enhed());
        }
        if (f.borgerId() != null) {
            sql.append(" AND borger_id = ?");
            p.add(f.borgerId());
        }
        sql.append(" ORDER BY position LIMIT ?");
        p.add(f.antal());
        return jdbc.query(sql.toString(), (rs, n) -> raekke(rs), p.toArray());
    }

    private static HandlingRaekke raekke(ResultSet rs) throws SQLException {
        return new HandlingRaekke(rs.getLong("position"), Sqlvaerdi.tid(rs, "registreret"), rs.getString("kommune"), rs.getString("bruger_id"),
                rs.getString("rolle"), rs.getString("aggregattype"), rs.getString("aggregat_id"), rs.getString("haendelse"),
                rs.getString("ejer"), Sqlvaerdi.uuid(rs, "borger_id"), rs.getString("enhed"), rs.getString("begrundelse_kode"),
                Sqlvaerdi.uuid(rs, "begrundelse_ejer"), rs.getString("begrundelse_chiffer"));
    }
}
