package dk.careledger.projection.arbejdsliste;

import dk.careledger.domain.indstilling.event.SagsbehandlingsfristFastsat;
import dk.careledger.projection.motor.Haendelse;
import dk.careledger.projection.motor.Projektion;
import dk.careledger.projection.sag.politik.PolitikindstillingProjektion;
import java.sql.Date;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code sagsbehandlingsfrist} as a projection of {@link SagsbehandlingsfristFastsat} (ADR 0021): one row per fact, its id
 * the event's global index. The shipped defaults for every kommune ({@code 00000000}, ids below zero) are reference data,
 * not facts: a rebuild leaves them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SagsbehandlingsfristProjektion implements Projektion {
    private final JdbcTemplate jdbc;

    public SagsbehandlingsfristProjektion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String navn() {
        return "sagsbehandlingsfrister";
    }

    @Override
    public boolean selvstaendig() {
        return true;
    }

    @Override
    public List<String> tabeller() {
        return List.of("sagsbehandlingsfrist ORDER BY id");
    }

    @Override
    public void nulstil() {
        jdbc.update("DELETE FROM sagsbehandlingsfrist WHERE id > 0");
    }

    @Override
    public void anvend(List<Haendelse> haendelser) {
        List<Object[]> raekker = haendelser.stream().filter(h -> h.haendelse() instanceof SagsbehandlingsfristFastsat).map(h -> {
            SagsbehandlingsfristFastsat e = (SagsbehandlingsfristFastsat) h.haendelse();
            return new Object[] {h.globalIndeks(), e.kommune().value(), e.klePraefiks(), e.indsatsKode(), e.fristDage(),
                Date.valueOf(e.gyldigFra()), PolitikindstillingProjektion.registreret(e.registrering()), e.registrering().aktoer().brugerId()};
        }).toList();
        if (!raekker.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO sagsbehandlingsfrist (id, kommune, kle_praefiks, indsats_kode, frist_dage, gyldig_fra, registreret, "
                    + "registreret_af) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING", raekker);
        }
    }
}
