package dk.careledger.projection.sag.politik;

import dk.careledger.projection.sag.laesning.Politik;
import dk.careledger.projection.sag.laesning.Sagsbegreb;
import dk.careledger.projection.sag.politik.laesning.Politikindstilling;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The only writer of {@code sag_politik_konfiguration}, called by the policy change ({@link PolitikAendringsrapport}
 * with {@code anvend = true}). Rows are only added, never changed, so the setting keeps its own history. Until the
 * kommune settings become facts (issue 15) this is a configuration row, not an event.
 */
@Component
public class Politikskriver {
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public Politikskriver(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds a row, registered now by {@code registreretAf}. */
    public Politikindstilling gem(String kommune, String klePraefiks, Politik politik, Sagsbegreb sagsbegreb, LocalDate gyldigFra,
            String registreretAf) {
        OffsetDateTime nu = clock.instant().atOffset(ZoneOffset.UTC);
        GeneratedKeyHolder id = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO sag_politik_konfiguration (kommune, kle_praefiks, politik, sagsbegreb, gyldig_fra, "
                    + "registreret, registreret_af) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setString(1, kommune);
            ps.setString(2, klePraefiks);
            ps.setString(3, politik.name());
            ps.setString(4, sagsbegreb.name());
            ps.setDate(5, Date.valueOf(gyldigFra));
            ps.setObject(6, nu);
            ps.setString(7, registreretAf);
            return ps;
        }, id);
        return new Politikindstilling(id.getKey().longValue(), kommune, klePraefiks, politik, sagsbegreb, gyldigFra, nu.toInstant(), registreretAf);
    }
}
