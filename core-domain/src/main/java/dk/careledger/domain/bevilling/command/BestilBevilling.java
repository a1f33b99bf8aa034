package dk.careledger.domain.bevilling.command;

import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Paakraevet;
import java.time.LocalDate;

/**
 * Order the granted indsats from a leverandør (UC3 step 5: "Når bestillingen er færdig, overføres den
 * automatisk til den/de valgte leverandør/er"). A later bestilling replaces the leverandør (frit valg).
 *
 * @param leverandoer        the leverandør's organisation id or name (not citizen data)
 * @param leverandoerKommune optional: the other kommune that delivers (UC3 5.a1, e.g. a stay with relatives);
 *                           the myndighed stays with the citizen's own kommune
 * @param handlingsanvisning optional: instructions to the performer, plaintext (it is encrypted)
 */
public record BestilBevilling(BevillingId bevillingId, @Paakraevet String leverandoer, Cvr leverandoerKommune,
        @Paakraevet LocalDate bestiltDato, String handlingsanvisning) implements BevillingCommand {
}
