package dk.careledger.domain.bevilling.event;

import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Opfølgning planlagt: the first follow-up of a bevilling was planned when it was granted (UC3 step 4), so the
 * bevilling is on the opfølgning worklist from the start. Later follow-ups are planned by
 * {@link OpfoelgningGennemfoert#naesteOpfoelgning()}.
 *
 * @param opfoelgningsdato the planned day, on or after the bevilgetDato; it may lie ahead
 */
@Revision("1")
public record OpfoelgningPlanlagt(BevillingId bevillingId, LocalDate opfoelgningsdato, Registrering registrering)
        implements BevillingEvent {
    public OpfoelgningPlanlagt {
        Objects.requireNonNull(bevillingId, "bevillingId");
        Objects.requireNonNull(opfoelgningsdato, "opfoelgningsdato");
        Objects.requireNonNull(registrering, "registrering");
    }
}
