package dk.careledger.domain.sag.command;

import dk.careledger.domain.felles.AfgoerelseId;
import dk.careledger.domain.felles.Paakraevet;
import dk.careledger.domain.felles.SagId;
import java.time.LocalDate;
import java.util.UUID;

/** Register a klage over one of the sag's afgørelser (RSL §§ 66–67; UC3 klagevejledning). Allowed after closure. */
public record ModtagKlage(SagId sagId, @Paakraevet UUID klageId, @Paakraevet AfgoerelseId afgoerelseId, @Paakraevet LocalDate modtagetDato)
        implements SagCommand {
}
