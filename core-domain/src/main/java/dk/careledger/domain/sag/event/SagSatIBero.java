package dk.careledger.domain.sag.event;

import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.felles.SagId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Sag sat i bero (passive for sagsbehandlingstid) while an anmodning om oplysninger is awaited (UC2 2.a2). */
@Revision("1")
public record SagSatIBero(SagId sagId, UUID anmodningId, LocalDate iBeroFra, Registrering registrering)
        implements SagEvent {
    public SagSatIBero {
        Objects.requireNonNull(sagId, "sagId");
        Objects.requireNonNull(anmodningId, "anmodningId");
        Objects.requireNonNull(iBeroFra, "iBeroFra");
        Objects.requireNonNull(registrering, "registrering");
    }
}
