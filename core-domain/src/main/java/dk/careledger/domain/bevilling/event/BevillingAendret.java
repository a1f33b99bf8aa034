package dk.careledger.domain.bevilling.event;

import dk.careledger.domain.bevilling.Omfang;
import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import java.time.LocalDate;
import java.util.Objects;

/** Bevilling ændret inden for rammen: the omfang changed from virkningFra without a new afgørelse (UC3 step 3, UC6 4.b1 E2). */
@Revision("1")
public record BevillingAendret(BevillingId bevillingId, Omfang omfang, LocalDate virkningFra, KrypteretTekst aarsag,
        Registrering registrering) implements BevillingEvent {
    public BevillingAendret {
        Objects.requireNonNull(bevillingId, "bevillingId");
        Objects.requireNonNull(omfang, "omfang");
        Objects.requireNonNull(virkningFra, "virkningFra");
        Objects.requireNonNull(registrering, "registrering");
    }
}
