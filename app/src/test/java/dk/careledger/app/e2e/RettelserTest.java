package dk.careledger.app.e2e;

import static dk.careledger.app.e2e.LedgerKlient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.projection.motor.Projektionsmotor;
import java.time.Duration;
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
 * Issue 15 item 4 over HTTP: every kind of correction is a new fact with who, when and why, the read side shows the
 * corrected data marked as corrected, and no stored event is changed or deleted (ADR 0022).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class RettelserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Projektionsmotor motor;

    LedgerKlient klient;
    UUID borger;

    @BeforeEach
    void klient() {
        klient = new LedgerKlient(port);
        borger = klient.borger(Cprnumre.tilfaeldigt(), "Anna Andersen");
    }

    @Test
    void aLeveringRegisteredInErrorIsAnnulledAndNoLongerCounted() {
        UUID sag = sag();
        UUID bevilling = bevilling(sag, afgoerelse(sag));
        UUID forkert = levering(bevilling, "2026-03-16T08:00:00Z", 30);
        levering(bevilling, "2026-03-17T08:00:00Z", 20);

        LedgerKlient.Svar svar = klient.post("/api/bevillinger/" + bevilling + "/annulleringer",
                json("leveringId", forkert, "begrundelse", "Registreret på den forkerte borger"));

        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        assertThat(svar.krop().get("haendelser").toString()).contains("LeveringAnnulleret");
        ajour();
        JsonNode maaned = klient.get("/api/ydelser/" + bevilling + "/leveringer").krop().get(0);
        assertThat(maaned.get("antalLeveret").asInt()).isEqualTo(1);
        assertThat(maaned.get("minutterLeveret").asLong()).isEqualTo(20);
        JsonNode ydelse = ydelseIOverblik(bevilling);
        assertThat(ydelse.get("rettet").asBoolean()).isTrue();
        assertThat(ydelse.get("rettetTidspunkt").isNull()).isFalse();
        afvist(klient.post("/api/bevillinger/" + bevilling + "/annulleringer", json("leveringId", forkert, "begrundelse", "Igen")),
                409, "LEVERING_ANNULLERET", "leveringId");
    }

    @Test
    void aLeverandoerAnnulsItsOwnLeveringButNotTheMyndighedsAndAnotherKommuneSeesNoBevilling() {
        UUID sag = sag();
        UUID bevilling = bevilling(sag, afgoerelse(sag));
        LedgerKlient leverandoer = klient.som("hp-0042", "LEVERANDOER");
        UUID egen = UUID.randomUUID();
        assertThat(leverandoer.post("/api/bevillinger/" + bevilling + "/leveringer", json("leveringId", egen, "leveret",
                "2026-03-16T08:00:00Z", "udfoertAf", "hp-0042", "varighedMinutter", 25)).status()).isEqualTo(200);
        UUID myndighedens = levering(bevilling, "2026-03-17T08:00:00Z", 20);

        assertThat(leverandoer.post("/api/bevillinger/" + bevilling + "/annulleringer", json("leveringId", egen, "begrundelse",
                "Dobbeltregistreret")).status()).isEqualTo(200);
        afvist(leverandoer.post("/api/bevillinger/" + bevilling + "/annulleringer", json("leveringId", myndighedens, "begrundelse",
                "Forkert")), 422, "LEVERING_IKKE_EGEN", "leveringId");
        afvist(klient.iKommune("55133018").post("/api/bevillinger/" + bevilling + "/annulleringer", json("leveringId", myndighedens,
                "begrundelse", "Forkert")), 404, "BEVILLING_UKENDT", null);
        assertThat(klient.som("rev-1", "REVISOR").post("/api/bevillinger/" + bevilling + "/annulleringer", json("leveringId",
                myndighedens, "begrundelse", "Forkert")).status()).isEqualTo(403);
    }

    @Test
    void aWrongStartdatoIsCorrectedAndTheOverviewShowsTheRightOneMarkedAsCorrected() {
        UUID sag = sag();
        UUID bevilling = bevilling(sag, afgoerelse(sag));

        afvist(klient.post("/api/bevillinger/" + bevilling + "/startdato-rettelse", json("startdato", "2026-03-10", "begrundelse",
                "Tastefejl")), 400, "STARTDATO_FOER_BEVILLING", "startdato");
        LedgerKlient.Svar svar = klient.post("/api/bevillinger/" + bevilling + "/startdato-rettelse",
                json("startdato", "2026-03-18", "begrundelse", "Tastefejl"));

        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        ajour();
        JsonNode ydelse = ydelseIOverblik(bevilling);
        assertThat(ydelse.get("startdato").asText()).isEqualTo("2026-03-18");
        assertThat(ydelse.get("rettet").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("SELECT convert_from(payload, 'UTF8')::jsonb ->> 'tidligereStartdato' FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND payload_type LIKE '%BevillingStartdatoRettet'", String.class, bevilling.toString()))
                .as("the wrong value is kept in the correction").isEqualTo("2026-03-16");
    }

    @Test
    void aSagOpenedUnderTheWrongKleIsReclassifiedAndTheOverviewAndWorklistFollow() {
        UUID sag = sag();

        LedgerKlient.Svar svar = klient.post("/api/sager/" + sag + "/omklassificering", json("kleNummer", "27.36.06",
                "ansvarligEnhed", "rehabilitering", "titel", "Rehabiliteringsforløb", "begrundelse", "Oprettet under det forkerte emne"));

        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        afvist(klient.post("/api/sager/" + sag + "/omklassificering", json("kleNummer", "99.99.99", "begrundelse", "x")), 400,
                "UKENDT_KLE", "kleNummer");
        ajour();
        JsonNode s = sagIOverblik(sag);
        assertThat(List.of(s.get("kleNummer").asText(), s.get("ansvarligEnhed").asText(), s.get("titel").asText()))
                .containsExactly("27.36.06", "rehabilitering", "Rehabiliteringsforløb");
        assertThat(s.get("rettet").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("SELECT kle_nummer FROM arbejdsliste_sag WHERE sag_id = ?", String.class, sag)).isEqualTo("27.36.06");
        assertThat(jdbc.queryForObject("SELECT kle_nummer FROM sag WHERE sag_id = ?", String.class, sag)).isEqualTo("27.36.06");
    }

    @Test
    void theDayAnAfgoerelseWasSentIsCorrectedAndMovesTheKlagefrist() {
        UUID sag = sag();
        UUID afgoerelse = afgoerelse(sag);

        afvist(klient.post("/api/sager/" + sag + "/sendt-dato-rettelse", json("afgoerelseId", afgoerelse, "sendtDato", "2026-03-12",
                "begrundelse", "Brevet")), 400, "DATO_FOER_GRUNDLAG", "sendtDato");
        LedgerKlient.Svar svar = klient.post("/api/sager/" + sag + "/sendt-dato-rettelse", json("afgoerelseId", afgoerelse,
                "sendtDato", "2026-03-16", "begrundelse", "Brevet blev først sendt mandag"));

        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        ajour();
        assertThat(jdbc.queryForObject("SELECT seneste_afgoerelse_sendt::text || ' ' || klagefrist_sidste_dag::text FROM sag WHERE sag_id = ?",
                String.class, sag)).isEqualTo("2026-03-16 2026-04-13");
        assertThat(sagIOverblik(sag).get("rettet").asBoolean()).isTrue();
    }

    @Test
    void anAfgoerelseIsOmgjortAndTheSagTakesANewOneWhileNoBevillingMayRestOnTheOld() {
        UUID sag = sag();
        UUID afgoerelse = afgoerelse(sag);

        LedgerKlient.Svar svar = klient.post("/api/sager/" + sag + "/omgoerelse", json("afgoerelseId", afgoerelse, "omgjortDato",
                "2026-03-20", "begrundelse", "Forkert hjemmel"));

        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        afvist(klient.post("/api/bevillinger", bevillingKrop(UUID.randomUUID(), sag, afgoerelse)), 422, "AFGOERELSE_OMGJORT", "afgoerelseId");
        ajour();
        JsonNode s = sagIOverblik(sag);
        assertThat(s.get("fremdrift").asText()).isEqualTo("OPLYST");
        assertThat(s.get("rettet").asBoolean()).isTrue();
        UUID ny = UUID.randomUUID();
        assertThat(klient.post("/api/sager/" + sag + "/afgoerelser", json("afgoerelseId", ny, "type", "BEVILLING", "hjemmel",
                "SEL § 83, stk. 1, nr. 1", "klagevejledningGivet", false, "truffetDato", "2026-03-21")).status()).isEqualTo(200);
    }

    @Test
    void aBevillingGrantedWithoutASagIsJoinedToTheCitizensSagLater() {
        UUID sag = sag();
        UUID bevilling = UUID.randomUUID();
        LedgerKlient selvvisiterende = klient.som("sp-0007", "SELVVISITERENDE");
        assertThat(selvvisiterende.post("/api/bevillinger", json("bevillingId", bevilling, "borgerId", borger, "indsatsKode", "SUL-138",
                "startdato", "2026-03-10", "omfang", json("minutter", 30, "periode", "PR_UGE", "gange", 2), "bevilgetDato", "2026-03-10"))
                .status()).isEqualTo(201);

        LedgerKlient.Svar svar = klient.post("/api/bevillinger/" + bevilling + "/sag", json("sagId", sag, "begrundelse",
                "Sagen blev oprettet bagefter"));

        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE "
                + "'%BevillingTilknyttetSag'", Long.class, sag.toString())).as("the sag records it in the same transaction").isEqualTo(1);
        afvist(klient.post("/api/bevillinger/" + bevilling + "/sag", json("sagId", sag())), 409, "BEVILLING_HAR_SAG", "sagId");
        afvist(klient.post("/api/bevillinger/" + bevilling + "/sag", json("sagId", UUID.randomUUID())), 404, "SAG_UKENDT", "sagId");
        ajour();
        assertThat(ydelseIOverblik(bevilling).get("sagId").asText()).isEqualTo(sag.toString());
    }

    @Test
    void noStoredEventIsChangedOrDeletedByACorrection() {
        UUID sag = sag();
        UUID afgoerelse = afgoerelse(sag);
        UUID bevilling = bevilling(sag, afgoerelse);
        UUID levering = levering(bevilling, "2026-03-16T08:00:00Z", 30);
        List<Map<String, Object>> foer = eventtabel();

        klient.post("/api/bevillinger/" + bevilling + "/annulleringer", json("leveringId", levering, "begrundelse", "Fejl"));
        klient.post("/api/bevillinger/" + bevilling + "/startdato-rettelse", json("startdato", "2026-03-15", "begrundelse", "Fejl"));
        klient.post("/api/sager/" + sag + "/omklassificering", json("foelsomhed", "FOELSOMME_PERSONOPLYSNINGER", "begrundelse", "Fejl"));
        klient.post("/api/sager/" + sag + "/sendt-dato-rettelse", json("afgoerelseId", afgoerelse, "sendtDato", "2026-03-14",
                "begrundelse", "Fejl"));
        klient.post("/api/sager/" + sag + "/omgoerelse", json("afgoerelseId", afgoerelse, "omgjortDato", "2026-03-20", "begrundelse", "Fejl"));
        List<Map<String, Object>> efter = eventtabel();

        assertThat(efter.subList(0, foer.size())).as("every stored event, byte for byte").isEqualTo(foer);
        assertThat(efter.subList(foer.size(), efter.size())).extracting(r -> String.valueOf(r.get("payload_type")))
                .anyMatch(t -> t.endsWith("LeveringAnnulleret")).anyMatch(t -> t.endsWith("BevillingStartdatoRettet"))
                .anyMatch(t -> t.endsWith("SagOmklassificeret")).anyMatch(t -> t.endsWith("AfgoerelseSendtDatoRettet"))
                .anyMatch(t -> t.endsWith("AfgoerelseOmgjort"));
    }

    @Test
    void bothIndexFeedsGetAnOpdaterForACorrectionAndWhatWasDeliveredStaysAsItWas() {
        UUID sag = sag();
        UUID bevilling = bevilling(sag, afgoerelse(sag));
        ajour();
        List<Map<String, Object>> foer = leverancer(sag, bevilling);
        assertThat(foer).extracting(r -> r.get("feed")).contains("SAGSINDEKS", "YDELSESINDEKS");

        klient.post("/api/sager/" + sag + "/omklassificering", json("kleNummer", "27.36.06", "begrundelse", "Forkert emne"));
        klient.post("/api/bevillinger/" + bevilling + "/startdato-rettelse", json("startdato", "2026-03-18", "begrundelse", "Tastefejl"));
        ajour();
        List<Map<String, Object>> efter = leverancer(sag, bevilling);

        assertThat(efter).as("nothing delivered is rewritten").containsAll(foer);
        List<Map<String, Object>> nye = efter.stream().filter(r -> !foer.contains(r)).toList();
        assertThat(nye).filteredOn(r -> "SAGSINDEKS".equals(r.get("feed"))).singleElement().satisfies(r -> {
            assertThat(r.get("operation")).isEqualTo("OPDATER");
            assertThat((String) r.get("indhold")).contains("27.36.06");
        });
        assertThat(nye).filteredOn(r -> "YDELSESINDEKS".equals(r.get("feed"))).singleElement().satisfies(r -> {
            assertThat(r.get("operation")).isEqualTo("OPDATER");
            assertThat((String) r.get("indhold")).contains("2026-03-18");
        });
    }

    // ---- helpers ----

    private List<Map<String, Object>> leverancer(UUID sag, UUID bevilling) {
        return jdbc.queryForList("SELECT feed, loebenummer, emne_id, operation, indhold FROM leverance WHERE emne_id IN (?, ?) "
                + "ORDER BY feed, loebenummer", sag, bevilling);
    }

    private List<Map<String, Object>> eventtabel() {
        return jdbc.queryForList("SELECT global_index, aggregate_identifier, sequence_number, payload_type, payload_revision, "
                + "md5(payload) AS payload, md5(meta_data) AS meta_data, time_stamp FROM domain_event_entry ORDER BY global_index");
    }

    private UUID sag() {
        UUID id = UUID.randomUUID();
        LedgerKlient.Svar svar = klient.post("/api/sager", json("sagId", id, "borgerId", borger, "ejer", LedgerKlient.AALBORG,
                "ansvarligEnhed", "visitation", "kleNummer", "27.36.04", "handlingsfacet", "G01", "foelsomhed", "FORTROLIGE_PERSONOPLYSNINGER",
                "titel", "Personlig pleje", "opstaaetDato", "2026-03-03"));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        return id;
    }

    private UUID afgoerelse(UUID sag) {
        UUID id = UUID.randomUUID();
        LedgerKlient.Svar svar = klient.post("/api/sager/" + sag + "/afgoerelser", json("afgoerelseId", id, "type", "BEVILLING",
                "hjemmel", "SEL § 83, stk. 1, nr. 1", "klagevejledningGivet", false, "truffetDato", "2026-03-13", "sendtDato", "2026-03-13",
                "uoplystBegrundelse", "Akut"));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        return id;
    }

    private Map<String, Object> bevillingKrop(UUID id, UUID sag, UUID afgoerelse) {
        return json("bevillingId", id, "borgerId", borger, "sagId", sag, "afgoerelseId", afgoerelse, "indsatsKode", "SEL-83-PP",
                "startdato", "2026-03-16", "omfang", json("minutter", 25, "periode", "PR_DAG", "gange", 2), "bevilgetDato", "2026-03-13");
    }

    private UUID bevilling(UUID sag, UUID afgoerelse) {
        UUID id = UUID.randomUUID();
        LedgerKlient.Svar svar = klient.post("/api/bevillinger", bevillingKrop(id, sag, afgoerelse));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        return id;
    }

    private UUID levering(UUID bevilling, String leveret, int minutter) {
        UUID id = UUID.randomUUID();
        LedgerKlient.Svar svar = klient.post("/api/bevillinger/" + bevilling + "/leveringer", json("leveringId", id, "leveret", leveret,
                "udfoertAf", "hp-0042", "varighedMinutter", minutter));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        return id;
    }

    private JsonNode overblik() {
        LedgerKlient.Svar svar = klient.get("/api/borgere/" + borger + "/overblik");
        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        return svar.krop();
    }

    private JsonNode sagIOverblik(UUID sag) {
        JsonNode o = overblik();
        for (String liste : List.of("aabneSager", "tidligereSager")) {
            for (JsonNode s : o.get(liste)) {
                if (s.get("sagId").asText().equals(sag.toString())) {
                    return s;
                }
            }
        }
        throw new AssertionError("sagen " + sag + " er ikke i overblikket: " + o);
    }

    private JsonNode ydelseIOverblik(UUID bevilling) {
        for (JsonNode y : overblik().get("bevillinger")) {
            if (y.get("bevillingId").asText().equals(bevilling.toString())) {
                return y;
            }
        }
        throw new AssertionError("bevillingen " + bevilling + " er ikke i overblikket");
    }

    private void ajour() {
        assertThat(motor.venTilAjour(Duration.ofSeconds(30))).as("projections up to date: %s", motor.status()).isTrue();
    }

    private static void afvist(LedgerKlient.Svar svar, int status, String fejlkode, String felt) {
        assertThat(List.of(svar.status(), svar.tekst("fejlkode"), String.valueOf(svar.tekst("felt"))))
                .as(svar.toString()).isEqualTo(List.of(status, fejlkode, String.valueOf(felt)));
    }
}
