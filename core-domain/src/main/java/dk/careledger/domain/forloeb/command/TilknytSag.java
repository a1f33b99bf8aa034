package dk.careledger.domain.forloeb.command;

import dk.careledger.domain.felles.ForloebId;
import dk.careledger.domain.felles.Paakraevet;
import dk.careledger.domain.felles.SagId;

/** Link a sag to the forløb, so the documentation can always be traced back to the sag (UC3 step 2). */
public record TilknytSag(ForloebId forloebId, @Paakraevet SagId sagId) implements ForloebCommand {
}
