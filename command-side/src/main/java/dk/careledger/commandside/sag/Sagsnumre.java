package dk.careledger.commandside.sag;

import dk.careledger.domain.felles.Tidszone;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.sag.command.OpretSag;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues sagsnumre (the index's Brugervendtnøgle = Sagsnummer, unique per authority, ≤ 50 characters) in the
 * KLE style {@code <emne>-<facet>-<løbenummer>-<åå>}, e.g. {@code 27.36.04-G01-17-26}: one counter per kommune
 * and year. A number taken by a command that is then refused is simply not used (gaps are allowed).
 */
@Component
public class Sagsnumre {
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public Sagsnumre(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The command with a sagsnummer, when the caller did not bring its own. */
    public OpretSag medSagsnummer(OpretSag kommando) {
        if (kommando.sagsnummer() != null && !kommando.sagsnummer().isBlank()) {
            return kommando;
        }
        int aar = kommando.opstaaetDato() != null ? kommando.opstaaetDato().getYear() : LocalDate.now(clock.withZone(Tidszone.DANMARK)).getYear();
        String nummer = kommando.kleNummer() + "-" + kommando.handlingsfacet() + "-" + naeste(kommando.ejer(), aar) + "-"
                + String.format("%02d", aar % 100);
        return new OpretSag(kommando.sagId(), nummer, kommando.borgerId(), kommando.ejer(), kommando.ansvarligEnhed(),
                kommando.kleNummer(), kommando.handlingsfacet(), kommando.foelsomhed(), kommando.titel(), kommando.opstaaetDato(),
                kommando.henvendelser(), kommando.sagsbehandler());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int naeste(Cvr kommune, int aar) {
        Integer n = jdbc.queryForObject("INSERT INTO sagsnummer_taeller (kommune, aar, naeste) VALUES (?, ?, 2) "
                + "ON CONFLICT (kommune, aar) DO UPDATE SET naeste = sagsnummer_taeller.naeste + 1 RETURNING naeste - 1",
                Integer.class, kommune == null ? "00000000" : kommune.value(), aar);
        return n == null ? 1 : n;
    }
}
