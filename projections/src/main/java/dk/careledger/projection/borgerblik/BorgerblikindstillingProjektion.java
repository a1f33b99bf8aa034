package dk.careledger.projection.borgerblik;

import dk.careledger.domain.indstilling.event.BorgerblikFastsat;
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
 * {@code borgerblik_konfiguration} as a projection of {@link BorgerblikFastsat} (ADR 0021): one row per fact, a complete
 * setting, its id the event's global index. Ordered first, so the Sagsindeks feed, which marks the sager a kommune hides
 * by these rows, sees a setting changed in the same batch.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class BorgerblikindstillingProjektion implements Projektion {
    private final JdbcTemplate jdbc;

    public BorgerblikindstillingProjektion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String navn() {
        return "borgerblikindstillinger";
    }

    @Override
    public boolean selvstaendig() {
        return true;
    }

    @Override
    public List<String> tabeller() {
        return List.of("borgerblik_konfiguration ORDER BY id");
    }

    @Override
    public void nulstil() {
        jdbc.update("DELETE FROM borgerblik_konfiguration");
    }

    @Override
    public void anvend(List<Haendelse> haendelser) {
        List<Object[]> raekker = haendelser.stream().filter(h -> h.haendelse() instanceof BorgerblikFastsat).map(h -> {
            BorgerblikFastsat e = (BorgerblikFastsat) h.haendelse();
            return new Object[] {h.globalIndeks(), e.kommune().value(), e.klePraefiks(), Date.valueOf(e.gyldigFra()), e.titelKilde().name(),
                e.dokumenttitler(), e.fradato() == null ? null : Date.valueOf(e.fradato()), e.visAeldreAktive(), e.niveau2(), e.skjulForBorger(),
                PolitikindstillingProjektion.registreret(e.registrering()), e.registrering().aktoer().brugerId()};
        }).toList();
        if (!raekker.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO borgerblik_konfiguration (id, kommune, kle_praefiks, gyldig_fra, titel_kilde, dokumenttitler, fradato, "
                    + "vis_aeldre_aktive, niveau2, skjul_for_borger, registreret, registreret_af) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (id) DO NOTHING", raekker);
        }
    }
}
