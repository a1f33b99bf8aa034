package dk.careledger.domain.sag.event;

import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.sag.AfslutningsAarsag;
import java.time.LocalDate;
import java.util.Objects;

/** Sag afsluttet uden afgørelse (fremdrift Afsluttet) because the citizen withdrew, moved or died (UC3). */
@Revision("1")
public record SagAfsluttetUdenAfgoerelse(SagId sagId, AfslutningsAarsag aarsag, LocalDate afsluttetDato,
        KrypteretTekst bemaerkning, Registrering registrering) implements SagEvent {
    public SagAfsluttetUdenAfgoerelse {
        Objects.requireNonNull(sagId, "sagId");
        Objects.requireNonNull(aarsag, "aarsag");
        Objects.requireNonNull(afsluttetDato, "afsluttetDato");
        Objects.requireNonNull(registrering, "registrering");
    }
}
