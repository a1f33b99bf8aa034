package dk.careledger.domain.sag.command;

import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.sag.AfslutningsAarsag;
import java.time.LocalDate;

/**
 * Close a sag on which no afgørelse was made (UC3: the citizen withdraws, moves or dies).
 *
 * @param bemaerkning plaintext; mandatory when {@code aarsag} is ANDET
 */
public record AfslutSagUdenAfgoerelse(SagId sagId, AfslutningsAarsag aarsag, LocalDate afsluttetDato,
        String bemaerkning) implements SagCommand {
}
