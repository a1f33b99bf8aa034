package dk.careledger.domain.sag.event;

import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.felles.SagId;
import java.time.LocalDate;
import java.util.Objects;

/** Sag afsluttet (fremdrift Afsluttet) after its afgørelse: business-closed, the slettefrist starts (UC3, brief §2.1). */
@Revision("1")
public record SagAfsluttet(SagId sagId, LocalDate afsluttetDato, Registrering registrering) implements SagEvent {
    public SagAfsluttet {
        Objects.requireNonNull(sagId, "sagId");
        Objects.requireNonNull(afsluttetDato, "afsluttetDato");
        Objects.requireNonNull(registrering, "registrering");
    }
}
