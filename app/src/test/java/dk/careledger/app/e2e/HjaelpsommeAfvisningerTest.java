package dk.careledger.app.e2e;

import static dk.careledger.app.e2e.LedgerKlient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Refusals that help (issue 18 item 2): one request with several errors gets them all at once in {@code fejl}, an
 * enum's refusal lists the values it takes, a date's names the format, a misspelt field says which field was meant —
 * and a refused request still writes nothing (no event, no command-log row).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class HjaelpsommeAfvisningerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    LedgerKlient klient;
    UUID borger;

    @BeforeEach
    void enBorger() {
        klient = new LedgerKlient(port);
        borger = klient.borger(Cprnumre.tilfaeldigt(), "Hjælp Somsen");
    }

    @Test
    void givenASagWithFiveDifferentErrorsWhenPostedThenTheRefusalNamesThemAllAndNothingIsWritten() {
        long[] foer = skrevet();

        LedgerKlient.Svar svar = klient.post("/api/sager", json("sagId", UUID.randomUUID(), "borgerId", borger, "ejer", "123",
                "foelsomhed", "HEMMELIG", "opstaaetDato", "01-12-2026", "kleNumer", "27.36.04", "handlingsfacet", "G01", "titel", "Hjælp"));

        assertThat(svar.status()).as(svar.toString()).isEqualTo(400);
        assertThat(svar.raa().headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode fejl = svar.krop().get("fejl");
        assertThat(felter(fejl)).containsExactly("ejer", "foelsomhed", "opstaaetDato", "kleNumer", "ansvarligEnhed", "kleNummer");
        assertThat(koder(fejl)).containsExactly("UGYLDIG_VAERDI", "UGYLDIG_VAERDI", "UGYLDIG_VAERDI", "UKENDT_FELT", "FELT_PAAKRAEVET",
                "FELT_PAAKRAEVET");
        assertThat(svar.tekst("fejlkode")).as("the first error, as before").isEqualTo("UGYLDIG_VAERDI");
        assertThat(svar.tekst("felt")).isEqualTo("ejer");
        assertThat(svar.tekst("detail")).contains("'ejer'").contains("og 5 fejl mere");
        assertThat(skrevet()).as("events and command-log rows").containsExactly(foer);
    }

    @Test
    void givenAnUnknownSensitivityWhenPostedThenTheRefusalListsTheValuesItTakes() {
        LedgerKlient.Svar svar = klient.post("/api/sager", gyldigSag().medFelt("foelsomhed", "FOELSOMME_OPLYSNINGER"));

        JsonNode f = enesteFejl(svar);
        assertThat(f.get("felt").asText()).isEqualTo("foelsomhed");
        assertThat(tekster(f.get("tilladteVaerdier"))).containsExactly("IKKE_FORTROLIGE_DATA", "FORTROLIGE_PERSONOPLYSNINGER",
                "FOELSOMME_PERSONOPLYSNINGER", "VIP_SAGER");
        assertThat(f.get("besked").asText()).contains("tilladte værdier: IKKE_FORTROLIGE_DATA, FORTROLIGE_PERSONOPLYSNINGER");
    }

    @Test
    void givenAConsentWithAnUnknownPurposeWhenPostedThenTheRefusalNamesTheElementAndTheValuesItTakes() {
        UUID sag = UUID.randomUUID();
        assertThat(klient.post("/api/sager", gyldigSag().medFelt("sagId", sag)).status()).isEqualTo(201);

        LedgerKlient.Svar svar = klient.post("/api/sager/" + sag + "/samtykker", json("samtykkeId", UUID.randomUUID(), "svar", "GIVET",
                "form", "SKRIFTLIGT", "formaal", List.of("INDHENTNING", "SPISE_KAGE"), "omfang", "Lægen", "dato", "2026-03-03"));

        assertThat(svar.status()).as(svar.toString()).isEqualTo(400);
        JsonNode f = svar.krop().get("fejl").get(0);
        assertThat(f.get("felt").asText()).isEqualTo("formaal[1]");
        assertThat(tekster(f.get("tilladteVaerdier"))).containsExactly("INDHENTNING", "VIDEREGIVELSE");
    }

    @Test
    void givenADateWrittenTheDanishWayWhenPostedThenTheRefusalNamesTheFormatAndTheDateMeant() {
        LedgerKlient.Svar svar = klient.post("/api/sager", gyldigSag().medFelt("opstaaetDato", "01-12-2026"));

        JsonNode f = enesteFejl(svar);
        assertThat(f.get("felt").asText()).isEqualTo("opstaaetDato");
        assertThat(f.get("forventetFormat").asText()).isEqualTo("ÅÅÅÅ-MM-DD");
        assertThat(f.get("besked").asText()).contains("forventet ÅÅÅÅ-MM-DD, fx 2026-12-01");
        assertThat(f.get("menteDu").asText()).isEqualTo("2026-12-01");
    }

    @Test
    void givenAMisspeltFieldWhenPostedThenTheRefusalSaysWhichFieldWasMeant() {
        Map<String, Object> sag = gyldigSag();
        sag.put("foelsomehd", sag.remove("foelsomhed"));

        LedgerKlient.Svar svar = klient.post("/api/sager", sag);

        assertThat(svar.status()).as(svar.toString()).isEqualTo(400);
        JsonNode ukendt = svar.krop().get("fejl").get(0);
        assertThat(ukendt.get("fejlkode").asText()).isEqualTo("UKENDT_FELT");
        assertThat(ukendt.get("felt").asText()).isEqualTo("foelsomehd");
        assertThat(ukendt.get("besked").asText()).contains("mente du 'foelsomhed'?");
        assertThat(ukendt.get("menteDu").asText()).isEqualTo("foelsomhed");
        assertThat(felter(svar.krop().get("fejl"))).as("and the field meant is missing").containsExactly("foelsomehd", "foelsomhed");
    }

    @Test
    void givenAStartDateFieldWrittenWithACapitalDWhenPostedThenTheRefusalSuggestsStartdato() {
        UUID bevilling = UUID.randomUUID();
        LedgerKlient.Svar svar = klient.post("/api/bevillinger", json("bevillingId", bevilling, "borgerId", borger, "indsatsKode", "SEL-83-PP",
                "startDato", "2026-03-16", "bevilgetDato", "2026-03-10"));

        assertThat(svar.status()).as(svar.toString()).isEqualTo(400);
        assertThat(svar.tekst("felt")).isEqualTo("startDato");
        assertThat(svar.krop().get("fejl").get(0).get("menteDu").asText()).isEqualTo("startdato");
    }

    @Test
    void givenARegistrationInBulkWithSeveralBadFieldsWhenSentThenItsResultListsThemAll() throws Exception {
        List<Map<String, Object>> r = new ArrayList<>();
        r.add(json("type", "LEVERING", "bevillingId", UUID.randomUUID(), "leveringId", UUID.randomUUID(), "leveret", "16-03-2026",
                "udfoertAf", "hp-0042", "varighedMinutter", "tyve", "udfoert", true));

        LedgerKlient.Svar svar = klient.send("/api/leverancer", JSON.writeValueAsString(Map.of("registreringer", r)), UUID.randomUUID(), null);

        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        JsonNode resultat = svar.krop().get("resultater").get(0);
        assertThat(resultat.get("status").asText()).isEqualTo("AFVIST");
        assertThat(resultat.get("felt").asText()).isEqualTo("registreringer[0].leveret");
        assertThat(felter(resultat.get("fejl"))).containsExactly("registreringer[0].leveret", "registreringer[0].varighedMinutter",
                "registreringer[0].udfoert");
        assertThat(resultat.get("fejl").get(0).get("forventetFormat").asText()).startsWith("ÅÅÅÅ-MM-DD");
    }

    @Test
    void givenTheOpenApiDocumentWhenReadThenTheProblemListsFieldErrorsAndCommandsTheirRequiredFields() {
        JsonNode skemaer = klient.get("/v3/api-docs").krop().get("components").get("schemas");

        JsonNode feltfejl = skemaer.get("Problem").get("properties").get("fejl").get("items").get("properties");
        assertThat(feltfejl.fieldNames()).toIterable().contains("felt", "fejlkode", "besked", "tilladteVaerdier", "forventetFormat", "menteDu");
        assertThat(tekster(skemaer.get("OpretSag").get("required"))).contains("sagId", "borgerId", "ejer", "foelsomhed", "opstaaetDato")
                .doesNotContain("sagsnummer", "henvendelser");
        assertThat(tekster(skemaer.get("RegistrerLevering").get("required"))).containsExactlyInAnyOrder("leveringId", "leveret", "udfoertAf");
    }

    // --- helpers

    /** A complete, valid body for a new sag, which a test spoils in one field. */
    private Sag gyldigSag() {
        Sag m = new Sag();
        m.putAll(json("sagId", UUID.randomUUID(), "borgerId", borger, "ejer", LedgerKlient.AALBORG, "ansvarligEnhed", "visitation",
                "kleNummer", "27.36.04", "handlingsfacet", "G01", "foelsomhed", "FOELSOMME_PERSONOPLYSNINGER", "titel", "Praktisk hjælp",
                "opstaaetDato", "2026-03-02"));
        return m;
    }

    private static final class Sag extends java.util.LinkedHashMap<String, Object> {
        Sag medFelt(String felt, Object vaerdi) {
            put(felt, vaerdi);
            return this;
        }
    }

    private JsonNode enesteFejl(LedgerKlient.Svar svar) {
        assertThat(svar.status()).as(svar.toString()).isEqualTo(400);
        assertThat(svar.krop().get("fejl")).as(svar.toString()).hasSize(1);
        return svar.krop().get("fejl").get(0);
    }

    private static List<String> felter(JsonNode fejl) {
        List<String> ud = new ArrayList<>();
        fejl.forEach(f -> ud.add(f.get("felt").asText()));
        return ud;
    }

    private static List<String> koder(JsonNode fejl) {
        List<String> ud = new ArrayList<>();
        fejl.forEach(f -> ud.add(f.get("fejlkode").asText()));
        return ud;
    }

    private static List<String> tekster(JsonNode liste) {
        List<String> ud = new ArrayList<>();
        liste.forEach(v -> ud.add(v.asText()));
        return ud;
    }

    private long[] skrevet() {
        return new long[] {jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class),
            jdbc.queryForObject("SELECT count(*) FROM kommando_log", Long.class)};
    }
}
