package dk.careledger.domain.sag.event;

import dk.careledger.domain.felles.KrypteretTekst;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.sag.SamtykkeFormaal;
import dk.careledger.domain.sag.SamtykkeSvar;
import dk.careledger.domain.sag.Samtykkeform;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Samtykke til indhentning/videregivelse registreret, given or refused, with its omfang (UC1 step 7, UC2 2.a1/2.b1). */
@Revision("1")
public record SamtykkeRegistreret(SagId sagId, UUID samtykkeId, SamtykkeSvar svar, Samtykkeform form,
        Set<SamtykkeFormaal> formaal, KrypteretTekst omfang, LocalDate dato, Registrering registrering)
        implements SagEvent {
    public SamtykkeRegistreret {
        Objects.requireNonNull(sagId, "sagId");
        Objects.requireNonNull(samtykkeId, "samtykkeId");
        Objects.requireNonNull(svar, "svar");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(formaal, "formaal");
        // EnumSet: immutable copy that iterates in declaration order, so the stored JSON is stable.
        formaal = formaal.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(formaal));
        Objects.requireNonNull(dato, "dato");
        Objects.requireNonNull(registrering, "registrering");
    }
}
