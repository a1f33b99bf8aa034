package dk.careledger.domain.bevilling.event;

import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Bevilling bestilt: the indsats was ordered from a leverandør, possibly in another kommune (UC3 bestilling step 5, 5.a1 leverandør i anden kommune).
 */
@Revision("1")
public record BevillingBestilt(BevillingId bevillingId, String leverandoer, Cvr leverandoerKommune,
        LocalDate bestiltDato, KrypteretTekst handlingsanvisning, Registrering registrering) implements BevillingEvent {
    public BevillingBestilt {
        Objects.requireNonNull(bevillingId, "bevillingId");
        Objects.requireNonNull(leverandoer, "leverandoer");
        Objects.requireNonNull(bestiltDato, "bestiltDato");
        Objects.requireNonNull(registrering, "registrering");
    }
}
