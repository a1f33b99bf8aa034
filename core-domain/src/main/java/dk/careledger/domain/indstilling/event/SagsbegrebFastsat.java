package dk.careledger.domain.indstilling.event;

import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.indstilling.Sagsbegreb;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Sagsbegreb fastsat: from {@code gyldigFra}, the kommune's sager under {@code klePraefiks} ({@code ""} = all) are
 * grouped by this case concept in its sag list, the Sagsindeks and Borgerblikket (ADR 0014).
 */
@Revision("1")
public record SagsbegrebFastsat(Cvr kommune, String klePraefiks, Sagsbegreb sagsbegreb, LocalDate gyldigFra, Registrering registrering)
        implements KommuneindstillingEvent {
    public SagsbegrebFastsat {
        Objects.requireNonNull(kommune, "kommune");
        Objects.requireNonNull(klePraefiks, "klePraefiks");
        Objects.requireNonNull(sagsbegreb, "sagsbegreb");
        Objects.requireNonNull(gyldigFra, "gyldigFra");
        Objects.requireNonNull(registrering, "registrering");
    }
}
