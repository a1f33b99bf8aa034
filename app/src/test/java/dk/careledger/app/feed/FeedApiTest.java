package dk.careledger.app.feed;

import dk.careledger.app.testsupport.Testtokens;
import dk.careledger.domain.adgang.Adgangsrolle;
import static dk.careledger.app.e2e.LedgerKlientAdgang.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.careledger.app.sag.Sagshandlinger;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.projection.motor.Projektionsmotor;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The pull feed over HTTP as a receiver meets it: work steps as registrations, cursors, pages, bad parameters, lag. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class FeedApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final LocalDate DAG = LocalDate.of(2026, 9, 1);

    @LocalServerPort
    int port;

    @Autowired
    Projektionsmotor motor;

    @Autowired
    MeterRegistry metrik;

    Sagshandlinger ledger;

    @BeforeEach
    void klient() {
        ledger = new Sagshandlinger(port);
    }

    private record Svar(int status, JsonNode krop, HttpResponse<String> raa) {
    }

    @Test
    void aNewSagIsImportedWithOpstaaetAndEachLaterWorkStepIsOneOpdaterWithItsTimeAndUser() throws Exception {
        long cursor = hoved();
        UUID borger = ledger.borger();
        UUID sag = ledger.sag(borger, ledger.kommune(), "27.36.04", "visitation-nord", "Hjælp efter udskrivning", DAG);
        List<JsonNode> foerste = minSag(sag, cursor);
        assertThat(foerste).hasSize(1);
        JsonNode importer = foerste.get(0);
        assertThat(importer.get("operation").asText()).isEqualTo("IMPORTER");
        assertThat(importer.get("aarsag").asText()).isEqualTo("HAENDELSE");
        assertThat(importer.at("/registrering/registrering/tilstande/0/fremdrift").asText()).isEqualTo("OPSTAAET");
        assertThat(importer.at("/registrering/registrering/brugerRef").asText()).isNotBlank();
        assertThat(importer.at("/registrering/titel").asText()).as("the sag is exempt: følsomme personoplysninger")
                .isEqualTo("Personlig og praktisk hjælp");
        assertThat(importer.at("/registrering/ikkeOffentligTitel").asText()).isEqualTo("Hjælp efter udskrivning");
        assertThat(importer.at("/registrering/primaerPart").asText()).startsWith("urn:oio:cpr-nr:");

        ledger.oplyst(sag, DAG.plusDays(3));
        ledger.afgoerelse(sag, "BEVILLING", DAG.plusDays(5), DAG.plusDays(6));
        List<JsonNode> alle = minSag(sag, cursor);
        assertThat(alle).extracting(l -> l.get("operation").asText()).containsExactly("IMPORTER", "OPDATER", "OPDATER");
        assertThat(alle.get(2).at("/registrering/registrering/tilstande")).extracting(t -> t.get("fremdrift").asText())
                .containsExactly("OPSTAAET", "OPLYST", "AFGJORT", "AFSLUTTET");
        assertThat(alle.get(2).at("/registrering/registrering/afgoerelsesklasse").asText()).isEqualTo("Bevilget");
        assertThat(alle).extracting(l -> l.get("leveranceId").asText()).doesNotHaveDuplicates();
    }

    @Test
    void aReceiverThatWasAwayContinuesFromItsCursorAndGetsEverythingSinceInOrder() throws Exception {
        UUID borger = ledger.borger();
        UUID sag = ledger.sag(borger, ledger.kommune(), "27.36.04", "visitation-syd", "Rehabilitering", DAG);
        assertThat(motor.venTilAjour(Duration.ofSeconds(30))).isTrue();
        long cursor = hoved();
        ledger.oplyst(sag, DAG.plusDays(1));
        UUID anden = ledger.sag(borger, ledger.kommune(), "27.36.04", "visitation-syd", "Madservice", DAG);
        ledger.afgoerelse(sag, "AFSLAG", DAG.plusDays(4), DAG.plusDays(4));
        assertThat(motor.venTilAjour(Duration.ofSeconds(30))).isTrue();

        List<JsonNode> siden = new ArrayList<>();
        long efter = cursor;
        while (true) {
            JsonNode side = get("/api/feeds/sagsindeks/leverancer?efter=" + efter + "&antal=1", "application/json").krop();
            if (side.get("leverancer").isEmpty()) {
                break;
            }
            siden.add(side.get("leverancer").get(0));
            efter = side.get("naeste").asLong();
        }
        assertThat(siden).extracting(l -> l.get("emneId").asText() + " " + l.get("operation").asText())
                .containsExactly(sag + " OPDATER", anden + " IMPORTER", sag + " OPDATER");
        assertThat(siden).extracting(l -> l.get("loebenummer").asLong()).containsExactly(cursor + 1, cursor + 2, cursor + 3);
    }

    @Test
    void aForgottenCitizensDeliveriesRenderWithoutCprAndWithoutTheSagsOwnTitle() throws Exception {
        long cursor = hoved();
        UUID borger = ledger.borger();
        UUID sag = ledger.sag(borger, ledger.kommune(), "27.36.04", "visitation-nord", "Særlig hjælp", DAG);
        assertThat(minSag(sag, cursor).get(0).at("/registrering/primaerPart").asText()).startsWith("urn:oio:cpr-nr:");
        ledger.ok(200, ledger.klient.post("/api/borgere/" + borger + "/glem", json("begrundelse", "Slettefrist udløbet")));

        JsonNode gengivet = minSag(sag, cursor).get(0).get("registrering");
        assertThat(gengivet.get("primaerPart").isNull()).isTrue();
        assertThat(gengivet.get("ikkeOffentligTitel").isNull()).isTrue();
        assertThat(gengivet.get("titel").asText()).isEqualTo("Personlig og praktisk hjælp");
        String xml = get("/api/feeds/sagsindeks/leverancer?efter=" + cursor + "&antal=1000", "application/xml").raa().body();
        assertThat(xml).doesNotContain("urn:oio:cpr-nr:").doesNotContain("Særlig hjælp").contains(sag.toString());
    }

    @Test
    void badCursorsAndPageSizesAre400NamingTheParameterAndAnUnknownFeedIs404() throws Exception {
        fejl(get("/api/feeds/sagsindeks/leverancer?efter=abc", "application/json"), 400, "PARAMETER_UGYLDIG", "efter");
        fejl(get("/api/feeds/sagsindeks/leverancer?efter=-1", "application/json"), 400, "PARAMETER_UGYLDIG", "efter");
        fejl(get("/api/feeds/sagsindeks/leverancer?efter=" + (hoved() + 1), "application/json"), 400, "CURSOR_I_FREMTIDEN", "efter");
        fejl(get("/api/feeds/ydelsesindeks/leverancer?antal=0", "application/json"), 400, "PARAMETER_UGYLDIG", "antal");
        fejl(get("/api/feeds/ydelsesindeks/leverancer?antal=mange", "application/xml"), 400, "PARAMETER_UGYLDIG", "antal");
        fejl(get("/api/feeds/personindeks/leverancer", "application/json"), 404, "FEED_UKENDT", "feed");
    }

    @Test
    void aPageSizeAboveTheMaximumIsClampedAndTheAnswerSaysSo() throws Exception {
        // the integration sees only its own kommune's deliveries (ADR 0019): give it one
        ledger.sag(ledger.borger(), ledger.kommune(), "27.36.04", "visitation-nord", "Sidestørrelse", DAG);
        hoved();
        Svar svar = get("/api/feeds/sagsindeks/leverancer?efter=0&antal=5000", "application/json");
        assertThat(svar.status()).isEqualTo(200);
        assertThat(svar.krop().get("antal").asInt()).isEqualTo(1000);
        assertThat(svar.krop().get("antalBegraenset").asBoolean()).isTrue();
        assertThat(svar.raa().headers().firstValue("X-Antal-Begraenset")).isPresent();
        HttpResponse<String> xml = get("/api/feeds/sagsindeks/leverancer?efter=0&antal=5000", "application/xml").raa();
        assertThat(xml.body()).contains("antalBegraenset=\"true\"").contains("antal=\"1000\"").endsWith("</Leverancer>");
        assertThat(xml.headers().firstValue("Content-Type")).hasValue("application/xml");
        assertThat(get("/api/feeds/sagsindeks/leverancer?efter=0&antal=1", "text/xml").raa().headers().firstValue("Content-Type"))
                .as("a client that accepts only text/xml is answered as such").hasValue("text/xml");
        assertThat(xml.headers().firstValue("X-Antal-Begraenset")).as("a streamed page still says it was clamped").isPresent();
    }

    @Test
    void aFeedThatHasCaughtUpReportsNoLagAndNoBlockedRegistrationsAndPublishesItsMetrics() throws Exception {
        ledger.sag(ledger.borger(), ledger.kommune(), "27.36.04", "visitation-nord", "Hjælpemidler", DAG);
        assertThat(motor.venTilAjour(Duration.ofSeconds(30))).isTrue();
        for (String feed : List.of("sagsindeks", "ydelsesindeks")) {
            JsonNode status = get("/api/feeds/" + feed + "/status", "application/json").krop();
            assertThat(status.get("blokerede").asLong()).as(feed).isZero();
            assertThat(status.get("efterslaebHaendelser").asDouble()).as(feed).isZero();
            assertThat(metrik.find("ledger.feed.efterslaeb.haendelser").tag("feed", feed.toUpperCase()).gauge().value()).isZero();
        }
        assertThat(metrik.find("ledger.feed.leverancer").tag("feed", "SAGSINDEKS").counters()).isNotEmpty();
    }

    @Test
    void reconciliationOnRequestNeedsALoggedInUserAndASecondOneFindsNothingLeftToCorrect() throws Exception {
        ledger.sag(ledger.borger(), ledger.kommune(), "27.36.04", "visitation-nord", "Afstemning", DAG);
        assertThat(motor.venTilAjour(Duration.ofSeconds(30))).isTrue();
        for (String feed : List.of("sagsindeks", "ydelsesindeks")) {
            String sti = "/api/admin/feeds/" + feed + "/afstemning";
            fejl(post(sti, null), 401, "IKKE_LOGGET_IND", "Authorization");
            assertThat(post(sti, "drift").status()).isEqualTo(200);
            long hoved = get("/api/feeds/" + feed + "/status", "application/json").krop().get("hoved").asLong();

            Svar igen = post(sti, "drift");

            assertThat(igen.status()).as(igen.raa().body()).isEqualTo(200);
            assertThat(igen.krop().get("rettede").asInt()).as(feed).isZero();
            assertThat(get("/api/feeds/" + feed + "/status", "application/json").krop().get("hoved").asLong()).isEqualTo(hoved);
        }
    }

    private Svar post(String sti, String bruger) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + sti)).POST(HttpRequest.BodyPublishers.noBody());
        if (bruger != null) {
            b.header("Authorization", Testtokens.bearer(Testtokens.bruger(bruger, ledger.kommune(), Adgangsrolle.DRIFT)));
        }
        HttpResponse<String> svar = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Svar(svar.statusCode(), svar.body().startsWith("{") ? JSON.readTree(svar.body()) : null, svar);
    }

    /** The deliveries of one sag after the cursor, once the feed has caught up. */
    private List<JsonNode> minSag(UUID sag, long efter) throws Exception {
        assertThat(motor.venTilAjour(Duration.ofSeconds(30))).isTrue();
        JsonNode side = get("/api/feeds/sagsindeks/leverancer?efter=" + efter + "&antal=1000", "application/json").krop();
        List<JsonNode> ud = new ArrayList<>();
        side.get("leverancer").forEach(l -> {
            if (l.get("emneId").asText().equals(sag.toString())) {
                ud.add(l);
            }
        });
        return ud;
    }

    private long hoved() throws Exception {
        assertThat(motor.venTilAjour(Duration.ofSeconds(30))).isTrue();
        return get("/api/feeds/sagsindeks/status", "application/json").krop().get("hoved").asLong();
    }

    private static void fejl(Svar svar, int status, String fejlkode, String felt) {
        assertThat(svar.status()).as(svar.raa().body()).isEqualTo(status);
        assertThat(svar.krop().get("fejlkode").asText()).isEqualTo(fejlkode);
        assertThat(svar.krop().get("felt").asText()).isEqualTo(felt);
    }

    private Svar get(String sti, String accept) throws Exception {
        HttpResponse<String> svar = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + sti)).header("Accept", accept)
                .header("Authorization", Testtokens.bearer(Testtokens.bruger("integration", ledger.kommune(), Adgangsrolle.INTEGRATION)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonNode krop = svar.body().startsWith("{") ? JSON.readTree(svar.body()) : null;
        return new Svar(svar.statusCode(), krop, svar);
    }
}
