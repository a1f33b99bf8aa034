package dk.careledger.domain.bevilling.event;

import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import java.time.LocalDate;
import java.util.Objects;

/** Startdato fastsat: a bevilling on the venteliste got its startdato (UC3 4.a1 venteliste). */
@Revision("1")
public record BevillingStartdatoFastsat(BevillingId bevillingId, LocalDate startdato, Registrering registrering)
        implements BevillingEvent {
    public BevillingStartdatoFastsat {
        Objects.requireNonNull(bevillingId, "bevillingId");
        Objects.requireNonNull(startdato, "startdato");
        Objects.requireNonNull(registrering, "registrering");
    }
}
