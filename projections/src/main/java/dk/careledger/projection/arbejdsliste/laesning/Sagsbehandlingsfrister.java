package dk.careledger.projection.arbejdsliste.laesning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import dk.careledger.projection.tilbageblik.laesning.Historikudsnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads {@code sagsbehandlingsfrist} for the frist worklist: the projection of the kommune settings' facts
 * ({@code SagsbehandlingsfristProjektion}, ADR 0021) beside the shipped defaults. Rows are never changed; a later row
 * corrects or replaces an earlier one (see {@link Fristregler}).
 */
@Repository
public class Sagsbehandlingsfrister {
    public static final String KOLONNER = "id, kommune, kle_praefiks, indsats_kode, frist_dage, gyldig_fra, registreret, registreret_af";
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

    /** The rules that can apply to sager in the kommune, among the rows {@code udsnit} sees: as known at an instant, those registered by then. */
    public List<Fristregel> regler(String kommune, Historikudsnit udsnit) {
        if (udsnit.erLive()) {
            return regler(kommune);
        }
        return jdbc.query("SELECT " + KOLONNER + " FROM sagsbehandlingsfrist WHERE kommune IN (?, ?) AND " + udsnit.kendt("registreret") + ORDEN,
                Sagsbehandlingsfrister::post, kommune, Fristregler.ALLE_KOMMUNER).stream().map(Fristpost::regel).toList();
    }

    public static Fristpost post(ResultSet rs, int nr) throws SQLException {
        return new Fristpost(rs.getLong("id"), rs.getString("kommune"), rs.getString("kle_praefiks"), rs.getString("indsats_kode"),
                rs.getInt("frist_dage"), rs.getObject("gyldig_fra", LocalDate.class), rs.getTimestamp("registreret").toInstant(),
                rs.getString("registreret_af"));
    }
}
