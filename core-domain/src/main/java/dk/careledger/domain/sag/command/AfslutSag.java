package dk.careledger.domain.sag.command;

import dk.careledger.domain.felles.Paakraevet;
import dk.careledger.domain.felles.SagId;
import java.time.LocalDate;

/**
 * Business-close an afgjort sag (index fremdrift Afsluttet; brief §2.1).
 *
 * @param bevillingerFortsaetter the explicit decision about bevillinger on the sag that still run, or wait on the
 *                               venteliste, after the closing day: {@code true} lets them go on without the sag
 *                               (recorded as {@code BevillingerFortsatEfterAfslutning}); absent or {@code false} refuses
 *                               the closure while there are any (422 {@code BEVILLINGER_AABNE}): stop them first
 */
public record AfslutSag(SagId sagId, @Paakraevet LocalDate afsluttetDato, Boolean bevillingerFortsaetter) implements SagCommand {

    /** Without a decision about bevillinger: enough when none still runs. */
    public AfslutSag(SagId sagId, LocalDate afsluttetDato) {
        this(sagId, afsluttetDato, null);
    }
}
