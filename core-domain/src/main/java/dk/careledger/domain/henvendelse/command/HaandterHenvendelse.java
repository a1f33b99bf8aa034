package dk.careledger.domain.henvendelse.command;

import dk.careledger.domain.felles.HenvendelseId;
import dk.careledger.domain.felles.Paakraevet;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.henvendelse.Udfald;
import java.time.LocalDate;
import java.util.List;

/**
 * Mark the henvendelse as handled (UC1 step 6, 3.a1): with the sager opened from it ({@link Udfald#SAG_OPRETTET},
 * one or more), the one existing sag it was joined to ({@link Udfald#TILKNYTTET_SAG}), or no sag at all with a
 * begrundelse ({@link Udfald#INGEN_SAG}).
 *
 * @param sager       the sager by id only; whether they exist is the command side's concern
 * @param begrundelse plaintext; mandatory for {@link Udfald#INGEN_SAG}, an optional note otherwise
 */
public record HaandterHenvendelse(HenvendelseId henvendelseId, @Paakraevet Udfald udfald, List<SagId> sager, String begrundelse,
        @Paakraevet LocalDate haandteretDato) implements HenvendelseCommand {
}
