package dk.careledger.domain.bevilling.event;

import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Bevillingens startdato rettet: the startdato on record was wrong (issue 15, ADR 0022). A correction of record: from
 * this registrering on, the bevilling is known to start on {@code startdato}; before it, the ledger believed
 * {@code tidligereStartdato}, and "what did we believe at T" filters on the registreringstid.
 *
 * @param tidligereStartdato the startdato as recorded until now (the wrong value)
 * @param startdato          the right startdato
 * @param begrundelse        why the recorded one was wrong, encrypted with the citizen's key
 */
@Revision("1")
public record BevillingStartdatoRettet(BevillingId bevillingId, LocalDate tidligereStartdato, LocalDate startdato,
        KrypteretTekst begrundelse, Registrering registrering) implements BevillingEvent {
    public BevillingStartdatoRettet {
        Objects.requireNonNull(bevillingId, "bevillingId");
        Objects.requireNonNull(tidligereStartdato, "tidligereStartdato");
        Objects.requireNonNull(startdato, "startdato");
        Objects.requireNonNull(begrundelse, "begrundelse");
        Objects.requireNonNull(registrering, "registrering");
    }
}
