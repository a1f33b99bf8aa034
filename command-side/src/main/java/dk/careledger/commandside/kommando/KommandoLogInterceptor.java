package dk.careledger.commandside.kommando;

import java.util.HexFormat;
import java.util.UUID;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Writes the idempotency record of a command inside the same unit of work and database transaction as the
 * command's events (the command bus opens the transaction before handler interceptors run), so that "events
 * stored" and "command id recorded" are one atomic fact.
 */
@Component
public class KommandoLogInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {
    private final KommandoLog log;

    /** Axon's Spring configuration registers every MessageHandlerInterceptor bean with the command bus. */
    public KommandoLogInterceptor(KommandoLog log) {
        this.log = log;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain) throws Exception {
        Object resultat = interceptorChain.proceed();
        CommandMessage<?> kommando = unitOfWork.getMessage();
        Object kommandoId = kommando.getMetaData().get(Metadatanoegler.KOMMANDO_ID);
        Object hash = kommando.getMetaData().get(Metadatanoegler.KOMMANDO_HASH);
        if (kommandoId != null && hash != null && resultat instanceof KommandoUdfald udfald) {
            log.gem(UUID.fromString(kommandoId.toString()), kommando.getPayloadType().getSimpleName(),
                    HexFormat.of().parseHex(hash.toString()), udfald);
        }
        return resultat;
    }
}
