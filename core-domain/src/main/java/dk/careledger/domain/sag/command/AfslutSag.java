package dk.careledger.domain.sag.command;

import dk.careledger.domain.felles.SagId;
import java.time.LocalDate;

/** Business-close an afgjort sag (index fremdrift Afsluttet; brief §2.1). */
public record AfslutSag(SagId sagId, LocalDate afsluttetDato) implements SagCommand {
}
