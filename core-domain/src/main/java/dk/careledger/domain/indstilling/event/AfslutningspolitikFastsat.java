package dk.careledger.domain.indstilling.event;

import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.indstilling.Politik;
import java.time.LocalDate;
import java.util.Objects;

/** Afslutningspolitik fastsat: from {@code gyldigFra}, the kommune's sager under {@code klePraefiks} ({@code ""} = all) close so. */
@Revision("1")
public record AfslutningspolitikFastsat(Cvr kommune, String klePraefiks, Politik politik, LocalDate gyldigFra, Registrering registrering)
        implements KommuneindstillingEvent {
    public AfslutningspolitikFastsat {
        Objects.requireNonNull(kommune, "kommune");
        Objects.requireNonNull(klePraefiks, "klePraefiks");
        Objects.requireNonNull(politik, "politik");
        Objects.requireNonNull(gyldigFra, "gyldigFra");
        Objects.requireNonNull(registrering, "registrering");
    }
}
