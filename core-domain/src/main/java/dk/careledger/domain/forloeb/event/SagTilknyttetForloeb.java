package dk.careledger.domain.forloeb.event;

import dk.careledger.domain.felles.ForloebId;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.felles.SagId;
import java.util.Objects;

/** Sag tilknyttet forløb: the forløb was linked to a sag, so its documentation traces back to the sag (UC3 step 2). */
@Revision("1")
public record SagTilknyttetForloeb(ForloebId forloebId, SagId sagId, Registrering registrering) implements ForloebEvent {
    public SagTilknyttetForloeb {
        Objects.requireNonNull(forloebId, "forloebId");
        Objects.requireNonNull(sagId, "sagId");
        Objects.requireNonNull(registrering, "registrering");
    }
}
