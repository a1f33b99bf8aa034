package dk.careledger.domain.sag.command;

import dk.careledger.domain.felles.Paakraevet;
import dk.careledger.domain.felles.SagId;
import java.time.LocalDate;

/** Resume a sag that is i bero (UC2 2.a2: the awaited information has arrived or is no longer awaited). */
public record GenoptagSag(SagId sagId, @Paakraevet LocalDate genoptagetDato) implements SagCommand {
}
