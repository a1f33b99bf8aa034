package dk.careledger.domain.sag.event;

import dk.careledger.domain.felles.AfgoerelseId;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.felles.SagId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Klage modtaget over an afgørelse on the sag: starts the genvurdering clock (RSL §§ 66–67, UC3 klagevejledning). */
@Revision("1")
public record KlageModtaget(SagId sagId, UUID klageId, AfgoerelseId afgoerelseId, LocalDate modtagetDato,
        Registrering registrering) implements SagEvent {
    public KlageModtaget {
        Objects.requireNonNull(sagId, "sagId");
        Objects.requireNonNull(klageId, "klageId");
        Objects.requireNonNull(afgoerelseId, "afgoerelseId");
        Objects.requireNonNull(modtagetDato, "modtagetDato");
        Objects.requireNonNull(registrering, "registrering");
    }
}
