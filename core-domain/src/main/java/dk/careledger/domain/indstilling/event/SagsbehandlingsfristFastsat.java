package dk.careledger.domain.indstilling.event;

import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Sagsbehandlingsfrist fastsat (RSL § 3 stk. 2): applications received from {@code gyldigFra} in the KLE area
 * {@code klePraefiks}, for the indsats {@code indsatsKode} (null: any), get an afgørelse within {@code fristDage} days.
 * A later fact for the same area, indsats and day corrects it.
 */
@Revision("1")
public record SagsbehandlingsfristFastsat(Cvr kommune, String klePraefiks, String indsatsKode, int fristDage, LocalDate gyldigFra,
        Registrering registrering) implements KommuneindstillingEvent {
    public SagsbehandlingsfristFastsat {
        Objects.requireNonNull(kommune, "kommune");
        Objects.requireNonNull(klePraefiks, "klePraefiks");
        Objects.requireNonNull(gyldigFra, "gyldigFra");
        Objects.requireNonNull(registrering, "registrering");
    }
}
