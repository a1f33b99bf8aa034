package dk.careledger.app.benchmark;

import dk.careledger.app.adgang.Adgangslog;
import dk.careledger.app.adgang.UmaaltAdgang;
import dk.careledger.domain.adgang.Laesningslog;
import dk.careledger.projection.motor.Projektion;
import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * What the benchmark adds to the application: the Axon peer ({@link AxonPeerProjektioner}), a tracking processor with
 * Axon's default settings (one thread, batch size 1) that starts at the head, so it does nothing until its own phase; and
 * a second HTTP connector on which the same endpoints answer without token verification and without the access log
 * ({@link UmaaltAdgang}), so the queries can be measured with and without them in one run (ADR 0019).
 */
@TestConfiguration
class BenchmarkKonfiguration {
    @Bean
    AxonPeerProjektioner axonPeerProjektioner(List<Projektion> projektioner) {
        return new AxonPeerProjektioner(projektioner);
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> umaaltConnector() {
        return f -> f.addAdditionalConnectors(UmaaltAdgang.connector());
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain umaaltKaede(HttpSecurity http) throws Exception {
        return UmaaltAdgang.kaede(http);
    }

    @Bean
    @Primary
    Laesningslog umaaltLaesningslog(Adgangslog log) {
        return UmaaltAdgang.udenLogPaaUmaalt(log);
    }

    @Bean
    ConfigurerModule axonPeerFraHoved() {
        return c -> c.eventProcessing(p -> p.registerTrackingEventProcessor(AxonPeerProjektioner.NAVN)
                .registerTrackingEventProcessorConfiguration(AxonPeerProjektioner.NAVN,
                        k -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andInitialTrackingToken(StreamableMessageSource::createHeadToken)));
    }
}
