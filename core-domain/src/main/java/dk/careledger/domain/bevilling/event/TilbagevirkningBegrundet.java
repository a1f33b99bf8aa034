package dk.careledger.domain.bevilling.event;

import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Tilbagevirkning begrundet: the bevilling was granted with a startdato before its bevilgetDato, and the caseworker
 * said why (e.g. help given acutely before the afgørelse, or a klage decided in the citizen's favour). Emitted with
 * {@link BevillingGivet} in the same registrering; without it a start before the grant is refused (ADR 0020).
 *
 * @param startdato    the start as granted
 * @param bevilgetDato the day it was granted
 * @param begrundelse  why it takes effect before it was granted, encrypted with the citizen's key
 */
@Revision("1")
public record TilbagevirkningBegrundet(BevillingId bevillingId, LocalDate startdato, LocalDate bevilgetDato,
        KrypteretTekst begrundelse, Registrering registrering) implements BevillingEvent {
    public TilbagevirkningBegrundet {
        Objects.requireNonNull(bevillingId, "bevillingId");
        Objects.requireNonNull(startdato, "startdato");
        Objects.requireNonNull(bevilgetDato, "bevilgetDato");
        Objects.requireNonNull(begrundelse, "begrundelse");
        Objects.requireNonNull(registrering, "registrering");
    }
}
