package dk.careledger.commandside.kommando;

import dk.careledger.domain.felles.Aktoer;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Registrering;
import java.time.Instant;
import java.util.Objects;

/**
 * Who sends a command: user, role and the kommune (CVR) they act for. Over REST these arrive as headers
 * ({@code X-Bruger-Id}, {@code X-Rolle}, {@code X-Kommune}); in production a gateway sets them from the
 * verified STS/OIOSAML token, never the client (ADR 0008).
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
