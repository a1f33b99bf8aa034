package dk.careledger.query.arbejdsliste;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The configuration table {@code sagsbehandlingsfrist}: read by the frist worklist, appended to by
 * {@code PUT /api/konfiguration/sagsbehandlingsfrister}. Rows are never changed or deleted; a later row corrects or
 * replaces an earlier one (see {@link Fristregler}).
 */
@Repository
public class Sagsbehandlingsfrister {
    private static final String KOLONNER = "id, kommune, kle_praefiks, indsats_kode, frist_dage, gyldig_fra, registreret, registreret_af";
    private static final String ORDEN = " ORDER BY kommune, kle_praefiks, indsats_kode NULLS FIRST, gyldig_fra, registreret, id";

    private final JdbcTemplate jdbc;

    public Sagsbehandlingsfrister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored row with who registered it. */
    public record Fristpost(long id, String kommune, String klePraefiks, String indsatsKode, int fristDage, LocalDate gyldigFra,
            Instant registreret, String registreretAf) {

        Fristregel regel() {
            return new Fristregel(id, kommune, klePraefiks, indsatsKode, fristDage, gyldigFra, registreret);
        }
    }

    /** Every row; with a kommune, that kommune's rows and the defaults that apply to it. */
    public List<Fristpost> alle(String kommune) {
        if (kommune == null) {
            return jdbc.query("SELECT " + KOLONNER + " FROM sagsbehandlingsfrist" + ORDEN, Sagsbehandlingsfrister::post);
        }
        return jdbc.query("SELECT " + KOLONNER + " FROM sagsbehandlingsfrist WHERE kommune IN (?, ?)" + ORDEN,
                Sagsbehandlingsfrister::post, kommune, Fristregler.ALLE_KOMMUNER);
    }

    /** The rules that can apply to sager in the kommune. */
    public List<Fristregel> regler(String kommune) {
        return alle(kommune).stream().map(Fristpost::regel).toList();
    }

    /**
     * Adds a rule, unless the latest registration of the same rule (kommune, prefix, indsats, gyldigFra) already says
     * the same frist: then that row is returned and nothing is added, so repeating a PUT changes nothing.
     *
     * @return the row and whether it was added
     */
    @Transactional
    public Tilfoejet tilfoej(String kommune, String klePraefiks, String indsatsKode, int fristDage, LocalDate gyldigFra,
            Instant registreret, String registreretAf) {
        // one writer at a time per kommune, so two equal PUTs at once add one row
        jdbc.query("SELECT pg_advisory_xact_lock(hashtext(?))", (RowCallbackHandler) rs -> { }, "sagsbehandlingsfrist:" + kommune);
        Optional<Fristpost> seneste = jdbc.query("SELECT " + KOLONNER + " FROM sagsbehandlingsfrist WHERE kommune = ? AND kle_praefiks = ? "
                + "AND indsats_kode IS NOT DISTINCT FROM ? AND gyldig_fra = ? ORDER BY registreret DESC, id DESC LIMIT 1",
                Sagsbehandlingsfrister::post, kommune, klePraefiks, indsatsKode, gyldigFra).stream().findFirst();
        if (seneste.isPresent() && seneste.get().fristDage() == fristDage) {
            return new Tilfoejet(seneste.get(), false);
        }
        Long id = jdbc.queryForObject("INSERT INTO sagsbehandlingsfrist (kommune, kle_praefiks, indsats_kode, frist_dage, gyldig_fra, "
                + "registreret, registreret_af) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id", Long.class,
                kommune, klePraefiks, indsatsKode, fristDage, gyldigFra, Timestamp.from(registreret), registreretAf);
        return new Tilfoejet(new Fristpost(id, kommune, klePraefiks, indsatsKode, fristDage, gyldigFra, registreret, registreretAf), true);
    }

    public record Tilfoejet(Fristpost post, boolean ny) {
    }

    private static Fristpost post(ResultSet rs, int nr) throws SQLException {
        return new Fristpost(rs.getLong("id"), rs.getString("kommune"), rs.getString("kle_praefiks"), rs.getString("indsats_kode"),
                rs.getInt("frist_dage"), rs.getObject("gyldig_fra", LocalDate.class), rs.getTimestamp("registreret").toInstant(),
                rs.getString("registreret_af"));
    }
}
