package dk.careledger.domain.sag.event;

import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.felles.SagId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Oplysninger anmodet from a tredjepart, with an optional svarfrist for reminders (UC2 2.a2). */
@Revision("1")
public record OplysningerAnmodet(SagId sagId, UUID anmodningId, String tredjepartKode, KrypteretTekst hvad,
        LocalDate anmodetDato, LocalDate svarfrist, Registrering registrering) implements SagEvent {
    public OplysningerAnmodet {
        Objects.requireNonNull(sagId, "sagId");
        Objects.requireNonNull(anmodningId, "anmodningId");
        Objects.requireNonNull(tredjepartKode, "tredjepartKode");
        Objects.requireNonNull(hvad, "hvad");
        Objects.requireNonNull(anmodetDato, "anmodetDato");
        Objects.requireNonNull(registrering, "registrering");
    }
}
