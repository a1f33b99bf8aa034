package dk.careledger.domain.sag.event;

import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.felles.SagId;
import java.time.LocalDate;
import java.util.Objects;

/** Tilstand vurderet: one FSIII J/I tilstand with niveau, forventet niveau and the citizen's own view (UC2 step 2). */
@Revision("1")
public record TilstandVurderet(SagId sagId, String fsiiiKode, Integer niveau, Integer forventetNiveau,
        String udfoerelseKode, String betydningKode, KrypteretTekst borgerensVurdering, LocalDate vurderetDato,
        Registrering registrering) implements SagEvent {
    public TilstandVurderet {
        Objects.requireNonNull(sagId, "sagId");
        Objects.requireNonNull(fsiiiKode, "fsiiiKode");
        Objects.requireNonNull(vurderetDato, "vurderetDato");
        Objects.requireNonNull(registrering, "registrering");
    }
}
