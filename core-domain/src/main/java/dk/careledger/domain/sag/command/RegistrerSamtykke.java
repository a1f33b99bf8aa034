package dk.careledger.domain.sag.command;

import dk.careledger.domain.felles.Paakraevet;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.sag.SamtykkeFormaal;
import dk.careledger.domain.sag.SamtykkeSvar;
import dk.careledger.domain.sag.Samtykkeform;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Record the citizen's samtykke to indhentning and/or videregivelse, or its refusal (UC1 step 7, UC2 2.a1, 2.b1).
 *
 * @param omfang plaintext: what the samtykke covers and any forbehold; mandatory when {@code svar} is GIVET
 */
public record RegistrerSamtykke(SagId sagId, @Paakraevet UUID samtykkeId, @Paakraevet SamtykkeSvar svar, @Paakraevet Samtykkeform form,
        Set<SamtykkeFormaal> formaal, String omfang, @Paakraevet LocalDate dato) implements SagCommand {
}
