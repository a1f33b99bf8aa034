package dk.careledger.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The OpenAPI document describes every command endpoint with its command's schema, as integrators see it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class OpenApiTest {

    @LocalServerPort
    int port;

    @Test
    void theServedOpenApiDocumentListsEveryCommandWithItsSchema() {
        JsonNode doc = new LedgerKlient(port).get("/v3/api-docs").krop();

        JsonNode paths = doc.get("paths");
        assertThat(paths.fieldNames()).toIterable().contains("/api/henvendelser", "/api/sager", "/api/sager/{sagId}/afgoerelser",
                "/api/sager/{sagId}/tidslinje", "/api/bevillinger", "/api/bevillinger/{bevillingId}/leveringer",
                "/api/bevillinger/{bevillingId}/opfoelgninger", "/api/forloeb", "/api/borgere", "/api/borgere/{borgerId}/glem");
        long postOperationer = 0;
        for (JsonNode sti : paths) {
            postOperationer += sti.has("post") ? 1 : 0;
        }
        assertThat(postOperationer).as("command endpoints").isGreaterThanOrEqualTo(33);
        JsonNode opretSag = doc.get("components").get("schemas").get("OpretSag").get("properties");
        assertThat(opretSag.get("sagId").get("type").asText()).isEqualTo("string");
        assertThat(opretSag.get("sagId").get("format").asText()).isEqualTo("uuid");
        assertThat(opretSag.get("ejer").get("type").asText()).isEqualTo("string");
        assertThat(opretSag.get("foelsomhed").get("enum")).hasSize(4);
    }

    @Test
    void theServedOpenApiDocumentDescribesTheIndexFeedsAndBorgerblikket() {
        JsonNode paths = new LedgerKlient(port).get("/v3/api-docs").krop().get("paths");

        assertThat(paths.fieldNames()).toIterable().contains("/api/feeds/{feed}/leverancer", "/api/feeds/{feed}/status",
                "/api/admin/feeds/sagsindeks/afstemning", "/api/admin/feeds/ydelsesindeks/afstemning", "/api/borgere/{borgerId}/borgerblik",
                "/api/borgerblik/konfiguration");
        JsonNode leverancer = paths.get("/api/feeds/{feed}/leverancer").get("get");
        assertThat(leverancer.get("parameters")).extracting(p -> p.get("name").asText()).contains("feed", "efter", "antal");
        assertThat(leverancer.get("responses").get("200").get("content").fieldNames()).toIterable()
                .contains("application/json", "application/xml");
    }

    @Test
    void givenTheOpenApiDocumentWhenReadThenItDescribesTheBearerSchemeAndNoIdentityHeaders() {
        LedgerKlient.Svar svar = new LedgerKlient(port).get("/v3/api-docs");
        JsonNode skema = svar.krop().get("components").get("securitySchemes").get("bearer");
        assertThat(skema.get("type").asText()).isEqualTo("http");
        assertThat(skema.get("scheme").asText()).isEqualTo("bearer");
        assertThat(skema.get("bearerFormat").asText()).isEqualTo("JWT");
        assertThat(svar.krop().get("security").get(0).has("bearer")).isTrue();
        assertThat(svar.raa().body()).doesNotContain("X-Bruger-Id").doesNotContain("X-Rolle").doesNotContain("X-Kommune")
                .doesNotContain("\"Bruger\"");
    }
}
