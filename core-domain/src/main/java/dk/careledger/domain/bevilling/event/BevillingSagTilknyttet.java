package dk.careledger.domain.bevilling.event;

import dk.careledger.domain.felles.AfgoerelseId;
import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.felles.SagId;
import java.util.Objects;

/**
 * Bevillingen knyttet til en sag efter den blev givet: a grant without a sag (solution C) joined to the citizen's sag
 * (issue 15, ADR 0022). Before it the bevilling had no sag; the sag records {@code BevillingTilknyttetSag} in the same
 * registrering.
 *
 * @param sagId        the sag it now belongs to
 * @param afgoerelseId the afgørelse on that sag it rests on; null when none is named
 * @param begrundelse  why it is joined now, encrypted with the citizen's key; null when none was given
 */
@Revision("1")
public record BevillingSagTilknyttet(BevillingId bevillingId, SagId sagId, AfgoerelseId afgoerelseId,
        KrypteretTekst begrundelse, Registrering registrering) implements BevillingEvent {
    public BevillingSagTilknyttet {
        Objects.requireNonNull(bevillingId, "bevillingId");
        Objects.requireNonNull(sagId, "sagId");
        Objects.requireNonNull(registrering, "registrering");
    }
}
