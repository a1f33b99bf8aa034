package dk.careledger.domain.bevilling.command;

import dk.careledger.domain.bevilling.OphoersAarsag;
import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.Paakraevet;
import java.time.LocalDate;

/**
 * Stop a bevilling (UC3: "På både tilbud og enkeltindsatser registreres en slutdato når denne er aktuel").
 *
 * @param ophoersdato the first day the bevilling no longer runs; leveringer on or after it are refused
 */
public record OphoerBevilling(BevillingId bevillingId, @Paakraevet LocalDate ophoersdato, @Paakraevet OphoersAarsag aarsag)
        implements BevillingCommand {
}
