package dk.careledger.domain.sag.event;

import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.felles.SagId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Partshøring besvaret by the citizen (FVL § 19, UC3). */
@Revision("1")
public record PartshoeringBesvaret(SagId sagId, UUID partshoeringId, LocalDate besvaretDato, KrypteretTekst svar,
        Registrering registrering) implements SagEvent {
    public PartshoeringBesvaret {
        Objects.requireNonNull(sagId, "sagId");
        Objects.requireNonNull(partshoeringId, "partshoeringId");
        Objects.requireNonNull(besvaretDato, "besvaretDato");
        Objects.requireNonNull(svar, "svar");
        Objects.requireNonNull(registrering, "registrering");
    }
}
