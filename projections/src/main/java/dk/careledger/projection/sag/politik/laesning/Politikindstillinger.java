package dk.careledger.projection.sag.politik.laesning;

import dk.careledger.domain.indstilling.Politik;
import dk.careledger.domain.indstilling.Sagsbegreb;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads {@code sag_politik_konfiguration}: which closing policy and case concept a kommune uses per KLE
 * prefix, from a date: the projection of the kommune settings' facts ({@code PolitikindstillingProjektion}, ADR 0021).
 * Changing a setting rewrites no other projection row (every policy and variant is already projected side by side; the
 * setting only chooses which one a kommune sees). Rows are only added, so the setting keeps its history
 * ({@code registreret}, {@code registreret_af}). Read only.
 */
@Component
public class Politikindstillinger {
    private final JdbcTemplate jdbc;

    public Politikindstillinger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every row of the kommune, oldest first. */
    public List<Politikindstilling> forKommune(String kommune) {
        return jdbc.query("SELECT id, kommune, kle_praefiks, politik, sagsbegreb, gyldig_fra, registreret, registreret_af "
                + "FROM sag_politik_konfiguration WHERE kommune = ? ORDER BY id", (rs, n) -> new Politikindstilling(rs.getLong(1), rs.getString(2),
                        rs.getString(3), Politik.valueOf(rs.getString(4)), Sagsbegreb.valueOf(rs.getString(5)), rs.getDate(6).toLocalDate(),
                        rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getString(8)), kommune);
    }

    /** The setting in force for a sag of the kommune with the KLE emne on the day. */
    public Effektiv effektiv(String kommune, String kle, LocalDate dag) {
        return Effektiv.for_(forKommune(kommune), kommune, kle, dag);
    }

    /**
     * SQL for the setting in force for the sag with alias {@code s} (columns {@code ejer}, {@code kle_nummer}) on the day
     * bound to the one parameter: a LEFT JOIN LATERAL giving {@code k.politik} and {@code k.sagsbegreb} (NULL: the
     * default). Picks the same row as {@link Effektiv#for_}.
     */
    public static String effektivLateral() {
        return "LEFT JOIN LATERAL (SELECT k.politik, k.sagsbegreb FROM sag_politik_konfiguration k WHERE k.kommune = s.ejer "
                + "AND k.gyldig_fra <= ? AND (k.kle_praefiks = '' OR s.kle_nummer = k.kle_praefiks OR s.kle_nummer LIKE k.kle_praefiks || '.%') "
                + "ORDER BY " + Effektiv.SQL_FORRANG + " LIMIT 1) k ON true";
    }
}
