package dk.careledger.domain.sag.event;

import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.felles.SagId;
import java.time.LocalDate;
import java.util.Objects;

/** Sag genoptaget after i bero: the sagsbehandlingstid clock runs again (UC2 2.a2). */
@Revision("1")
public record SagGenoptaget(SagId sagId, LocalDate genoptagetDato, Registrering registrering) implements SagEvent {
    public SagGenoptaget {
        Objects.requireNonNull(sagId, "sagId");
        Objects.requireNonNull(genoptagetDato, "genoptagetDato");
        Objects.requireNonNull(registrering, "registrering");
    }
}
