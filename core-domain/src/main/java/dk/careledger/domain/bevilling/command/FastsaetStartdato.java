package dk.careledger.domain.bevilling.command;

import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.Paakraevet;
import java.time.LocalDate;

/** Set the startdato of a bevilling granted without one: the citizen leaves the venteliste (UC3 4.a1). */
public record FastsaetStartdato(BevillingId bevillingId, @Paakraevet LocalDate startdato) implements BevillingCommand {
}
