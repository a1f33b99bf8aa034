package dk.careledger.commandside.kommando;

import dk.careledger.domain.felles.Afvisning;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Lets a refusal cross from the node that handled a command to the node that dispatched it: an {@link Afvisning} from
 * a decider leaves the handler as a {@link CommandExecutionException} whose details are {@link Afvisningsdetaljer}
 * (which Axon Server carries) and whose cause is the refusal itself (which a local command bus keeps). So does an id
 * that names an aggregate of another type, as the refusal the caller should see (404). The unit of work rolls back as
 * before; nothing is written.
 */
@Component
public class AfvisningOverNoder implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain) throws Exception {
        try {
            return interceptorChain.proceed();
        } catch (Afvisning afvisning) {
            throw somUdfoerelse(afvisning);
        } catch (IncompatibleAggregateException | NoHandlerForCommandException andenType) {
            // the id names an aggregate of another type: Axon loaded its stream (Incompatible…), or the aggregate cache,
            // one for all four types and keyed by id, handed over that aggregate, which has no handler for this command
            // name (NoHandler…; thrown here, inside the handler chain, it can mean nothing else). To the caller: 404.
            Aggregattype type = Aggregattype.forKommandonavn(unitOfWork.getMessage().getCommandName());
            throw somUdfoerelse(Afvisning.ikkeFundet(type.ukendtKode(), null, "Der findes ingen " + type.name().toLowerCase()
                    + " med det id; id'et tilhører noget andet"));
        }
    }

    private static CommandExecutionException somUdfoerelse(Afvisning afvisning) {
        return new CommandExecutionException(afvisning.besked(), afvisning, Afvisningsdetaljer.af(afvisning));
    }
}
