package dk.careledger.domain.forloeb.command;

import dk.careledger.domain.felles.ForloebId;
import dk.careledger.domain.felles.Paakraevet;
import java.time.LocalDate;

/**
 * End the forløb (UC6 4.b1 "Afsluttes", E3).
 *
 * @param slutdato last day of the forløb; not before its startdato
 * @param aarsag   why the forløb ends, plaintext, mandatory
 */
public record AfslutForloeb(ForloebId forloebId, @Paakraevet LocalDate slutdato, @Paakraevet String aarsag) implements ForloebCommand {
}
