package dk.careledger.app.generator;

import dk.careledger.app.testsupport.Testtokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

/** Sends commands to the REST API as one user, role and kommune, each with a fresh command id. */
final class HttpKlient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String bruger;
    private final String rolle;
    private final String kommune;

    HttpKlient(int port, String bruger, String rolle, String kommune) {
        this.base = "http://localhost:" + port;
        this.bruger = bruger;
        this.rolle = rolle;
        this.kommune = kommune;
    }

    record Svar(int status, JsonNode krop) {
    }

    Svar post(String sti, Map<String, ?> krop) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + sti))
                    .header("Content-Type", "application/json")
                    .header("Authorization", Testtokens.bearer(bruger, rolle, kommune))
                    .header("X-Kommando-Id", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(krop)))
                    .build();
            HttpResponse<String> svar = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode node = svar.body() == null || svar.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(svar.body());
            return new Svar(svar.statusCode(), node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
