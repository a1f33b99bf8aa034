package dk.careledger.domain.sag.event;

import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.felles.SagId;
import java.util.Objects;

/**
 * Bevilling tilknyttet sag: a bevilling was granted on the sag, recorded on the sag's own stream in the same transaction
 * as the bevilling's {@code BevillingGivet}, so closing the sag knows which bevillinger rest on it (ADR 0020).
 */
@Revision("1")
public record BevillingTilknyttetSag(SagId sagId, BevillingId bevillingId, Registrering registrering) implements SagEvent {
    public BevillingTilknyttetSag {
        Objects.requireNonNull(sagId, "sagId");
        Objects.requireNonNull(bevillingId, "bevillingId");
        Objects.requireNonNull(registrering, "registrering");
    }
}
