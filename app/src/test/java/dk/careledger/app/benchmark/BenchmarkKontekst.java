package dk.careledger.app.benchmark;

import dk.careledger.app.bevis.Bevisnoegle;
import dk.careledger.app.bevis.Forsegler;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.arbejdsbyrde.Bulkindlaeser;
import dk.careledger.projection.motor.Projektion;
import dk.careledger.projection.motor.Projektionsmotor;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole application on a fresh embedded database, with the benchmark's additions ({@link BenchmarkKonfiguration}),
 * and the harness built from its beans: shared by the benchmark run and its CI smoke test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
@Import(BenchmarkKonfiguration.class)
abstract class BenchmarkKontekst {
    @Autowired
    Bulkindlaeser bulkindlaeser;
    @Autowired
    Projektionsmotor motor;
    @Autowired
    List<Projektion> projektioner;
    @Autowired
    AxonPeerProjektioner peer;
    @Autowired
    EventProcessingConfiguration processering;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @LocalServerPort
    int port;
    @Autowired
    Forsegler forsegler;
    @Autowired
    Bevisnoegle bevisnoegle;

    Benchmarkharness harness(Indstillinger ind, Fremskridt fremskridt) {
        TrackingEventProcessor peerProcessor = processering.eventProcessor(AxonPeerProjektioner.NAVN, TrackingEventProcessor.class)
                .orElseThrow();
        return new Benchmarkharness(ind, bulkindlaeser, motor, projektioner, peer, peerProcessor, jdbc, dataSource, port, fremskridt, forsegler,
                bevisnoegle);
    }
}
