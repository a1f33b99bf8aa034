package dk.careledger.commandside.bevilling;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The revisitation process is a tracking processor that starts at the head: it reacts to new opfølgninger only.
 *
 * <p>Its position at the head is stored while the application starts, before any processor or the web server does
 * ({@link #revisitationsProcesPositionVedStart}): left to Axon, the processor's launcher thread takes the head
 * whenever it first gets to run — after a failed first claim, five seconds later — and an E4 recorded in between was
 * before that head and never reacted to (the cause of the 1-in-6 failures of BulkindlaesningTest and
 * SagensLivsforloebEndToEndTest). And an error in the handler is propagated, so the processor retries the event, as
 * the process's refusal handling expects; Axon's default error handler logs it and moves on.
 */
@Configuration(proxyBeanMethods = false)
public class RevisitationsProcesConfig {

    @Bean
    public ConfigurerModule revisitationsProcesFraHoved() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(RevisitationsProces.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(RevisitationsProces.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance())
                .registerTrackingEventProcessorConfiguration(RevisitationsProces.PROCESSING_GROUP,
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andInitialTrackingToken(StreamableMessageSource::createHeadToken)));
    }

    /** On the first start (no stored position), the head of the store now, in the processor's one segment. */
    @Bean
    public InitializingBean revisitationsProcesPositionVedStart(TokenStore tokenStore, EventStore eventStore,
            PlatformTransactionManager transaktioner) {
        return () -> new TransactionTemplate(transaktioner).executeWithoutResult(t -> {
            if (tokenStore.fetchSegments(RevisitationsProces.PROCESSING_GROUP).length == 0) {
                tokenStore.initializeTokenSegments(RevisitationsProces.PROCESSING_GROUP, 1, eventStore.createHeadToken());
            }
        });
    }
}
