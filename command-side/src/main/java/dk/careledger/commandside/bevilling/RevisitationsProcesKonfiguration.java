package dk.careledger.commandside.bevilling;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The revisitation process is a tracking processor that starts at the head: it reacts to new opfølgninger only. */
@Configuration(proxyBeanMethods = false)
public class RevisitationsProcesKonfiguration {

    @Bean
    public ConfigurerModule revisitationsProcesFraHoved() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(RevisitationsProces.PROCESSING_GROUP)
                .registerTrackingEventProcessorConfiguration(RevisitationsProces.PROCESSING_GROUP,
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andInitialTrackingToken(StreamableMessageSource::createHeadToken)));
    }
}
