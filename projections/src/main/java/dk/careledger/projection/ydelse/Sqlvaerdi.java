package dk.careledger.projection.ydelse;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.UUID;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * Typed batch parameters (a null with its SQL type, so the driver is never asked for parameter metadata) and
 * column readers for this package's JDBC code.
 */
final class Sqlvaerdi {
    private Sqlvaerdi() {
    }

    static SqlParameterValue uuid(UUID v) {
        return new SqlParameterValue(Types.OTHER, v);
    }

    static SqlParameterValue tekst(String v) {
        return new SqlParameterValue(Types.VARCHAR, v);
    }

    static SqlParameterValue dato(LocalDate v) {
        return new SqlParameterValue(Types.DATE, v);
    }

    static SqlParameterValue heltal(Integer v) {
        return new SqlParameterValue(Types.INTEGER, v);
    }

    static SqlParameterValue langt(Long v) {
        return new SqlParameterValue(Types.BIGINT, v);
    }

    static SqlParameterValue sandhed(Boolean v) {
        return new SqlParameterValue(Types.BOOLEAN, v);
    }

    static SqlParameterValue tid(Instant v) {
        return new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, v == null ? null : OffsetDateTime.ofInstant(v, ZoneOffset.UTC));
    }

    static Array uuidArray(Connection con, Collection<UUID> ids) throws SQLException {
        return con.createArrayOf("uuid", ids.toArray());
    }

    static UUID uuid(ResultSet rs, String kolonne) throws SQLException {
        return rs.getObject(kolonne, UUID.class);
    }

    static LocalDate dato(ResultSet rs, String kolonne) throws SQLException {
        return rs.getObject(kolonne, LocalDate.class);
    }

    static Integer heltal(ResultSet rs, String kolonne) throws SQLException {
        int v = rs.getInt(kolonne);
        return rs.wasNull() ? null : v;
    }

    static Long langt(ResultSet rs, String kolonne) throws SQLException {
        long v = rs.getLong(kolonne);
        return rs.wasNull() ? null : v;
    }

    static Instant tid(ResultSet rs, String kolonne) throws SQLException {
        OffsetDateTime t = rs.getObject(kolonne, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
