package dk.careledger.projection.borgerblik.laesning;

import dk.careledger.domain.indstilling.Titelkilde;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads {@code borgerblik_konfiguration}: how each kommune shows its sager to the citizen in Borgerblikket,
 * per KLE prefix, from a date: the projection of the kommune settings' facts ({@code BorgerblikindstillingProjektion},
 * ADR 0021). The view is composed at query time, so a change rewrites no other projection row. Rows are only added, so
 * the setting keeps its history ({@code registreret}, {@code registreret_af}).
 *
 * <p>Two readers use the same rows: the citizen's view ({@code GET /api/borgere/{id}/borgerblik}) and the Sagsindeks
 * feed, which marks a sag the kommune hides from the citizen with a Visningsklasse (it reads a kommune's rows with
 * {@link #regler(String)} once and then selects in memory with {@link Borgerbliksindstilling#for_}), and
 * {@link #skjultForBorger} answers for one sag.
 */
@Component
public class Borgerblikindstillinger {
    /** The columns {@link #regel} reads, in order, for a query on the table with alias {@code k}. */
    public static final String KOLONNER = "k.id, k.kommune, k.kle_praefiks, k.gyldig_fra, k.titel_kilde, k.dokumenttitler, k.fradato, "
            + "k.vis_aeldre_aktive, k.niveau2, k.skjul_for_borger, k.registreret, k.registreret_af";

    private final JdbcTemplate jdbc;

    public Borgerblikindstillinger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every row, or the kommune's rows (kommune not null), oldest first. */
    public List<Borgerbliksregel> regler(String kommune) {
        if (kommune == null) {
            return jdbc.query("SELECT " + KOLONNER + " FROM borgerblik_konfiguration k ORDER BY k.id", (rs, n) -> regel(rs, 1));
        }
        return jdbc.query("SELECT " + KOLONNER + " FROM borgerblik_konfiguration k WHERE k.kommune = ? ORDER BY k.id",
                (rs, n) -> regel(rs, 1), kommune);
    }

    /** The rows of several kommuner in one query: for a feed batch, then {@link Borgerbliksindstilling#for_} per sag. */
    public List<Borgerbliksregel> regler(Collection<String> kommuner) {
        if (kommuner.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT " + KOLONNER + " FROM borgerblik_konfiguration k WHERE k.kommune = ANY (?) ORDER BY k.id",
                (rs, n) -> regel(rs, 1), (Object) kommuner.toArray(String[]::new));
    }

    /** The setting in force for a sag of the kommune with the KLE emne on the day. */
    public Borgerbliksindstilling effektiv(String kommune, String kle, LocalDate dag) {
        return Borgerbliksindstilling.for_(regler(kommune), kommune, kle, dag);
    }

    /**
     * Whether the kommune hides its sager with this KLE emne from the citizen on the day (the configured
     * "skjul for borger"): the Sagsindeks feed then gives the sag a Visningsklasse that excludes the citizen, and the
     * citizen's view leaves it out. One query; for many sager read {@link #regler(Collection)} once and use
     * {@link Borgerbliksindstilling#for_}.
     */
    public boolean skjultForBorger(String kommune, String kle, LocalDate dag) {
        return effektiv(kommune, kle, dag).skjulForBorger();
    }

    /** A row from {@link #KOLONNER}, starting at column {@code f} (1 for a query of only these columns). */
    public static Borgerbliksregel regel(ResultSet rs, int f) throws SQLException {
        Date fradato = rs.getDate(f + 6);
        return new Borgerbliksregel(rs.getLong(f), rs.getString(f + 1), rs.getString(f + 2), rs.getDate(f + 3).toLocalDate(),
                Titelkilde.valueOf(rs.getString(f + 4)), rs.getBoolean(f + 5), fradato == null ? null : fradato.toLocalDate(), rs.getBoolean(f + 7),
                rs.getBoolean(f + 8), rs.getBoolean(f + 9), rs.getObject(f + 10, OffsetDateTime.class).toInstant(), rs.getString(f + 11));
    }
}
