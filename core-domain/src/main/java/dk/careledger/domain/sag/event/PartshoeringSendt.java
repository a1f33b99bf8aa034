package dk.careledger.domain.sag.event;

import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.felles.SagId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Partshøring sendt to the citizen with a svarfrist before an adverse afgørelse (FVL § 19, UC3). */
@Revision("1")
public record PartshoeringSendt(SagId sagId, UUID partshoeringId, LocalDate sendtDato, LocalDate svarfrist,
        KrypteretTekst emne, Registrering registrering) implements SagEvent {
    public PartshoeringSendt {
        Objects.requireNonNull(sagId, "sagId");
        Objects.requireNonNull(partshoeringId, "partshoeringId");
        Objects.requireNonNull(sendtDato, "sendtDato");
        Objects.requireNonNull(svarfrist, "svarfrist");
        Objects.requireNonNull(emne, "emne");
        Objects.requireNonNull(registrering, "registrering");
    }
}
