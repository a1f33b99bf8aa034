package dk.careledger.domain.sag.command;

import dk.careledger.domain.felles.Paakraevet;
import dk.careledger.domain.felles.SagId;
import java.time.LocalDate;

/**
 * Record the assessment of one FSIII tilstand (UC2 step 2): a J funktionsevnetilstand scored 0–4/9 with an
 * optional expected level, or an I helbredstilstand without a score, plus the citizen's own view (C, D).
 *
 * @param niveau             mandatory for J, must be null for I
 * @param forventetNiveau    optional for J, must be null for I
 * @param udfoerelseKode     optional FSIII C code
 * @param betydningKode      optional FSIII D code
 * @param borgerensVurdering plaintext, optional
 */
public record VurderTilstand(SagId sagId, @Paakraevet String fsiiiKode, Integer niveau, Integer forventetNiveau,
        String udfoerelseKode, String betydningKode, String borgerensVurdering, @Paakraevet LocalDate vurderetDato)
        implements SagCommand {
}
