package dk.careledger.domain.sag.command;

import dk.careledger.domain.felles.Paakraevet;
import dk.careledger.domain.felles.SagId;
import java.time.LocalDate;

/** Make a caseworker (user id) responsible for the sag from a date (UC1 step 4, 4.a1). */
public record TildelSagsbehandler(SagId sagId, @Paakraevet String sagsbehandler, @Paakraevet LocalDate fra) implements SagCommand {
}
