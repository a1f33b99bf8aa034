package dk.careledger.domain.sag.event;

import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.felles.SagId;
import java.time.LocalDate;
import java.util.Objects;

/** Ansvarlig sagsbehandler tildelt from a date (UC1 step 4 and 4.a1). */
@Revision("1")
public record SagsbehandlerTildelt(SagId sagId, String sagsbehandler, LocalDate fra, Registrering registrering)
        implements SagEvent {
    public SagsbehandlerTildelt {
        Objects.requireNonNull(sagId, "sagId");
        Objects.requireNonNull(sagsbehandler, "sagsbehandler");
        Objects.requireNonNull(fra, "fra");
        Objects.requireNonNull(registrering, "registrering");
    }
}
