package dk.careledger.domain.sag.event;

import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.felles.SagId;
import java.time.LocalDate;
import java.util.Objects;

/** Revisitation startet on an afgjort sag, e.g. after opfølgning E4 on a bevilling: a new afgørelse must follow (UC3, FSIII E4). */
@Revision("1")
public record RevisitationStartet(SagId sagId, BevillingId bevillingId, LocalDate startetDato, KrypteretTekst aarsag,
        Registrering registrering) implements SagEvent {
    public RevisitationStartet {
        Objects.requireNonNull(sagId, "sagId");
        Objects.requireNonNull(startetDato, "startetDato");
        Objects.requireNonNull(aarsag, "aarsag");
        Objects.requireNonNull(registrering, "registrering");
    }
}
