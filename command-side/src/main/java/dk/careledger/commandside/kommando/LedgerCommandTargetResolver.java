package dk.careledger.commandside.kommando;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.stereotype.Component;

/**
 * Finds a command's target aggregate in its metadata, so that core-domain commands need no Axon annotations
 * (ADR 0003).
 */
@Component("ledgerCommandTargetResolver")
public class LedgerCommandTargetResolver implements CommandTargetResolver {

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Object id = command.getMetaData().get(Metadatanoegler.AGGREGAT_ID);
        if (id == null) {
            throw new IllegalArgumentException("Command " + command.getCommandName() + " has no " + Metadatanoegler.AGGREGAT_ID);
        }
        // the expected version is checked by the aggregate shells (Handlingskontekst.kraevForventetVersion)
        return new VersionedAggregateIdentifier(id.toString(), null);
    }
}
