package dk.careledger.domain.sag.command;

import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.Paakraevet;
import dk.careledger.domain.felles.SagId;
import java.time.LocalDate;

/**
 * Start a revisitation of an afgjort sag: a new assessment leading to a new afgørelse (FSIII E4 Revisitation).
 *
 * @param bevillingId optional: the bevilling whose opfølgning triggered it
 * @param aarsag      plaintext
 */
public record StartRevisitation(SagId sagId, BevillingId bevillingId, @Paakraevet LocalDate startetDato, @Paakraevet String aarsag)
        implements SagCommand {
}
