package dk.careledger.app.benchmark;

import dk.careledger.projection.motor.Projektion;
import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What the benchmark adds to the application: the Axon peer ({@link AxonPeerProjektioner}), a tracking processor with
 * Axon's default settings (one thread, batch size 1) that starts at the head, so it does nothing until its own phase.
 */
@TestConfiguration
class BenchmarkKonfiguration {
    @Bean
    AxonPeerProjektioner axonPeerProjektioner(List<Projektion> projektioner) {
        return new AxonPeerProjektioner(projektioner);
    }

    @Bean
    ConfigurerModule axonPeerFraHoved() {
        return c -> c.eventProcessing(p -> p.registerTrackingEventProcessor(AxonPeerProjektioner.NAVN)
                .registerTrackingEventProcessorConfiguration(AxonPeerProjektioner.NAVN,
                        k -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andInitialTrackingToken(StreamableMessageSource::createHeadToken)));
    }
}
