package dk.careledger.domain.sag.command;

import dk.careledger.domain.felles.Paakraevet;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.sag.AfslutningsAarsag;
import java.time.LocalDate;

/**
 * Close a sag on which no afgørelse was made (UC3: the citizen withdraws, moves or dies).
 *
 * @param bemaerkning plaintext; mandatory when {@code aarsag} is ANDET
 * @param bevillingerFortsaetter as {@link AfslutSag#bevillingerFortsaetter()}: a sag without afgørelse may still carry
 *                               bevillinger (granted on it without an afgoerelseId)
 */
public record AfslutSagUdenAfgoerelse(SagId sagId, @Paakraevet AfslutningsAarsag aarsag, @Paakraevet LocalDate afsluttetDato,
        String bemaerkning, Boolean bevillingerFortsaetter) implements SagCommand {

    /** Without a decision about bevillinger: enough when none still runs. */
    public AfslutSagUdenAfgoerelse(SagId sagId, AfslutningsAarsag aarsag, LocalDate afsluttetDato, String bemaerkning) {
        this(sagId, aarsag, afsluttetDato, bemaerkning, null);
    }
}
