package dk.careledger.domain.sag.event;

import dk.careledger.domain.felles.AfgoerelseId;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.sag.Afgoerelsestype;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Afgørelse omgjort: the authority reversed its own afgørelse (issue 15, ADR 0022). The afgørelse's own event stays in
 * the log; from {@code omgjortDato} it no longer stands, and the sag is taken up again (fremdrift Oplyst) for a new
 * afgørelse. No bevilling may rest on it from now on.
 *
 * @param type        what the reversed afgørelse was (the wrong value)
 * @param omgjortDato the day it was reversed
 * @param begrundelse why, encrypted with the key of the sag's primær part
 */
@Revision("1")
public record AfgoerelseOmgjort(SagId sagId, AfgoerelseId afgoerelseId, Afgoerelsestype type, LocalDate omgjortDato,
        KrypteretTekst begrundelse, Registrering registrering) implements SagEvent {
    public AfgoerelseOmgjort {
        Objects.requireNonNull(sagId, "sagId");
        Objects.requireNonNull(afgoerelseId, "afgoerelseId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(omgjortDato, "omgjortDato");
        Objects.requireNonNull(begrundelse, "begrundelse");
        Objects.requireNonNull(registrering, "registrering");
    }
}
