package dk.careledger.domain.henvendelse.event;

import dk.careledger.domain.felles.HenvendelseId;
import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.henvendelse.Udfald;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Henvendelse håndteret: marked as handled, with sag(er) opened or joined, or no sag and a begrundelse (UC1 step 6, 3.a1).
 *
 * <p>{@code sager} is empty for {@link Udfald#INGEN_SAG}; {@code begrundelse} is optional except for INGEN_SAG.
 */
@Revision("1")
public record HenvendelseHaandteret(HenvendelseId henvendelseId, Udfald udfald, List<SagId> sager,
        KrypteretTekst begrundelse, LocalDate haandteretDato, Registrering registrering) implements HenvendelseEvent {
    public HenvendelseHaandteret {
        Objects.requireNonNull(henvendelseId, "henvendelseId");
        Objects.requireNonNull(udfald, "udfald");
        sager = List.copyOf(Objects.requireNonNull(sager, "sager"));
        Objects.requireNonNull(haandteretDato, "haandteretDato");
        Objects.requireNonNull(registrering, "registrering");
    }
}
