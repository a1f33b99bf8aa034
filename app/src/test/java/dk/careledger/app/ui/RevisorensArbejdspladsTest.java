package dk.careledger.app.ui;

import static dk.careledger.app.e2e.LedgerKlientAdgang.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.careledger.app.e2e.Cprnumre;
import dk.careledger.app.e2e.LedgerKlientAdgang;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.app.testsupport.Vent;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The revisor's pages in a real browser (issue 17 item 5, ADR 0027): the demo revisor of Aalborg logs in and lands on the
 * proof's status; finds who did what by user; opens a citizen by CPR and sees their facts across sager and bevillinger,
 * then a sag's timeline, both with the aktindsigt buttons, whose files are the export (JSON with the proof, printable
 * HTML). Every page passes axe-core's WCAG 2.1 A/AA rules; the revisor of Aarhus sees none of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RevisorensArbejdspladsTest {
    static final String AALBORG = "29189420";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Browser browser;
    final String navn = "Revisa Testesen " + UUID.randomUUID().toString().substring(0, 4);
    final String cpr = Cprnumre.tilfaeldigt();
    UUID borger;
    UUID sag;
    String sagsbehandler;

    @BeforeAll
    void enBorgerMedEnSagOgEnBevilling() {
        assumeTrue(Browser.findes(), "chromium-driver is not installed (apt-get install chromium chromium-driver; .ci/run does it)");
        browser = new Browser(port);
        sagsbehandler = "sb-rev-" + UUID.randomUUID().toString().substring(0, 8);
        LedgerKlientAdgang api = new LedgerKlientAdgang(port, AALBORG).som(sagsbehandler, "SAGSBEHANDLER,LEDER");
        LedgerKlientAdgang.Svar b = api.post("/api/borgere", json("borgerId", UUID.randomUUID(), "identtype", "CPR", "identifikator", cpr, "navn", navn));
        borger = UUID.fromString(b.krop().get("borgerId").asText());
        sag = UUID.randomUUID();
        ok(api.post("/api/sager", json("sagId", sag, "borgerId", borger, "ejer", AALBORG, "ansvarligEnhed", "visitation-revision",
                "kleNummer", "27.36.04", "handlingsfacet", "G01", "foelsomhed", "FORTROLIGE_PERSONOPLYSNINGER", "titel", "Personlig pleje",
                "opstaaetDato", "2026-03-03")));
        UUID afgoerelse = UUID.randomUUID();
        ok(api.post("/api/sager/" + sag + "/afgoerelser", json("afgoerelseId", afgoerelse, "type", "BEVILLING", "hjemmel", "SEL § 83",
                "begrundelse", "Har brug for hjælp morgen og aften", "klagevejledningGivet", true, "truffetDato", "2026-03-13",
                "uoplystBegrundelse", "Akut")));
        ok(api.post("/api/bevillinger", json("bevillingId", UUID.randomUUID(), "borgerId", borger, "sagId", sag, "afgoerelseId", afgoerelse,
                "indsatsKode", "SEL-83-PP", "startdato", "2026-03-16", "omfang", json("minutter", 25, "periode", "PR_DAG", "gange", 2),
                "bevilgetDato", "2026-03-13")));
        Vent.til(() -> jdbc.queryForObject("SELECT count(*) FROM handling WHERE borger_id = ?", Long.class, borger) >= 4,
                "the handlinger projection has the citizen's facts");
    }

    @AfterAll
    void lukBrowseren() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void givenTheDemoRevisorWhenTheyLogInThenTheyLandOnTheRevisionPageWithTheProofsStatus() throws Exception {
        browser.aabn("/login");
        browser.find("#bruger-revisor-aalborg").click();
        browser.find("form button[type=submit]").click();
        browser.vent(() -> browser.titel().equals("Revision"));
        browser.tilgaengelig();

        assertThat(browser.tekst()).contains("Hændelsesloggen og adgangsloggen stemmer med deres beviser").contains("Hændelser")
                .contains("Adgangslog").contains("Hvem gjorde hvad");
        assertThat(browser.alle("nav a[href='/revisor']")).as("the revisor's link in the menu").hasSize(1);
        assertThat(browser.alle("nav a[href='/indbakke']")).as("no link to the caseworker's pages, which are not the revisor's").isEmpty();
        browser.skaermbillede(SagsbehandlerensArbejdspladsTest.SKAERMBILLEDER.resolve("revisor.png"));
    }

    @Test
    @Order(2)
    void givenTheRevisorWhenTheyAskWhoDidWhatByAUserThenTheFactsAreListedWithTheReasonDecrypted() {
        browser.aabn("/revisor/handlinger");
        browser.skriv("f-bruger", sagsbehandler);
        browser.send("f-bruger");

        assertThat(browser.tekst()).contains("Sag oprettet").contains("Afgørelse truffet").contains("Bevilling givet")
                .contains("Har brug for hjælp morgen og aften").contains("visitation-revision");
    }

    @Test
    @Order(3)
    void givenTheRevisorWhenTheyFindTheCitizenByCprThenTheySeeTheirFactsAndTheAktindsigtButtonsAndTheSagsTimeline() throws Exception {
        browser.aabn("/revisor");
        browser.skriv("revisor-cpr", cpr);
        browser.send("revisor-cpr");

        assertThat(browser.titel()).isEqualTo(navn);
        assertThat(browser.tekst()).contains("Alle fakta om borgeren").contains("Afgørelse truffet").contains("Hent udskrift (HTML)")
                .contains("Hent data med bevis (JSON)");
        assertThat(browser.find("a[href$='/revisor/aktindsigt/borger/" + borger + ".json']").getText()).isEqualTo("Hent data med bevis (JSON)");
        browser.skaermbillede(SagsbehandlerensArbejdspladsTest.SKAERMBILLEDER.resolve("revisor-borger.png"));

        browser.find("a[href='/revisor/sag/" + sag + "']").click();
        browser.vent(() -> browser.titel().equals("Sagens tidslinje"));
        browser.tilgaengelig();
        assertThat(browser.tekst()).contains("Sag oprettet").contains("Afgørelse truffet").contains("truffetDato 2026-03-13")
                .contains("Har brug for hjælp morgen og aften");
        assertThat(browser.alle("a[href$='/revisor/aktindsigt/sag/" + sag + ".html']")).hasSize(1);
    }

    @Test
    @Order(6)
    void givenTheRevisorOnTheSagsTimelineWhenTheyPickARecordTimeAndAValidDayThenTheySeeWhatWasKnownAndInEffectAndWhichInstantsItIs() {
        String nu = java.time.LocalDateTime.now(dk.careledger.domain.felles.Tidszone.DANMARK).withNano(0).toString();
        browser.aabn("/revisor/sag/" + sag);
        assertThat(browser.find("#tidsangivelse").getText()).isEqualTo("Viser sagen, som journalen kender den nu.");
        assertThat(browser.alle("#f-kendt[type=datetime-local]")).hasSize(1);
        assertThat(browser.alle("#f-gaeldende[type=date]")).hasSize(1);

        browser.aabn("/revisor/sag/" + sag + "?kendtPr=" + nu + "&gaeldendePr=2026-03-10");
        browser.vent(() -> browser.titel().equals("Sagens tidslinje"));
        browser.tilgaengelig();

        assertThat(browser.find("#tidsangivelse").getText()).as("the instants the page shows")
                .startsWith("Viser det journalen kendte pr.").contains("med virkning senest 2026-03-10");
        assertThat(browser.tekst()).as("the sag had arisen by the 10th, the afgørelse was made on the 13th").contains("Sag oprettet")
                .doesNotContain("Afgørelse truffet");
        assertThat(browser.find("#f-gaeldende").getAttribute("value")).as("the picked day is kept").isEqualTo("2026-03-10");
    }

    @Test
    @Order(4)
    void givenTheRevisorsSessionWhenTheExportButtonsAreFollowedThenTheyGiveTheJsonWithItsProofAndThePrintablePage() throws Exception {
        HttpClient revisor = logInd("revisor-aalborg");

        HttpResponse<String> json = get(revisor, "/revisor/aktindsigt/borger/" + borger + ".json");
        HttpResponse<String> html = get(revisor, "/revisor/aktindsigt/sag/" + sag + ".html");

        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains(".json");
        JsonNode a = new ObjectMapper().readTree(json.body());
        assertThat(a.get("borger").get("navn").asText()).isEqualTo(navn);
        assertThat(a.get("fakta").size()).isGreaterThanOrEqualTo(4);
        assertThat(a.get("bevis").get("logs").get(0).get("segmenter").size()).isPositive();
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(html.body()).contains("Aktindsigt i sag").contains(navn).contains("Afgørelse truffet");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM adgangslog WHERE borger_id = ? AND visning = 'aktindsigt' AND bruger_id = 'revisor-aalborg'",
                Long.class, borger)).isEqualTo(2);
    }

    @Test
    @Order(5)
    void givenTheRevisorOfAnotherKommuneWhenTheyOpenTheCitizenTheSagOrTheExportThenItDoesNotExistForThem() throws Exception {
        HttpClient aarhus = logInd("revisor-aarhus");

        assertThat(get(aarhus, "/revisor/borger/" + borger).statusCode()).isEqualTo(404);
        assertThat(get(aarhus, "/revisor/sag/" + sag).statusCode()).isEqualTo(404);
        assertThat(get(aarhus, "/revisor/aktindsigt/borger/" + borger + ".json").statusCode()).isEqualTo(404);
        assertThat(get(logInd("sagsbehandler-aalborg"), "/revisor").statusCode()).as("the pages are the revisor's").isEqualTo(403);
    }

    /** Logs in through the log-in page over plain HTTP, with the CSRF token the page gave, keeping the session cookie. */
    private HttpClient logInd(String bruger) throws Exception {
        HttpClient k = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        Matcher m = CSRF.matcher(get(k, "/login").body());
        assertThat(m.find()).isTrue();
        HttpResponse<String> svar = k.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("bruger=" + bruger + "&_csrf=" + m.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(svar.statusCode()).isEqualTo(302);
        return k;
    }

    private HttpResponse<String> get(HttpClient k, String sti) throws Exception {
        return k.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + sti)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void ok(LedgerKlientAdgang.Svar s) {
        assertThat(s.status()).as("%s", s.krop()).isIn(200, 201);
    }
}
