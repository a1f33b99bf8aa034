package dk.careledger.projection.jdbc;

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
 * column readers, shared by the projections' JDBC code.
 */
public final class Sqlvaerdi {
    private Sqlvaerdi() {
    }

    public static SqlParameterValue uuid(UUID v) {
        return new SqlParameterValue(Types.OTHER, v);
    }

    public static SqlParameterValue tekst(String v) {
        return new SqlParameterValue(Types.VARCHAR, v);
    }

    public static SqlParameterValue dato(LocalDate v) {
        return new SqlParameterValue(Types.DATE, v);
    }

    public static SqlParameterValue heltal(Integer v) {
        return new SqlParameterValue(Types.INTEGER, v);
    }

    public static SqlParameterValue langt(Long v) {
        return new SqlParameterValue(Types.BIGINT, v);
    }

    public static SqlParameterValue sandhed(Boolean v) {
        return new SqlParameterValue(Types.BOOLEAN, v);
    }

    public static SqlParameterValue tid(Instant v) {
        return new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, v == null ? null : OffsetDateTime.ofInstant(v, ZoneOffset.UTC));
    }

    /** A point in time as the driver binds a {@code timestamptz} (or {@link Masseskrivning} prints it). */
    public static OffsetDateTime utc(Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }

    public static LocalDate lokal(java.sql.Date d) {
        return d == null ? null : d.toLocalDate();
    }

    public static Array uuidArray(Connection con, Collection<UUID> ids) throws SQLException {
        return con.createArrayOf("uuid", ids.toArray());
    }

    public static UUID uuid(ResultSet rs, String kolonne) throws SQLException {
        return rs.getObject(kolonne, UUID.class);
    }

    public static LocalDate dato(ResultSet rs, String kolonne) throws SQLException {
        return rs.getObject(kolonne, LocalDate.class);
    }

    public static Integer heltal(ResultSet rs, String kolonne) throws SQLException {
        int v = rs.getInt(kolonne);
        return rs.wasNull() ? null : v;
    }

    public static Long langt(ResultSet rs, String kolonne) throws SQLException {
        long v = rs.getLong(kolonne);
        return rs.wasNull() ? null : v;
    }

    public static Instant tid(ResultSet rs, String kolonne) throws SQLException {
        OffsetDateTime t = rs.getObject(kolonne, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
