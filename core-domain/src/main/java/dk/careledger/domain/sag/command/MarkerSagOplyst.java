package dk.careledger.domain.sag.command;

import dk.careledger.domain.felles.Paakraevet;
import dk.careledger.domain.felles.SagId;
import java.time.LocalDate;

/** Declare the sag oplyst: enough is known to decide (UC2 slutbetingelse). */
public record MarkerSagOplyst(SagId sagId, @Paakraevet LocalDate oplystDato) implements SagCommand {
}
