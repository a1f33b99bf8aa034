package dk.careledger.projection.sag.politik;

import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.indstilling.Politik;
import dk.careledger.domain.indstilling.Sagsbegreb;
import dk.careledger.domain.indstilling.event.AfslutningspolitikFastsat;
import dk.careledger.domain.indstilling.event.KommuneindstillingEvent;
import dk.careledger.domain.indstilling.event.SagsbegrebFastsat;
import dk.careledger.projection.motor.Haendelse;
import dk.careledger.projection.motor.Projektion;
import dk.careledger.projection.sag.politik.laesning.Effektiv;
import dk.careledger.projection.sag.politik.laesning.Politikindstillinger;
import java.sql.Date;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code sag_politik_konfiguration} as a projection of the kommune settings' facts {@link AfslutningspolitikFastsat} and
 * {@link SagsbegrebFastsat} (ADR 0021). A row still holds both values, as the readers expect: a fact sets one, and the
 * row takes the other from the setting in force for its prefix on its {@code gyldigFra} ({@link Effektiv}), as the policy
 * change always did; the two facts of one command (same kommune, prefix, day and registrering) make one row. The id is
 * the global index of the row's first event, so a rebuild gives the same rows.
 *
 * <p>Ordered first, so that in the live runner's one transaction per batch the index feeds, which read these rows,
 * see a setting changed in the same batch.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PolitikindstillingProjektion implements Projektion {
    private final JdbcTemplate jdbc;
    private final Politikindstillinger laeser;

    public PolitikindstillingProjektion(JdbcTemplate jdbc, Politikindstillinger laeser) {
        this.jdbc = jdbc;
        this.laeser = laeser;
    }

    @Override
    public String navn() {
        return "politikindstillinger";
    }

    @Override
    public boolean selvstaendig() {
        return true;
    }

    @Override
    public List<String> tabeller() {
        return List.of("sag_politik_konfiguration ORDER BY id");
    }

    @Override
    public void nulstil() {
        jdbc.update("DELETE FROM sag_politik_konfiguration");
    }

    @Override
    public void anvend(List<Haendelse> haendelser) {
        for (Haendelse h : haendelser) {
            if (h.haendelse() instanceof AfslutningspolitikFastsat e) {
                gem(h.globalIndeks(), e, e.politik(), null);
            } else if (h.haendelse() instanceof SagsbegrebFastsat e) {
                gem(h.globalIndeks(), e, null, e.sagsbegreb());
            }
        }
    }

    /** The record time as the column keeps it (microseconds), so the second fact of a command finds the first one's row. */
    public static OffsetDateTime registreret(Registrering r) {
        return r.registreringstid().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private void gem(long indeks, KommuneindstillingEvent e, Politik politik, Sagsbegreb sagsbegreb) {
        String kommune = e.kommune().value();
        OffsetDateTime registreret = registreret(e.registrering());
        String af = e.registrering().aktoer().brugerId();
        List<Long> sammeKommando = jdbc.queryForList("SELECT id FROM sag_politik_konfiguration WHERE kommune = ? AND kle_praefiks = ? "
                + "AND gyldig_fra = ? AND registreret = ? AND registreret_af = ? AND id < ?", Long.class, kommune, e.klePraefiks(),
                Date.valueOf(e.gyldigFra()), registreret, af, indeks);
        if (!sammeKommando.isEmpty()) {
            jdbc.update(politik != null ? "UPDATE sag_politik_konfiguration SET politik = ? WHERE id = ?"
                    : "UPDATE sag_politik_konfiguration SET sagsbegreb = ? WHERE id = ?",
                    (politik != null ? politik : sagsbegreb).name(), sammeKommando.get(0));
            return;
        }
        Effektiv gaeldende = laeser.effektiv(kommune, e.klePraefiks(), e.gyldigFra());
        jdbc.update("INSERT INTO sag_politik_konfiguration (id, kommune, kle_praefiks, politik, sagsbegreb, gyldig_fra, registreret, "
                + "registreret_af) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING", indeks, kommune, e.klePraefiks(),
                (politik != null ? politik : gaeldende.politik()).name(), (sagsbegreb != null ? sagsbegreb : gaeldende.sagsbegreb()).name(),
                Date.valueOf(e.gyldigFra()), registreret, af);
    }
}
