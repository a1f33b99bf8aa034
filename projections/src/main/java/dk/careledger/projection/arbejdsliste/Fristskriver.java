package dk.careledger.projection.arbejdsliste;

import static dk.careledger.projection.arbejdsliste.laesning.Sagsbehandlingsfrister.KOLONNER;

import dk.careledger.projection.arbejdsliste.laesning.Sagsbehandlingsfrister;
import dk.careledger.projection.arbejdsliste.laesning.Sagsbehandlingsfrister.Fristpost;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only writer of {@code sagsbehandlingsfrist} ({@code PUT /api/konfiguration/sagsbehandlingsfrister}). Rows are
 * never changed or deleted; a later row corrects or replaces an earlier one. Until the kommune settings become facts
 * (issue 15) this is a configuration row, not an event.
 */
@Repository
public class Fristskriver {
    private final JdbcTemplate jdbc;

    public Fristskriver(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
}
