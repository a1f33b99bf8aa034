package dk.careledger.domain.forloeb.event;

import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.ForloebId;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import java.util.Objects;

/** Bevilling tilknyttet forløb: a granted indsats was placed under the forløb (UC3 step 2–3). */
@Revision("1")
public record BevillingTilknyttetForloeb(ForloebId forloebId, BevillingId bevillingId, Registrering registrering)
        implements ForloebEvent {
    public BevillingTilknyttetForloeb {
        Objects.requireNonNull(forloebId, "forloebId");
        Objects.requireNonNull(bevillingId, "bevillingId");
        Objects.requireNonNull(registrering, "registrering");
    }
}
