package dk.careledger.domain.sag.event;

import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.felles.SagId;
import java.util.List;
import java.util.Objects;

/**
 * Bevillinger fortsat efter afslutning: the caseworker closed the sag and decided explicitly that the bevillinger still
 * running or on the venteliste go on without it (KL/KOMBIT solution C, ADR 0007). Emitted with {@link SagAfsluttet}
 * in the same registrering; without that decision the closure is refused (ADR 0020).
 *
 * @param bevillinger the bevillinger on the sag that still ran, or waited on the venteliste, after the closing day
 */
@Revision("1")
public record BevillingerFortsatEfterAfslutning(SagId sagId, List<BevillingId> bevillinger, Registrering registrering)
        implements SagEvent {
    public BevillingerFortsatEfterAfslutning {
        Objects.requireNonNull(sagId, "sagId");
        bevillinger = List.copyOf(Objects.requireNonNull(bevillinger, "bevillinger"));
        Objects.requireNonNull(registrering, "registrering");
    }
}
