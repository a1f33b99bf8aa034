package dk.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.messaging.GenericMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Operations can see that the ledger is up and what its command bus is doing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class ActuatorTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    CommandBus commandBus;
    @Autowired
    CommandGateway commandGateway;

    @Test
    void healthIsUpIncludingTheDatabase() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"db\"");
    }

    @Test
    void prometheusListsAxonCommandBusMetrics() throws Exception {
        Registration registration = commandBus.subscribe("metrics-probe", command -> "ok");
        try {
            commandGateway.sendAndWait(new GenericCommandMessage<>(new GenericMessage<>("probe"), "metrics-probe"));
        } finally {
            registration.cancel();
        }

        HttpResponse<String> prometheus = get("/actuator/prometheus");

        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("commandBus_successCounter_total").contains("commandBus_successTimer_seconds");
    }

    @Test
    void metricsEndpointNamesTheCommandBusMeters() throws Exception {
        HttpResponse<String> metrics = get("/actuator/metrics");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("commandBus.");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
