package dk.careledger.domain.bevilling.event;

import dk.careledger.domain.bevilling.OphoersAarsag;
import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import java.time.LocalDate;
import java.util.Objects;

/** Bevilling ophørt: the bevilling stops from ophoersdato, by hand or by an E3 opfølgning (UC3 slutdato, UC6 4.b1 E3 Afsluttes). */
@Revision("1")
public record BevillingOphoert(BevillingId bevillingId, LocalDate ophoersdato, OphoersAarsag aarsag,
        Registrering registrering) implements BevillingEvent {
    public BevillingOphoert {
        Objects.requireNonNull(bevillingId, "bevillingId");
        Objects.requireNonNull(ophoersdato, "ophoersdato");
        Objects.requireNonNull(aarsag, "aarsag");
        Objects.requireNonNull(registrering, "registrering");
    }
}
