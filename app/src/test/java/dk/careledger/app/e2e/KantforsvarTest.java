package dk.careledger.app.e2e;

import dk.careledger.app.testsupport.Testtokens;
import static dk.careledger.app.e2e.LedgerKlient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One regression test for each way a client could once stop a projection or get a 500 (issue 11): a NUL in a text,
 * a date PostgreSQL cannot hold, a date given as a number, an id of another aggregate type in the path, a multipart
 * body, an over-long or NUL {@code begrundelse} when forgetting a citizen, a Borgerblik {@code gyldigFra} out of range,
 * a 7,000-character user id, an 8 MB name, the nil UUID, and a citizen id that is already a sag's. Each is a 4xx
 * problem with a stable code and the field, and writes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class KantforsvarTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    LedgerKlient klient;
    UUID borger;
    UUID sag;
    UUID bevilling;
    long haendelserFoer;

    @BeforeEach
    void enBorgerMedEnSagOgEnBevilling() {
        klient = new LedgerKlient(port);
        borger = klient.borger(Cprnumre.tilfaeldigt(), "Test Borger");
        sag = UUID.randomUUID();
        assertThat(klient.post("/api/sager", json("sagId", sag, "borgerId", borger, "ejer", LedgerKlient.AALBORG, "ansvarligEnhed", "visitation",
                "kleNummer", "27.36.04", "handlingsfacet", "G01", "foelsomhed", "FOELSOMME_PERSONOPLYSNINGER", "titel", "Praktisk hjælp",
                "opstaaetDato", "2026-03-02")).status()).isEqualTo(201);
        bevilling = UUID.randomUUID();
        assertThat(klient.post("/api/bevillinger", json("bevillingId", bevilling, "borgerId", borger, "sagId", sag, "indsatsKode", "SEL-83-PP",
                "startdato", "2026-03-16", "omfang", json("minutter", 20, "periode", "PR_DAG", "gange", 1), "bevilgetDato", "2026-03-10"))
                .status()).isEqualTo(201);
        haendelserFoer = haendelser();
    }

    @Test
    void aNulCharacterInATextIsRefusedWithTheFieldNamedInsteadOfStoppingTheProjections() {
        LedgerKlient.Svar svar = klient.send("/api/sager/" + sag + "/sagsbehandler", "{\"sagsbehandler\":\"x\\u0000y\",\"fra\":\"2026-03-20\"}",
                UUID.randomUUID(), null);

        afvist(svar, 400, "UGYLDIGT_TEGN", "sagsbehandler");
    }

    @Test
    void aDateBeyondWhatPostgresqlHoldsIsRefusedAndSoIsADateGivenAsANumber() {
        afvist(klient.send("/api/bevillinger/" + bevilling + "/ophoer", "{\"ophoersdato\":\"+999999999-12-31\",\"aarsag\":\"DOED\"}",
                UUID.randomUUID(), null), 400, "DATO_UDEN_FOR_OMRAADE", "ophoersdato");
        LedgerKlient.Svar tal = klient.send("/api/bevillinger/" + bevilling + "/ophoer", "{\"ophoersdato\":1767225600,\"aarsag\":\"DOED\"}",
                UUID.randomUUID(), null);
        afvist(tal, 400, "UGYLDIG_VAERDI", "ophoersdato");
        assertThat(tal.tekst("detail")).contains("ÅÅÅÅ-MM-DD");
    }

    @Test
    void theIdOfAnotherAggregateTypeInThePathIsAnUnknownAggregateNotA500() {
        // the bevilling was just used, so the aggregate cache holds it under that id
        afvist(klient.post("/api/sager/" + bevilling + "/sagsbehandler", json("sagsbehandler", "sb-2", "fra", "2026-03-20")), 404, "SAG_UKENDT", null);
        afvist(klient.post("/api/bevillinger/" + sag + "/ophoer", json("ophoersdato", "2026-04-01", "aarsag", "DOED")), 404, "BEVILLING_UKENDT", null);
        afvist(klient.post("/api/forloeb/" + sag + "/afslutning", json("slutdato", "2026-04-01", "aarsag", "Flyttet")), 404, "FORLOEB_UKENDT", null);
    }

    @Test
    void aMultipartBodyIsAnUnsupportedContentTypeNotA500() throws Exception {
        HttpResponse<String> svar = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/sager/" + sag
                + "/sagsbehandler")).header("Content-Type", "multipart/form-data; boundary=x")
                .header("Authorization", Testtokens.bearer("sb-1", "SAGSBEHANDLER", LedgerKlient.AALBORG)).header("X-Kommando-Id", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--\r\n")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(svar.statusCode()).isEqualTo(415);
        assertThat(svar.body()).contains("\"fejlkode\":\"INDHOLDSTYPE_IKKE_UNDERSTOETTET\"");
        assertThat(haendelser()).isEqualTo(haendelserFoer);
    }

    @Test
    void forgettingACitizenRefusesAReasonTooLongForTheRegisterOrWithANul() {
        afvist(klient.post("/api/borgere/" + borger + "/glem", json("begrundelse", "x".repeat(201))), 400, "FELT_FOR_LANGT", "begrundelse");
        afvist(klient.send("/api/borgere/" + borger + "/glem", "{\"begrundelse\":\"slet\\u0000\"}", UUID.randomUUID(), null), 400, "UGYLDIGT_TEGN",
                "begrundelse");
        assertThat(jdbc.queryForObject("SELECT glemt IS NULL FROM borger WHERE borger_id = ?", Boolean.class, borger)).isTrue();
    }

    @Test
    void aBorgerblikRowFromADateOutOfRangeIsRefused() {
        Map<String, Object> raekke = json("kommune", LedgerKlient.AALBORG, "klePraefiks", "27", "gyldigFra", "+999999999-12-31", "titelKilde", "KLE",
                "dokumenttitler", false, "niveau2", false, "skjulForBorger", false);
        long raekker = jdbc.queryForObject("SELECT count(*) FROM borgerblik_konfiguration", Long.class);

        afvist(klient.post("/api/borgerblik/konfiguration", raekke), 400, "DATO_UDEN_FOR_OMRAADE", "gyldigFra");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM borgerblik_konfiguration", Long.class)).isEqualTo(raekker);
    }

    @Test
    void aTokenNamingAUserIdLongerThanAUserIdMayBeIsRefusedOnCommandsConfigurationAndOperations() {
        // a user id is at most 100 characters (Inputgraenser.MAKS_BRUGER_ID), in a token as it was in a header
        LedgerKlient lang = klient.som("b".repeat(101), "SAGSBEHANDLER,KONFIGURATION,DRIFT");
        afvist(lang.post("/api/sager/" + sag + "/sagsbehandler", json("sagsbehandler", "sb-2", "fra", "2026-03-20")), 401, "TOKEN_UGYLDIG",
                "Authorization");
        afvist(lang.post("/api/borgerblik/konfiguration", json("kommune", LedgerKlient.AALBORG, "gyldigFra", "2026-01-01", "titelKilde", "KLE",
                "dokumenttitler", false, "niveau2", false, "skjulForBorger", false)), 401, "TOKEN_UGYLDIG", "Authorization");
        afvist(lang.post("/api/admin/feeds/ydelsesindeks/afstemning", Map.of()), 401, "TOKEN_UGYLDIG", "Authorization");
    }

    @Test
    void anEightMegabyteNameIsRefusedAndTheCitizenIsNotRegistered() {
        long borgere = jdbc.queryForObject("SELECT count(*) FROM borger", Long.class);

        afvist(klient.post("/api/borgere", json("borgerId", UUID.randomUUID(), "identtype", "CPR", "identifikator", "0101901234",
                "navn", "N".repeat(8 * 1024 * 1024))), 400, "FELT_FOR_LANGT", "navn");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM borger", Long.class)).isEqualTo(borgere);
    }

    @Test
    void theNilUuidIsNoClientChosenId() {
        String nil = new UUID(0, 0).toString();
        afvist(klient.post("/api/henvendelser", json("henvendelseId", nil, "borgerId", borger, "kildeKode", "A1", "kanal", "TELEFON",
                "modtagetDato", "2026-03-02", "aarsag", "x")), 400, "ID_UGYLDIG", "henvendelseId");
        afvist(klient.post("/api/borgere", json("borgerId", nil, "identtype", "ANONYM")), 400, "ID_UGYLDIG", "borgerId");
        afvist(klient.post("/api/bevillinger/" + bevilling + "/leveringer", json("leveringId", nil, "leveret", "2026-03-20T08:00:00Z",
                "udfoertAf", "hp-1", "varighedMinutter", 20)), 400, "ID_UGYLDIG", "leveringId");
    }

    @Test
    void aCitizenCannotTakeAnIdThatIsAlreadyASagsAndASagCannotTakeACitizens() {
        afvist(klient.post("/api/borgere", json("borgerId", sag, "identtype", "ANONYM")), 409, "ID_I_BRUG", "borgerId");
        afvist(klient.post("/api/henvendelser", json("henvendelseId", borger, "borgerId", borger, "kildeKode", "A1", "kanal", "TELEFON",
                "modtagetDato", "2026-03-02", "aarsag", "x")), 409, "ID_I_BRUG", "henvendelseId");
    }

    private void afvist(LedgerKlient.Svar svar, int status, String fejlkode, String felt) {
        assertThat(svar.status()).as("%s", svar).isEqualTo(status);
        assertThat(svar.raa().headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(svar.tekst("fejlkode")).as("%s", svar).isEqualTo(fejlkode);
        assertThat(svar.tekst("felt")).as("%s", svar).isEqualTo(felt);
        assertThat(svar.tekst("detail")).as("no Java type in a message").doesNotContainPattern("java\\.[a-z]+\\.[A-Z]");
        assertThat(haendelser()).as("nothing written").isEqualTo(haendelserFoer);
    }

    private long haendelser() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }
}
