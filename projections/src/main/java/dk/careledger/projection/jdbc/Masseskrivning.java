package dk.careledger.projection.jdbc;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes many rows in ONE statement: every column is sent as one text array, and PostgreSQL turns the arrays back into
 * rows ({@code INSERT ... SELECT ... FROM unnest(...) ON CONFLICT ...}). Same effect as a {@code jdbc.batchUpdate} of
 * single-row upserts, but one statement, one parse and one round trip per table per batch instead of a multi-row
 * INSERT per 128 rows with a bound parameter per value — which is what dominated the rebuild time of the projections
 * that wrote that way.
 *
 * <p>{@code ON CONFLICT DO UPDATE} may touch a row only once per statement, so the rows of one call must have
 * distinct keys (the projections aggregate per key before writing).
 */
public final class Masseskrivning {
    private final String sql;
    private final int kolonner;

    /**
     * @param tabel     the table, optionally with an alias ({@code "ydelse_levering_periode AS p"})
     * @param kolonner  its columns, in the order of the values
     * @param typer     each column's SQL type (for the cast from text)
     * @param konflikt  what follows {@code ON CONFLICT}, e.g. {@code (id) DO UPDATE SET ...} or {@code DO NOTHING}
     */
    public Masseskrivning(String tabel, String[] kolonner, String[] typer, String konflikt) {
        if (kolonner.length != typer.length) {
            throw new IllegalArgumentException(kolonner.length + " columns but " + typer.length + " types");
        }
        StringBuilder felter = new StringBuilder();
        StringBuilder arrays = new StringBuilder();
        StringBuilder navne = new StringBuilder();
        for (int i = 0; i < kolonner.length; i++) {
            felter.append(i == 0 ? "" : ", ").append("u.k").append(i).append("::").append(typer[i]);
            arrays.append(i == 0 ? "" : ", ").append("?::text[]");
            navne.append(i == 0 ? "" : ", ").append("k").append(i);
        }
        this.sql = "INSERT INTO " + tabel + " (" + String.join(", ", kolonner) + ") SELECT " + felter + " FROM unnest(" + arrays + ") AS u("
                + navne + ") ON CONFLICT " + konflikt;
        this.kolonner = kolonner.length;
    }

    /**
     * Writes the rows (each an array of values in column order: UUID, String, Number, Boolean, LocalDate,
     * java.sql.Date, Instant, OffsetDateTime or null; anything else by its {@code toString}).
     */
    public void skriv(JdbcTemplate jdbc, List<Object[]> raekker) {
        udfoer(jdbc, sql, kolonner, raekker);
    }

    /** Runs {@code sql}, whose parameters are {@code kolonner} text arrays, with the rows' values as those arrays. */
    static void udfoer(JdbcTemplate jdbc, String sql, int kolonner, List<Object[]> raekker) {
        if (raekker.isEmpty()) {
            return;
        }
        String[][] soejler = new String[kolonner][raekker.size()];
        for (int r = 0; r < raekker.size(); r++) {
            Object[] raekke = raekker.get(r);
            for (int k = 0; k < kolonner; k++) {
                soejler[k][r] = tekst(raekke[k]);
            }
        }
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(sql);
            for (int k = 0; k < kolonner; k++) {
                Array a = con.createArrayOf("text", soejler[k]);
                ps.setArray(k + 1, a);
            }
            return ps;
        });
    }

    private static String tekst(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof OffsetDateTime t) {
            return t.toInstant().toString();
        }
        if (v instanceof Instant) {
            return v.toString();
        }
        return v.toString();
    }

    /** {@code col = EXCLUDED.col, ...} for every column but the key columns. */
    public static String opdaterAlle(String[] kolonner, String... noegler) {
        StringBuilder sb = new StringBuilder();
        List<String> n = List.of(noegler);
        for (String k : kolonner) {
            if (!n.contains(k)) {
                sb.append(sb.length() == 0 ? "" : ", ").append(k).append(" = EXCLUDED.").append(k);
            }
        }
        return sb.toString();
    }

    /** {@code col = alias.col + EXCLUDED.col, ...}: an additive upsert of counters. */
    public static String laegTil(String alias, String... kolonner) {
        StringBuilder sb = new StringBuilder();
        for (String k : kolonner) {
            sb.append(sb.length() == 0 ? "" : ", ").append(k).append(" = ").append(alias).append('.').append(k).append(" + EXCLUDED.").append(k);
        }
        return sb.toString();
    }
}
