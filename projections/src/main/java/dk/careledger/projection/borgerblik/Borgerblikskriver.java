package dk.careledger.projection.borgerblik;

import dk.careledger.projection.borgerblik.laesning.Borgerbliksregel;
import java.sql.Date;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The only writer of {@code borgerblik_konfiguration} ({@code POST /api/borgerblik/konfiguration}). Rows are only
 * added, so the configuration keeps its own history; until the kommune settings become facts (issue 15) this is a
 * configuration row, not an event.
 */
@Component
public class Borgerblikskriver {
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public Borgerblikskriver(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds a row, registered now by {@code registreretAf}. */
    public Borgerbliksregel gem(Borgerbliksaendring a, String registreretAf) {
        OffsetDateTime nu = clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        Long id = jdbc.queryForObject("INSERT INTO borgerblik_konfiguration (kommune, kle_praefiks, gyldig_fra, titel_kilde, dokumenttitler, "
                + "fradato, vis_aeldre_aktive, niveau2, skjul_for_borger, registreret, registreret_af) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "RETURNING id", Long.class, a.kommune(), a.klePraefiks(), Date.valueOf(a.gyldigFra()), a.titelKilde().name(), a.dokumenttitler(),
                a.fradato() == null ? null : Date.valueOf(a.fradato()), a.visAeldreAktive(), a.niveau2(), a.skjulForBorger(), nu, registreretAf);
        return new Borgerbliksregel(id, a.kommune(), a.klePraefiks(), a.gyldigFra(), a.titelKilde(), a.dokumenttitler(), a.fradato(),
                a.visAeldreAktive(), a.niveau2(), a.skjulForBorger(), nu.toInstant(), registreretAf);
    }
}
