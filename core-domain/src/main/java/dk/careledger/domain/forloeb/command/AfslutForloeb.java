package dk.careledger.domain.forloeb.command;

import dk.careledger.domain.felles.ForloebId;
import java.time.LocalDate;

/**
 * End the forløb (UC6 4.b1 "Afsluttes", E3).
 *
 * @param slutdato last day of the forløb; not before its startdato
 * @param aarsag   why the forløb ends, plaintext, mandatory
 */
public record AfslutForloeb(ForloebId forloebId, LocalDate slutdato, String aarsag) implements ForloebCommand {
}
