package dk.careledger.domain.forloeb.command;

import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.ForloebId;
import dk.careledger.domain.felles.Paakraevet;

/** Link a bevilling (a granted indsats) to the forløb it belongs to (UC3 step 2–3). */
public record TilknytBevilling(ForloebId forloebId, @Paakraevet BevillingId bevillingId) implements ForloebCommand {
}
