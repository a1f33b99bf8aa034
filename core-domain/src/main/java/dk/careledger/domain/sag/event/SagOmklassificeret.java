package dk.careledger.domain.sag.event;

import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.sag.Sagsklassifikation;
import java.util.Objects;

/**
 * Sag omklassificeret: KLE emne, handlingsfacet, ansvarlig enhed, følsomhed or titel corrected (issue 15, seed 000
 * challenge 3, ADR 0022). Both the classification on record until now and the new one are kept whole.
 *
 * @param tidligere   the classification until now (the wrong value)
 * @param ny          the classification from now on
 * @param begrundelse why, encrypted with the key of the sag's primær part
 */
@Revision("1")
public record SagOmklassificeret(SagId sagId, Sagsklassifikation tidligere, Sagsklassifikation ny,
        KrypteretTekst begrundelse, Registrering registrering) implements SagEvent {
    public SagOmklassificeret {
        Objects.requireNonNull(sagId, "sagId");
        Objects.requireNonNull(tidligere, "tidligere");
        Objects.requireNonNull(ny, "ny");
        Objects.requireNonNull(begrundelse, "begrundelse");
        Objects.requireNonNull(registrering, "registrering");
    }
}
