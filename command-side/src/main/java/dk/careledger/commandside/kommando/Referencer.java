package dk.careledger.commandside.kommando;

import dk.careledger.commandside.borger.BorgerRegister;
import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Id;
import java.util.Collection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Checks that ids a command refers to across aggregates exist (a bevilling's sag, a handled henvendelse's
 * sager, a forløb's attached sager and bevillinger, every citizen). An aggregate exists when its first event
 * is in the event store under the expected aggregate type, created by the caller's kommune; a wrong or unknown id, or
 * another kommune's, is a 404 with the field named.
 */
@Component
public class Referencer {
    private final JdbcTemplate jdbc;
    private final BorgerRegister borgere;

    public Referencer(JdbcTemplate jdbc, BorgerRegister borgere) {
        this.jdbc = jdbc;
        this.borgere = borgere;
    }

    public void kraev(Aggregattype type, Id id, String felt) {
        if (id == null) {
            return;
        }
        // kommune isolation (ADR 0019): another kommune's aggregate is as unknown as one that does not exist; its ejer is
        // the kommune of the user who created it, in the first event's registrering
        String kommune = Anmodningsbruger.aktuel().map(b -> b.kommune().value()).orElse(null);
        Integer n = jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0 AND type = ? "
                        + "AND (?::text IS NULL OR convert_from(payload, 'UTF8')::jsonb #>> '{registrering,kommune}' = ?)",
                Integer.class, id.toString(), type.lagretType(), kommune, kommune);
        if (n == null || n == 0) {
            throw Afvisning.ikkeFundet(type.ukendtKode(), felt, "Der findes ingen " + type.name().toLowerCase() + " med id " + id);
        }
    }

    /**
     * A new aggregate's client-chosen id must not already name an aggregate of another type: Axon would append the
     * creation event to that other stream (409 ID_I_BRUG); nor a citizen, whose id would then name two things. The same
     * type is the decider's answer (…_FINDES).
     */
    public void kraevLedigtId(Aggregattype type, String id, String felt) {
        // one round trip: another aggregate type's stream, or a citizen (borger ids and aggregate ids share one space)
        Boolean brugt = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND sequence_number = 0 AND type <> ?) OR EXISTS (SELECT 1 FROM borger WHERE borger_id = ?::uuid)",
                Boolean.class, id, type.lagretType(), id);
        if (Boolean.TRUE.equals(brugt)) {
            throw Afvisning.konflikt("ID_I_BRUG", felt, "Id'et " + id + " er allerede brugt af et andet slags aggregat eller en borger");
        }
    }

    public void kraevAlle(Aggregattype type, Collection<? extends Id> ids, String felt) {
        if (ids != null) {
            for (Id id : ids) {
                kraev(type, id, felt);
            }
        }
    }

    public void kraevBorger(BorgerId borgerId, String felt) {
        if (borgerId != null && !borgere.erAktiv(borgerId.value())) {
            throw Afvisning.ikkeFundet("BORGER_UKENDT", felt, "Borgeren " + borgerId + " findes ikke i borgerregistret eller er glemt");
        }
    }
}
