package dk.careledger.domain.sag.event;

import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.felles.SagId;
import java.time.LocalDate;
import java.util.Objects;

/** Sag oplyst (fremdrift Oplyst): enough is known to make an afgørelse (UC2 slutbetingelse). */
@Revision("1")
public record SagOplyst(SagId sagId, LocalDate oplystDato, Registrering registrering) implements SagEvent {
    public SagOplyst {
        Objects.requireNonNull(sagId, "sagId");
        Objects.requireNonNull(oplystDato, "oplystDato");
        Objects.requireNonNull(registrering, "registrering");
    }
}
