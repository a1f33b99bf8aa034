package dk.careledger.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;

    @Test
    void theDocumentHasATitleAVersionAndIsValidOpenApi3() {
        LedgerKlient.Svar svar = new LedgerKlient(port).get("/v3/api-docs");

        assertThat(svar.krop().get("info").get("title").asText()).startsWith("Care ledger");
        assertThat(svar.krop().get("info").get("version").asText()).isNotBlank().isNotEqualTo("v0").doesNotContain("@");
        io.swagger.v3.parser.core.models.SwaggerParseResult resultat = new io.swagger.v3.parser.OpenAPIV3Parser().readContents(svar.raa().body());
        assertThat(resultat.getMessages()).as("the OpenAPI 3 parser's complaints").isEmpty();
        assertThat(resultat.getOpenAPI()).isNotNull();
    }

    @Test
    void everyCommandDocumentsItsHeadersNoHeadersObjectAndCreatesAnswer201() {
        JsonNode paths = new LedgerKlient(port).get("/v3/api-docs").krop().get("paths");
        int kommandoer = 0;
        for (java.util.Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> sti = it.next();
            for (java.util.Iterator<Map.Entry<String, JsonNode>> ops = sti.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                List<String> parametre = new java.util.ArrayList<>();
                op.getValue().path("parameters").forEach(p -> parametre.add(p.get("name").asText()));
                assertThat(parametre).as("%s %s", op.getKey(), sti.getKey()).doesNotContain("headers");
                if (parametre.contains("X-Kommando-Id")) {
                    kommandoer++;
                    op.getValue().get("parameters").forEach(p -> {
                        if (p.get("name").asText().equals("X-Kommando-Id")) {
                            assertThat(p.get("required").asBoolean()).isTrue();
                            assertThat(p.get("in").asText()).isEqualTo("header");
                        }
                    });
                }
            }
        }
        assertThat(kommandoer).as("commands documenting X-Kommando-Id").isGreaterThanOrEqualTo(30);
        assertThat(paths.get("/api/leverancer").get("post").get("parameters").toString()).contains("X-Kommando-Id");
        assertThat(paths.get("/api/sager").get("post").get("responses").has("201")).isTrue();
        assertThat(paths.get("/api/sager").get("post").get("responses").get("201").get("headers").has("Location")).isTrue();
        assertThat(paths.get("/api/sager").get("post").get("responses").has("200")).isFalse();
        assertThat(paths.get("/api/sager/{sagId}/afgoerelser").get("post").get("responses").has("200")).isTrue();
        assertThat(paths.get("/api/borgere").get("post").get("responses").has("201")).isTrue();
    }

    @Test
    void everyOperationDocumentsItsRefusalsAsProblemDocuments() {
        JsonNode doc = new LedgerKlient(port).get("/v3/api-docs").krop();
        assertThat(doc.get("components").get("schemas").get("Problem").get("properties").has("fejlkode")).isTrue();
        doc.get("paths").fields().forEachRemaining(sti -> sti.getValue().forEach(op -> {
            JsonNode svar = op.get("responses");
            svar.fieldNames().forEachRemaining(kode -> {
                if (kode.startsWith("4") || kode.startsWith("5")) {
                    assertThat(svar.get(kode).get("content").has("application/problem+json")).as("%s in %s", kode, op.get("operationId")).isTrue();
                }
            });
            if (sti.getKey().startsWith("/api/") && !sti.getKey().startsWith("/api/login/")) {
                assertThat(svar.has("401")).as("401 in %s", op.get("operationId")).isTrue();
                assertThat(svar.has("403")).as("403 in %s", op.get("operationId")).isTrue();
            }
        }));
        JsonNode kommando = doc.get("paths").get("/api/bevillinger/{bevillingId}/leveringer").get("post").get("responses");
        assertThat(kommando.fieldNames()).toIterable().contains("200", "400", "401", "403", "404", "409", "415", "422", "503");
        JsonNode katalog = doc.get("paths").get("/api/katalog").get("get").get("responses");
        assertThat(katalog.fieldNames()).as("no input, nothing looked up: no 400 or 404").toIterable().doesNotContain("400", "404");
    }

    @Test
    void everyRequestMappingOfTheApiIsInTheDocument() {
        JsonNode paths = new LedgerKlient(port).get("/v3/api-docs").krop().get("paths");
        List<String> mangler = new java.util.ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getName().startsWith("org.springdoc.")
                    || handler.hasMethodAnnotation(io.swagger.v3.oas.annotations.Hidden.class)
                    || handler.getBeanType().isAnnotationPresent(io.swagger.v3.oas.annotations.Hidden.class)) {
                return;
            }
            for (String moenster : info.getPatternValues()) {
                if (!moenster.startsWith("/api/") && !moenster.startsWith("/oauth2/")) {
                    continue;
                }
                for (org.springframework.web.bind.annotation.RequestMethod m : info.getMethodsCondition().getMethods()) {
                    JsonNode sti = paths.get(moenster);
                    if (sti == null || !sti.has(m.name().toLowerCase(java.util.Locale.ROOT))) {
                        mangler.add(m + " " + moenster);
                    }
                }
            }
        });
        assertThat(mangler).as("mappings missing from the OpenAPI document").isEmpty();
    }

    @Test
    void swaggerUiIsServedToALoggedInUserAndNotToAnyoneElse() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.URI uri = java.net.URI.create("http://localhost:" + port + "/swagger-ui/index.html");
        java.net.http.HttpResponse<String> side = http.send(java.net.http.HttpRequest.newBuilder(uri)
                .header("Authorization", dk.careledger.app.testsupport.Testtokens.bearer("sb-0001", "SAGSBEHANDLER", LedgerKlient.AALBORG)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        java.net.http.HttpResponse<String> uden = http.send(java.net.http.HttpRequest.newBuilder(uri).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(side.statusCode()).isEqualTo(200);
        assertThat(side.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(side.body()).contains("swagger-ui");
        assertThat(uden.statusCode()).isEqualTo(401);
    }
}
