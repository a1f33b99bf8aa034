package dk.careledger.domain.sag.command;

import dk.careledger.domain.felles.AfgoerelseId;
import dk.careledger.domain.felles.Paakraevet;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.sag.Afgoerelsestype;
import java.time.LocalDate;

/**
 * Make an afgørelse on the sag (UC3 1.1, 1.1.a1): bevilling, delvis bevilling or afslag.
 *
 * @param hjemmel            the legal basis, e.g. "SEL § 83, stk. 1, nr. 1"
 * @param begrundelse        plaintext; mandatory unless BEVILLING (FVL § 22)
 * @param klagevejledningGivet must be true unless BEVILLING (FVL § 25)
 * @param sendtDato          optional: when the afgørelse was sent to the citizen; not before truffetDato
 * @param virkningsdato      optional: when the afgørelse takes effect
 * @param uoplystBegrundelse plaintext; why the afgørelse is made on a sag that is not oplyst (e.g. akut behov)
 */
public record TraefAfgoerelse(SagId sagId, @Paakraevet AfgoerelseId afgoerelseId, @Paakraevet Afgoerelsestype type, @Paakraevet String hjemmel,
        String begrundelse, boolean klagevejledningGivet, @Paakraevet LocalDate truffetDato, LocalDate sendtDato,
        LocalDate virkningsdato, String uoplystBegrundelse) implements SagCommand {
}
