package dk.careledger.domain.forloeb.command;

import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.ForloebId;
import dk.careledger.domain.felles.Paakraevet;
import java.time.LocalDate;

/**
 * Start a forløb of a type from the forløbstype catalogue for the citizen (UC3 step 2: "Aktør vælger relevante
 * forløb"). {@code borgerId} may be an anonymous citizen or one without CPR; the citizen register knows which.
 *
 * @param forloebstypeKode e.g. {@code SEL-83}, {@code SUL-140}
 */
public record StartForloeb(@Paakraevet ForloebId forloebId, @Paakraevet BorgerId borgerId, @Paakraevet String forloebstypeKode, @Paakraevet LocalDate startdato)
        implements ForloebCommand {
}
