package dk.careledger.app.adgang;

import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The browser's session log-in (ADR 0019): a demo user's session acts as that user, changes need the custom header. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class SessionslogindTest {
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String metode, String sti, String cookie, String krop, Map<String, String> headere) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + sti));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        headere.forEach(b::header);
        b.method(metode, krop == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(krop));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void givenABrowserLoggedInAsADemoUserWhenItReadsAndWritesThenItActsAsThatUserAndAChangeWithoutTheCustomHeaderIs403() throws Exception {
        HttpResponse<String> login = send("POST", "/api/login/session", null, "bruger=sagsbehandler-aalborg",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
        String cookie = setCookie.split(";")[0];

        assertThat(send("GET", "/api/arbejdslister/henvendelser", cookie, null, Map.of()).statusCode()).isEqualTo(200);
        String borger = "{\"borgerId\":\"" + UUID.randomUUID() + "\",\"identtype\":\"ANONYM\"}";
        HttpResponse<String> udenHeader = send("POST", "/api/borgere", cookie, borger, Map.of("Content-Type", "application/json"));
        assertThat(udenHeader.statusCode()).isEqualTo(403);
        assertThat(udenHeader.body()).contains("\"fejlkode\":\"CSRF_HEADER_MANGLER\"");
        HttpResponse<String> medHeader = send("POST", "/api/borgere", cookie, borger,
                Map.of("Content-Type", "application/json", "X-Requested-With", "fetch"));
        assertThat(medHeader.statusCode()).as(medHeader.body()).isEqualTo(201);
        assertThat(send("GET", "/api/admin/projektioner", cookie, null, Map.of()).statusCode()).as("the user's roles only").isEqualTo(403);

        assertThat(send("POST", "/api/login/session/slut", cookie, null, Map.of()).statusCode()).as("a cross-site log-out").isEqualTo(403);
        assertThat(send("POST", "/api/login/session/slut", cookie, null, Map.of("X-Requested-With", "fetch")).statusCode()).isEqualTo(204);
        HttpResponse<String> efter = send("GET", "/api/arbejdslister/henvendelser", cookie, null, Map.of());
        assertThat(efter.statusCode()).isEqualTo(401);
        assertThat(efter.body()).contains("\"fejlkode\":\"IKKE_LOGGET_IND\"");
    }

    @Test
    void givenAnUnknownUserOrAForgedSessionCookieWhenTheyTryThenThereIsNoSession() throws Exception {
        HttpResponse<String> login = send("POST", "/api/login/session", null, "bruger=ingen",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(login.statusCode()).isEqualTo(401);
        assertThat(login.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(send("GET", "/api/arbejdslister/henvendelser", "JSESSIONID=" + UUID.randomUUID(), null, Map.of()).statusCode()).isEqualTo(401);
    }
}
