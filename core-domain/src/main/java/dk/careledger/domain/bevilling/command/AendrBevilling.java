package dk.careledger.domain.bevilling.command;

import dk.careledger.domain.bevilling.Omfang;
import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.Paakraevet;
import java.time.LocalDate;

/**
 * Change the omfang within the frame of the afgørelse (UC3 step 3: "det er dog muligt for aktøren at fravige
 * ved behov"). A change outside the frame needs a new afgørelse and a new bevilling.
 *
 * @param aarsag why, plaintext (it is encrypted); mandatory
 */
public record AendrBevilling(BevillingId bevillingId, @Paakraevet Omfang omfang, @Paakraevet LocalDate virkningFra, @Paakraevet String aarsag)
        implements BevillingCommand {
}
