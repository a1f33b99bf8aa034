package dk.careledger.domain.sag.event;

import dk.careledger.domain.felles.AfgoerelseId;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.felles.SagId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Afgørelsens afsendelsesdato rettet (issue 15, ADR 0022): a correction of record. From this registrering on, the
 * afgørelse is known to have been sent on {@code sendtDato}; before it, the ledger believed {@code tidligereSendtDato}.
 *
 * @param tidligereSendtDato the day on record until now (the wrong value); null when none was recorded
 * @param sendtDato          the right day
 * @param begrundelse        why, encrypted with the key of the sag's primær part
 */
@Revision("1")
public record AfgoerelseSendtDatoRettet(SagId sagId, AfgoerelseId afgoerelseId, LocalDate tidligereSendtDato,
        LocalDate sendtDato, KrypteretTekst begrundelse, Registrering registrering) implements SagEvent {
    public AfgoerelseSendtDatoRettet {
        Objects.requireNonNull(sagId, "sagId");
        Objects.requireNonNull(afgoerelseId, "afgoerelseId");
        Objects.requireNonNull(sendtDato, "sendtDato");
        Objects.requireNonNull(begrundelse, "begrundelse");
        Objects.requireNonNull(registrering, "registrering");
    }
}
