package dk.careledger.app.e2e;

import static dk.careledger.app.e2e.LedgerKlient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dk.careledger.app.bevis.Verificer;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.app.testsupport.Indstillingskommandoer;
import dk.careledger.app.testsupport.Testtokens;
import dk.careledger.app.testsupport.Vent;
import dk.careledger.commandside.kommando.Kommandoafsender;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Aktindsigt (issue 17 item 4, ADR 0027): a revisor or caseworker exports everything the kommune holds on a citizen, or
 * on one sag, in readable Danish with both times, the kommune's settings, who looked the citizen up, and the proof; the
 * documented offline check (the {@code Verificer} command line with {@code --aktindsigt}) passes on the real export and
 * fails after one byte of a fact is changed or with another key. The export is logged; another kommune gets 404, the
 * leverandør and the integration 403. The kommune is one of this class's own, so its settings are the test's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AktindsigtTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NAVN = "Aktindsigt Testesen";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Kommandoafsender afsender;
    @TempDir
    Path mappe;

    final String kommune = "7" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    final String cpr = Cprnumre.tilfaeldigt();
    LedgerKlient sagsbehandler;
    LedgerKlient revisor;
    UUID borger;
    UUID sag;
    UUID andenSag;
    UUID bevilling;

    @BeforeAll
    void enBorgerMedToSagerEnBevillingEnIndstillingOgEtOpslag() {
        sagsbehandler = new LedgerKlient(port).iKommune(kommune).som("sb-aktindsigt", "SAGSBEHANDLER,LEDER,KONFIGURATION");
        revisor = sagsbehandler.som("revisor-aktindsigt", "REVISOR");
        borger = sagsbehandler.borger(cpr, NAVN);
        sag = sag("27.36.04", "Personlig pleje");
        andenSag = sag("27.36.06", "Praktisk hjælp");
        UUID afgoerelse = UUID.randomUUID();
        ok(sagsbehandler.post("/api/sager/" + sag + "/afgoerelser", json("afgoerelseId", afgoerelse, "type", "BEVILLING", "hjemmel", "SEL § 83",
                "begrundelse", "Behov for pleje morgen og aften", "klagevejledningGivet", true, "truffetDato", "2026-03-13", "uoplystBegrundelse", "Akut")));
        bevilling = UUID.randomUUID();
        ok(sagsbehandler.post("/api/bevillinger", json("bevillingId", bevilling, "borgerId", borger, "sagId", sag, "afgoerelseId", afgoerelse,
                "indsatsKode", "SEL-83-PP", "startdato", "2026-03-16", "omfang", json("minutter", 25, "periode", "PR_DAG", "gange", 2),
                "bevilgetDato", "2026-03-13")));
        ok(sagsbehandler.post("/api/bevillinger/" + bevilling + "/ophoer", json("ophoersdato", "2026-04-01", "aarsag", "DOED")));
        new Indstillingskommandoer(afsender).skjulForBorger(kommune, "27.36", LocalDate.parse("2026-01-01"));
        assertThat(sagsbehandler.get("/api/sager/" + sag + "/tidslinje").status()).isEqualTo(200);
        long haendelser = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier IN (?, ?, ?)", Long.class,
                sag.toString(), andenSag.toString(), bevilling.toString());
        Vent.til(() -> jdbc.queryForObject("SELECT count(*) FROM handling WHERE aggregat_id IN (?, ?, ?)", Long.class, sag.toString(),
                andenSag.toString(), bevilling.toString()) == haendelser, "the handlinger projection has every fact of the citizen");
    }

    private UUID sag(String kle, String titel) {
        UUID id = UUID.randomUUID();
        ok(sagsbehandler.post("/api/sager", json("sagId", id, "borgerId", borger, "ejer", kommune, "ansvarligEnhed", "visitation",
                "kleNummer", kle, "handlingsfacet", "G01", "foelsomhed", "FORTROLIGE_PERSONOPLYSNINGER", "titel", titel, "opstaaetDato", "2026-03-03")));
        return id;
    }

    @Test
    void givenACitizenWithTwoSagerWhenTheRevisorExportsTheirAktindsigtThenEveryFactIsThereInDanishWithBothTimesAndItsStoredRow() {
        LedgerKlient.Svar svar = revisor.get("/api/aktindsigt/borgere/" + borger);

        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        assertThat(svar.raa().headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains("aktindsigt-borger-" + borger + ".json");
        JsonNode a = svar.krop();
        assertThat(a.get("format").asText()).isEqualTo("care-ledger aktindsigt v1");
        assertThat(a.get("borger").get("navn").asText()).isEqualTo(NAVN);
        assertThat(a.get("borger").get("identifikator").asText()).isEqualTo(cpr);
        List<JsonNode> fakta = liste(a.get("fakta"));
        long lagrede = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier IN (?, ?, ?)", Long.class,
                sag.toString(), andenSag.toString(), bevilling.toString());
        assertThat(fakta).as("every fact of both sager and the bevilling").hasSize((int) lagrede);
        assertThat(fakta).extracting(f -> f.get("aggregatId").asText()).contains(sag.toString(), andenSag.toString(), bevilling.toString());
        assertThat(fakta).extracting(f -> f.get("position").asLong()).isSorted();
        JsonNode afgoerelse = fakta.stream().filter(f -> f.get("haendelse").asText().equals("AfgoerelseTruffet")).findFirst().orElseThrow();
        assertThat(afgoerelse.get("beskrivelse").asText()).isEqualTo("Afgørelse truffet");
        assertThat(afgoerelse.get("data").get("begrundelse").asText()).as("free text decrypted").isEqualTo("Behov for pleje morgen og aften");
        assertThat(afgoerelse.get("registreringstid").asText()).as("record time").isNotBlank();
        assertThat(afgoerelse.get("virkning").get("truffetDato").asText()).as("business time").isEqualTo("2026-03-13");
        assertThat(afgoerelse.get("brugerId").asText()).isEqualTo("sb-aktindsigt");
        assertThat(afgoerelse.get("raekke").get("global_index").asLong()).isEqualTo(afgoerelse.get("position").asLong());
        assertThat(new String(Base64.getDecoder().decode(afgoerelse.get("raekke").get("payload").asText()), StandardCharsets.UTF_8))
                .as("the stored row keeps the free text encrypted").doesNotContain("Behov for pleje");
    }

    @Test
    void givenAnExportThenItHoldsTheKommunesSettingsAndWhoLookedTheCitizenUpAndTheExportIsItselfLogged() {
        long foer = jdbc.queryForObject("SELECT count(*) FROM adgangslog WHERE borger_id = ? AND visning = 'aktindsigt'", Long.class, borger);

        JsonNode a = revisor.get("/api/aktindsigt/borgere/" + borger).krop();

        assertThat(liste(a.get("indstillinger"))).extracting(f -> f.get("haendelse").asText()).containsExactly("BorgerblikFastsat");
        assertThat(liste(a.get("indstillinger")).get(0).get("data").get("klePraefiks").asText()).isEqualTo("27.36");
        assertThat(liste(a.get("adgangslog"))).anySatisfy(l -> {
            assertThat(l.get("bruger").asText()).isEqualTo("sb-aktindsigt");
            assertThat(l.get("visning").asText()).isEqualTo("sag-tidslinje");
        });
        assertThat(jdbc.queryForObject("SELECT count(*) FROM adgangslog WHERE borger_id = ? AND visning = 'aktindsigt' AND bruger_id = "
                + "'revisor-aktindsigt' AND reference = ?", Long.class, borger, "borger:" + borger)).isEqualTo(foer + 1);
    }

    @Test
    void givenARealExportWhenTheDocumentedCheckRunsWithTheKommunesKeyThenItPassesAndAfterOneChangedByteOfAFactItFails() throws Exception {
        Path eksport = gem("eksport.json", revisor.get("/api/aktindsigt/borgere/" + borger).raa().body());
        Path noegle = gem("kommunens-noegle.jwk", revisor.get("/api/bevis/kontrolpunkter?log=HAENDELSER").krop().get("offentligNoegle").toString());

        Resultat ok = kontroller(eksport, noegle);
        ObjectNode aendret = (ObjectNode) JSON.readTree(eksport.toFile());
        ObjectNode raekke = (ObjectNode) aendret.get("fakta").get(1).get("raekke");
        byte[] payload = Base64.getDecoder().decode(raekke.get("payload").asText());
        payload[payload.length / 2] ^= 1;
        raekke.put("payload", Base64.getEncoder().encodeToString(payload));
        Resultat enByteAendret = kontroller(gem("aendret.json", JSON.writeValueAsString(aendret)), noegle);

        assertThat(ok.kode()).as(ok.ud()).isZero();
        assertThat(ok.ud()).contains("AKTINDSIGT: OK");
        assertThat(enByteAendret.kode()).as(enByteAendret.ud()).isEqualTo(1);
        assertThat(enByteAendret.ud()).contains("position " + aendret.get("fakta").get(1).get("position").asLong()).contains("indholdet er ændret");
    }

    @Test
    void givenARealExportWhenItIsCheckedWithAnotherKeyOrWithAnAccessLogEntryChangedThenTheCheckFails() throws Exception {
        Path eksport = gem("eksport.json", revisor.get("/api/aktindsigt/borgere/" + borger).raa().body());
        Path fremmed = gem("fremmed.jwk", new RSAKeyGenerator(2048).generate().toPublicJWK().toJSONString());
        ObjectNode aendret = (ObjectNode) JSON.readTree(eksport.toFile());
        ObjectNode opslag = (ObjectNode) aendret.get("adgangslog").get(0);
        opslag.put("bruger", "en-anden");
        ((ObjectNode) opslag.get("raekke")).put("bruger_id", "en-anden");
        Path noegle = gem("kommunens-noegle.jwk", revisor.get("/api/bevis/kontrolpunkter").krop().get("offentligNoegle").toString());

        Resultat medFremmedNoegle = kontroller(eksport, fremmed);
        Resultat medAendretOpslag = kontroller(gem("aendret.json", JSON.writeValueAsString(aendret)), noegle);

        assertThat(medFremmedNoegle.kode()).isEqualTo(1);
        assertThat(medFremmedNoegle.ud()).contains("ikke signeret med den betroede nøgle");
        assertThat(medAendretOpslag.kode()).isEqualTo(1);
        assertThat(medAendretOpslag.ud()).contains("ADGANGSLOG position " + opslag.get("loebenummer").asLong());
    }

    @Test
    void givenASagWhenACaseworkerExportsItsAktindsigtThenItHoldsTheSagAndItsBevillingButNotTheCitizensOtherSag() throws Exception {
        LedgerKlient.Svar svar = sagsbehandler.som("sb-aktindsigt", "SAGSBEHANDLER").get("/api/aktindsigt/sager/" + sag);

        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        List<JsonNode> fakta = liste(svar.krop().get("fakta"));
        assertThat(fakta).extracting(f -> f.get("aggregatId").asText()).contains(sag.toString(), bevilling.toString())
                .doesNotContain(andenSag.toString());
        assertThat(svar.krop().get("emne").get("type").asText()).isEqualTo("SAG");
        Path noegle = gem("kommunens-noegle.jwk", revisor.get("/api/bevis/kontrolpunkter").krop().get("offentligNoegle").toString());
        assertThat(kontroller(gem("sag.json", svar.raa().body()), noegle).kode()).isZero();
    }

    @Test
    void givenAnExportWhenThePrintablePageIsAskedForThenItIsHtmlInDanishWithTheFactsTheAccessLogAndTheCheckpoints() throws Exception {
        HttpResponse<String> side = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/aktindsigt/borgere/" + borger + "/udskrift")).header("Authorization", Testtokens.bearer("revisor-aktindsigt", "REVISOR", kommune))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(side.statusCode()).isEqualTo(200);
        assertThat(side.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(side.body()).contains("<html lang=\"da\"").contains("Aktindsigt for borger").contains(NAVN).contains("Sag oprettet")
                .contains("Behov for pleje morgen og aften").contains("Hvem har slået borgeren op").contains("sag-tidslinje")
                .contains("Bevis for, at oplysningerne er uændrede").contains("13.3.2026");
    }

    @Test
    void givenASagWhenItsPrintablePageIsAskedForThenItIsHtmlInDanishWithTheSagsFactsButNotTheCitizensOtherSag() throws Exception {
        HttpResponse<String> side = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/aktindsigt/sager/" + sag + "/udskrift")).header("Authorization", Testtokens.bearer("revisor-aktindsigt", "REVISOR", kommune))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(side.statusCode()).isEqualTo(200);
        assertThat(side.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(side.body()).contains("<html lang=\"da\"").contains("Aktindsigt i sag").contains(NAVN).contains("Sag oprettet")
                .contains("Behov for pleje morgen og aften").contains("Bevis for, at oplysningerne er uændrede")
                .doesNotContain(andenSag.toString());
    }

    @Test
    void givenAnotherKommuneTheLeverandoerOrTheIntegrationOrAnUnknownParameterThenTheExportIsRefused() {
        LedgerKlient aarhus = revisor.iKommune(Testtokens.AARHUS);

        assertThat(aarhus.get("/api/aktindsigt/borgere/" + borger).kode()).isEqualTo("404 BORGER_UKENDT");
        assertThat(aarhus.get("/api/aktindsigt/sager/" + sag).kode()).isEqualTo("404 SAG_UKENDT");
        assertThat(revisor.get("/api/aktindsigt/borgere/" + UUID.randomUUID()).kode()).isEqualTo("404 BORGER_UKENDT");
        assertThat(revisor.som("lev", "LEVERANDOER").get("/api/aktindsigt/borgere/" + borger).kode()).isEqualTo("403 MANGLER_RETTIGHED");
        assertThat(revisor.som("int", "INTEGRATION").get("/api/aktindsigt/sager/" + sag).kode()).isEqualTo("403 MANGLER_RETTIGHED");
        assertThat(revisor.get("/api/aktindsigt/borgere/" + borger + "?kendtPr=2026-03-01T00:00:00Z").kode()).isEqualTo("400 PARAMETER_UKENDT");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM adgangslog WHERE borger_id = ? AND visning = 'aktindsigt' AND kommune = ?",
                Long.class, borger, Testtokens.AARHUS)).as("a refused export is not logged as a read").isZero();
    }

    record Resultat(int kode, String ud) {
    }

    private static Resultat kontroller(Path eksport, Path noegle) {
        ByteArrayOutputStream ud = new ByteArrayOutputStream();
        int kode = Verificer.koer(new String[] {"--aktindsigt=" + eksport, "--noegle=" + noegle}, new PrintStream(ud, true, StandardCharsets.UTF_8));
        return new Resultat(kode, ud.toString(StandardCharsets.UTF_8));
    }

    private Path gem(String navn, String indhold) throws java.io.IOException {
        return Files.writeString(mappe.resolve(navn), indhold);
    }

    private static List<JsonNode> liste(JsonNode n) {
        List<JsonNode> ud = new ArrayList<>();
        n.forEach(ud::add);
        return ud;
    }

    private static void ok(LedgerKlient.Svar s) {
        assertThat(s.status()).as(s.toString()).isIn(200, 201);
    }
}
