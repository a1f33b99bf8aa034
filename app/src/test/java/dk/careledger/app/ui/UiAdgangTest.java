package dk.careledger.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.app.testsupport.Testtokens;
import dk.careledger.domain.adgang.Adgangsrolle;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may use the UI's pages (issue 16, ADR 0023), over plain HTTP: no session is the log-in page, a bearer token is
 * not a session, a form without the CSRF token is refused and changes nothing, a user without a caseworker's role gets
 * a 403 page, and every page of the UI names its roles. ({@code AdgangTest} walks the API; the UI answers a browser.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class UiAdgangTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMappings;

    private HttpClient klient() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> get(HttpClient k, String sti, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + sti)).GET();
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return k.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient k, String sti, String form) throws Exception {
        return k.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + sti)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Logs in through the log-in page, with the CSRF token the page gave. */
    private HttpClient logInd(String bruger) throws Exception {
        HttpClient k = klient();
        Matcher m = CSRF.matcher(get(k, "/login", null).body());
        assertThat(m.find()).as("the log-in form carries a CSRF token").isTrue();
        HttpResponse<String> svar = post(k, "/login", "bruger=" + bruger + "&_csrf=" + m.group(1));
        assertThat(svar.statusCode()).isEqualTo(302);
        assertThat(svar.headers().firstValue("Location").orElse("")).endsWith("/");
        return k;
    }

    @Test
    void givenNoSessionWhenAPageIsOpenedThenTheBrowserIsSentToTheLogInPage() throws Exception {
        for (String sti : new String[] {"/", "/indbakke", "/borger", "/sag/" + java.util.UUID.randomUUID()}) {
            HttpResponse<String> svar = get(klient(), sti, null);
            assertThat(svar.statusCode()).as(sti).isEqualTo(302);
            assertThat(svar.headers().firstValue("Location").orElse("")).as(sti).endsWith("/login");
        }
    }

    @Test
    void givenABearerTokenButNoSessionWhenAPageIsOpenedThenItIsTheLogInPageStill() throws Exception {
        String token = Testtokens.bearer(Testtokens.bruger("sb", "29189420", Adgangsrolle.SAGSBEHANDLER));
        HttpResponse<String> svar = get(klient(), "/", token);
        assertThat(svar.statusCode()).isEqualTo(302);
        assertThat(svar.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void givenASessionWhenAFormIsPostedWithoutTheCsrfTokenThenItIsRefused() throws Exception {
        HttpClient k = logInd("sagsbehandler-aalborg");
        assertThat(get(k, "/", null).statusCode()).isEqualTo(200);
        HttpResponse<String> svar = post(k, "/sag/" + java.util.UUID.randomUUID() + "/handling/oplyst", "oplystDato=1.12.2026");
        assertThat(svar.statusCode()).isEqualTo(403);
    }

    @Test
    void givenAUserWithoutACaseworkersRoleWhenTheyOpenTheStartPageThenTheyAreToldTheyHaveNoAccess() throws Exception {
        HttpClient k = logInd("konfiguration-aalborg");
        HttpResponse<String> svar = get(k, "/", null);
        assertThat(svar.statusCode()).isEqualTo(403);
        assertThat(svar.body()).contains("Du har ikke adgang til siden");
    }

    @Test
    void givenALeverandoerWhenTheyOpenTheStartPageThenTheyAreSentToTheirOwnViewAndTheCaseworkersPagesAreClosedToThem() throws Exception {
        HttpClient k = logInd("leverandoer-aalborg");
        HttpResponse<String> start = get(k, "/", null);
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location").orElse("")).endsWith("/leverandoer");
        assertThat(get(k, "/indbakke", null).statusCode()).isEqualTo(403);
        assertThat(get(k, "/borger", null).statusCode()).isEqualTo(403);
        assertThat(get(k, "/leverandoer", null).statusCode()).isEqualTo(200);
        assertThat(get(logInd("sagsbehandler-aalborg"), "/leverandoer", null).statusCode()).as("a caseworker's place is not there")
                .isEqualTo(403);
    }

    @Test
    void givenEveryPageOfTheUiThenItNamesItsRolesAndExcludesSome() {
        int sider = 0;
        for (HandlerMethod h : handlerMappings.getHandlerMethods().values()) {
            if (!h.getBeanType().getPackageName().startsWith("dk.careledger.ui")) {
                continue;
            }
            sider++;
            Adgangsrolle[] krav = dk.careledger.app.adgang.Rettighedsvagt.krav(h);
            assertThat(krav).as("%s names its roles", h).isNotNull();
            assertThat(krav.length).as("%s excludes a role", h).isLessThan(Adgangsrolle.values().length);
        }
        assertThat(sider).isGreaterThanOrEqualTo(8);
    }
}
