package dk.careledger.domain.bevilling.command;

import dk.careledger.domain.felles.BevillingId;
import java.time.LocalDate;

/** Set the startdato of a bevilling granted without one: the citizen leaves the venteliste (UC3 4.a1). */
public record FastsaetStartdato(BevillingId bevillingId, LocalDate startdato) implements BevillingCommand {
}
