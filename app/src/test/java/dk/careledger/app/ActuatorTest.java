package dk.careledger.app;

import dk.careledger.app.testsupport.Testtokens;
import dk.careledger.domain.adgang.Adgangsrolle;
import java.util.List;
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

        HttpResponse<String> prometheus = get("/actuator/prometheus", DRIFT);

        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("commandBus_successCounter_total").contains("commandBus_successTimer_seconds");
    }

    @Test
    void metricsEndpointNamesTheCommandBusMeters() throws Exception {
        HttpResponse<String> metrics = get("/actuator/metrics", DRIFT);

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("commandBus.");
    }

    @Test
    void givenNoCredentialOrACaseworkersWhenMetricsOrPrometheusAreAskedForThenTheyAre401And403AndHealthStaysOpen() throws Exception {
        String sagsbehandler = Testtokens.bearer(Testtokens.bruger("sb-1", Testtokens.AALBORG, Adgangsrolle.SAGSBEHANDLER));
        for (String sti : List.of("/actuator/metrics", "/actuator/prometheus", "/actuator/info")) {
            HttpResponse<String> uden = get(sti, null);
            assertThat(uden.statusCode()).as(sti).isEqualTo(401);
            assertThat(uden.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(uden.body()).contains("\"fejlkode\":\"IKKE_LOGGET_IND\"");
            HttpResponse<String> forkertRolle = get(sti, sagsbehandler);
            assertThat(forkertRolle.statusCode()).as(sti).isEqualTo(403);
            assertThat(forkertRolle.body()).contains("\"fejlkode\":\"MANGLER_RETTIGHED\"");
        }
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
    }

    private static final String DRIFT = Testtokens.bearer(Testtokens.bruger("drift", Testtokens.AALBORG, Adgangsrolle.DRIFT));

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, null);
    }

    private HttpResponse<String> get(String path, String adgang) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (adgang != null) {
            b.header("Authorization", adgang);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
