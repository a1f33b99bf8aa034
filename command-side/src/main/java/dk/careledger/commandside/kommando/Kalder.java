package dk.careledger.commandside.kommando;

import dk.careledger.domain.felles.Aktoer;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Registrering;
import java.time.Instant;
import java.util.Objects;

/**
 * Who sends a command: user, role and the kommune (CVR) they act for. Over REST they come from the verified token
 * only (ADR 0019); a process of the ledger itself acts as {@code SYSTEM} for the kommune whose fact started it.
 */
public record Kalder(Aktoer aktoer, Cvr kommune) {
    public Kalder {
        Objects.requireNonNull(aktoer, "aktoer");
        Objects.requireNonNull(kommune, "kommune");
    }

    public Registrering registrering(Instant tid) {
        return new Registrering(kommune, aktoer, tid);
    }
}
