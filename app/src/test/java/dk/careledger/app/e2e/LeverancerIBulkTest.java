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
 * Leveringer in bulk (issue 18 item 4, UC6): one request from a leverandør's system carries many registrations; each is
 * decided by its bevilling's rules and stored as its own event, each gets its own answer, a bad one does not stop the
 * others, one transaction per bevilling, and the request is idempotent under its command id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class LeverancerIBulkTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STI = "/api/leverancer";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    LedgerKlient klient;
    LedgerKlient hjemmeplejen;
    UUID a;
    UUID b;

    @BeforeEach
    void toBevillinger() {
        klient = new LedgerKlient(port);
        hjemmeplejen = klient.som("hp-0042", "UDFOERER");
        a = bevilling(klient);
        b = bevilling(klient);
    }

    @Test
    void eachRegistrationGetsItsOwnAnswerAndABadOneDoesNotStopTheOthers() throws Exception {
        UUID ukendt = UUID.randomUUID();
        List<Map<String, Object>> r = new ArrayList<>();
        r.add(levering(a, "2026-03-16T06:45:00Z"));
        r.add(levering(a, "2026-03-16T16:45:00Z"));
        r.add(json("type", "IKKE_LEVERET", "bevillingId", b, "leveringId", UUID.randomUUID(), "planlagt", "2026-03-16T07:00:00Z",
                "aarsag", "BORGER_IKKE_HJEMME", "erstatningTilbudt", false));
        r.add(json("type", "UPLANLAGT", "bevillingId", b, "leveringId", UUID.randomUUID(), "leveret", "2026-03-16T22:10:00Z",
                "udfoertAf", "hp-0042", "varighedMinutter", 15, "anledning", "Nødkald"));
        r.add(json("type", "LEVERING", "bevillingId", a, "leveringId", UUID.randomUUID(), "leveret", "16-03-2026",
                "udfoertAf", "hp-0042", "varighedMinutter", 20));
        r.add(levering(a, "2026-03-16T06:45:00Z"));
        r.add(levering(ukendt, "2026-03-16T06:45:00Z"));
        r.add(json("type", "BESOEG", "bevillingId", a));

        LedgerKlient.Svar svar = send(hjemmeplejen, UUID.randomUUID(), r);

        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        JsonNode res = svar.krop().get("resultater");
        assertThat(res).hasSize(8);
        assertThat(statusser(res)).containsExactly("OPRETTET", "OPRETTET", "OPRETTET", "OPRETTET", "AFVIST", "AFVIST", "AFVIST", "AFVIST");
        afvist(res.get(4), "UGYLDIG_VAERDI", "registreringer[4].leveret");
        afvist(res.get(5), "LEVERING_DOBBELT", "registreringer[5].leveret");
        afvist(res.get(6), "BEVILLING_UKENDT", "registreringer[6].bevillingId");
        afvist(res.get(7), "UGYLDIG_VAERDI", "registreringer[7].type");
        assertThat(res.get(7).get("besked").asText()).contains("IKKE_LEVERET, LEVERING, UPLANLAGT");
        assertThat(svar.krop().get("antal").toString()).isEqualTo("{\"OPRETTET\":4,\"FANDTES\":0,\"AFVIST\":4}");

        assertThat(haendelser(a, "LeveringUdfoert")).isEqualTo(2);
        assertThat(haendelser(b, "LeveringIkkeUdfoert")).isEqualTo(1);
        assertThat(haendelser(b, "UplanlagtLeveringRegistreret")).isEqualTo(1);
        assertThat(haendelser(ukendt, "")).isZero();
        assertThat(jdbc.queryForList("SELECT payload FROM domain_event_entry WHERE aggregate_identifier IN (?, ?) AND payload_type LIKE '%Levering%'",
                byte[].class, a.toString(), b.toString())).as("who is recorded on each event").hasSize(4)
                .allSatisfy(p -> assertThat(new String(p, java.nio.charset.StandardCharsets.UTF_8)).contains("\"hp-0042\"", "\"UDFOERER\""));
    }

    @Test
    void theRegistrationsOfOneBevillingAreWrittenInOneTransaction() throws Exception {
        List<Map<String, Object>> r = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            r.add(levering(i % 2 == 0 ? a : b, "2026-03-17T%02d:%02d:00Z".formatted(6 + i / 6, (i % 6) * 10)));
        }

        LedgerKlient.Svar svar = send(hjemmeplejen, UUID.randomUUID(), r);

        assertThat(statusser(svar.krop().get("resultater"))).hasSize(40).containsOnly("OPRETTET");
        for (UUID bevilling : List.of(a, b)) {
            assertThat(haendelser(bevilling, "LeveringUdfoert")).isEqualTo(20);
            assertThat(jdbc.queryForObject("SELECT count(DISTINCT xmin::text) FROM domain_event_entry WHERE aggregate_identifier = ? "
                    + "AND payload_type LIKE '%LeveringUdfoert'", Long.class, bevilling.toString())).as("transactions for %s", bevilling).isEqualTo(1);
        }
    }

    @Test
    void theSameRequestSentAgainAnswersTheSameAndStoresNothingTwice() throws Exception {
        UUID kommandoId = UUID.randomUUID();
        List<Map<String, Object>> r = List.of(levering(a, "2026-03-18T07:00:00Z"), levering(b, "2026-03-18T07:30:00Z"),
                json("type", "LEVERING", "bevillingId", a, "leveringId", UUID.randomUUID(), "leveret", "2099-01-01T00:00:00Z",
                        "udfoertAf", "hp-0042", "varighedMinutter", 20));
        LedgerKlient.Svar foerste = send(hjemmeplejen, kommandoId, r);
        long foer = alle();

        LedgerKlient.Svar anden = send(hjemmeplejen, kommandoId, r);

        assertThat(anden.status()).isEqualTo(200);
        assertThat(anden.krop().get("resultater")).isEqualTo(foerste.krop().get("resultater"));
        assertThat(statusser(anden.krop().get("resultater"))).containsExactly("OPRETTET", "OPRETTET", "AFVIST");
        assertThat(anden.krop().get("gentaget").asBoolean()).isTrue();
        assertThat(foerste.krop().get("gentaget").asBoolean()).isFalse();
        assertThat(alle()).isEqualTo(foer);

        LedgerKlient.Svar igenUnderNytId = send(hjemmeplejen, UUID.randomUUID(), r.subList(0, 1));
        assertThat(statusser(igenUnderNytId.krop().get("resultater"))).as("a leveringId registered before is already there")
                .containsExactly("FANDTES");
        assertThat(alle()).isEqualTo(foer);
    }

    @Test
    void aRequestResentAfterACrashHalfWayAnswersTheStoredBevillingFromTheLogAndCarriesOutTheRest() throws Exception {
        UUID kommandoId = UUID.randomUUID();
        List<Map<String, Object>> r = List.of(levering(a, "2026-03-18T09:00:00Z"), levering(b, "2026-03-18T09:30:00Z"));
        LedgerKlient.Svar kunA = send(hjemmeplejen, kommandoId, r.subList(0, 1));
        // the crash: a's group was committed, the request itself never logged (it is logged after all its groups)
        jdbc.update("DELETE FROM kommando_log WHERE kommando_id = ?", kommandoId);

        LedgerKlient.Svar igen = send(hjemmeplejen, kommandoId, r);

        assertThat(igen.status()).as(igen.toString()).isEqualTo(200);
        assertThat(statusser(igen.krop().get("resultater"))).containsExactly("OPRETTET", "OPRETTET");
        assertThat(igen.krop().get("resultater").get(0)).isEqualTo(kunA.krop().get("resultater").get(0));
        assertThat(haendelser(a, "LeveringUdfoert")).as("a's levering stored once").isEqualTo(1);
        assertThat(haendelser(b, "LeveringUdfoert")).isEqualTo(1);
    }

    @Test
    void aLargeRequestIsAnsweredInRequestOrderWithEachRegistrationsOwnOutcome() throws Exception {
        UUID ukendt = UUID.randomUUID();
        List<Map<String, Object>> r = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            UUID bevilling = i % 3 == 2 ? ukendt : i % 3 == 0 ? a : b;
            r.add(levering(bevilling, java.time.Instant.parse("2026-03-21T06:00:00Z").plusSeconds(i).toString()));
        }

        LedgerKlient.Svar svar = send(hjemmeplejen, UUID.randomUUID(), r);

        JsonNode res = svar.krop().get("resultater");
        assertThat(res).hasSize(1_200);
        for (int i = 0; i < 1_200; i++) {
            assertThat(List.of(res.get(i).get("nr").asInt(), res.get(i).get("leveringId").asText(), res.get(i).get("status").asText()))
                    .isEqualTo(List.of(i, r.get(i).get("leveringId").toString(), i % 3 == 2 ? "AFVIST" : "OPRETTET"));
        }
        assertThat(haendelser(a, "LeveringUdfoert")).isEqualTo(400);
        assertThat(haendelser(b, "LeveringUdfoert")).isEqualTo(400);
    }

    @Test
    void theSameCommandIdWithOtherContentIsAConflictAndWritesNothing() throws Exception {
        UUID kommandoId = UUID.randomUUID();
        send(hjemmeplejen, kommandoId, List.of(levering(a, "2026-03-19T07:00:00Z")));
        long foer = alle();

        LedgerKlient.Svar svar = send(hjemmeplejen, kommandoId, List.of(levering(a, "2026-03-19T08:00:00Z")));

        assertThat(List.of(svar.status(), svar.tekst("fejlkode"))).as(svar.toString()).isEqualTo(List.of(409, "KOMMANDO_ID_GENBRUGT"));
        assertThat(alle()).isEqualTo(foer);
    }

    @Test
    void aBevillingOfAnotherKommuneIsAnsweredAsIfItDidNotExist() throws Exception {
        LedgerKlient aarhus = hjemmeplejen.iKommune("55133018");

        LedgerKlient.Svar svar = send(aarhus, UUID.randomUUID(), List.of(levering(a, "2026-03-20T07:00:00Z")));

        afvist(svar.krop().get("resultater").get(0), "BEVILLING_UKENDT", "registreringer[0]");
        assertThat(haendelser(a, "LeveringUdfoert")).isZero();
    }

    @Test
    void aRequestWithoutRegistrationsOrWithTooManyIsRefusedAsAWhole() throws Exception {
        LedgerKlient.Svar tom = hjemmeplejen.send(STI, "{\"registreringer\": []}", UUID.randomUUID(), null);
        LedgerKlient.Svar ukendt = hjemmeplejen.send(STI, "{\"registeringer\": []}", UUID.randomUUID(), null);
        List<Map<String, Object>> mange = new ArrayList<>();
        for (int i = 0; i < 10_001; i++) {
            mange.add(json("type", "LEVERING"));
        }
        LedgerKlient.Svar forMange = send(hjemmeplejen, UUID.randomUUID(), mange);

        assertThat(List.of(tom.status(), tom.tekst("fejlkode"), tom.tekst("felt"))).isEqualTo(List.of(400, "ANTAL_UGYLDIGT", "registreringer"));
        assertThat(List.of(ukendt.status(), ukendt.tekst("fejlkode"))).isEqualTo(List.of(400, "UKENDT_FELT"));
        assertThat(ukendt.tekst("detail")).contains("mente du 'registreringer'?");
        assertThat(List.of(forMange.status(), forMange.tekst("fejlkode"))).isEqualTo(List.of(400, "ANTAL_UGYLDIGT"));
    }

    private static Map<String, Object> levering(UUID bevilling, String leveret) {
        return json("type", "LEVERING", "bevillingId", bevilling, "leveringId", UUID.randomUUID(), "leveret", leveret, "udfoertAf", "hp-0042",
                "varighedMinutter", 20);
    }

    private static LedgerKlient.Svar send(LedgerKlient som, UUID kommandoId, List<Map<String, Object>> registreringer) throws Exception {
        return som.send(STI, JSON.writeValueAsString(Map.of("registreringer", registreringer)), kommandoId, null);
    }

    private static List<String> statusser(JsonNode resultater) {
        List<String> s = new ArrayList<>();
        resultater.forEach(r -> s.add(r.get("status").asText()));
        return s;
    }

    private static void afvist(JsonNode resultat, String fejlkode, String felt) {
        assertThat(List.of(resultat.get("status").asText(), resultat.get("fejlkode").asText(), resultat.get("felt").asText()))
                .as(resultat.toString()).isEqualTo(List.of("AFVIST", fejlkode, felt));
    }

    private long haendelser(UUID aggregat, String type) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?", Long.class,
                aggregat.toString(), "%" + type);
    }

    private long alle() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    private static UUID bevilling(LedgerKlient klient) {
        UUID borger = klient.borger(Cprnumre.tilfaeldigt(), "Bulk Borgersen");
        UUID sag = UUID.randomUUID();
        ok(klient.post("/api/sager", json("sagId", sag, "borgerId", borger, "ejer", LedgerKlient.AALBORG, "ansvarligEnhed", "visitation",
                "kleNummer", "27.36.04", "handlingsfacet", "G01", "foelsomhed", "FORTROLIGE_PERSONOPLYSNINGER", "titel", "Personlig pleje",
                "opstaaetDato", "2026-03-03")));
        UUID afgoerelse = UUID.randomUUID();
        ok(klient.post("/api/sager/" + sag + "/afgoerelser", json("afgoerelseId", afgoerelse, "type", "BEVILLING", "hjemmel", "SEL § 83",
                "begrundelse", "Behov for pleje", "klagevejledningGivet", true, "truffetDato", "2026-03-13", "uoplystBegrundelse", "Akut")));
        UUID bevilling = UUID.randomUUID();
        ok(klient.post("/api/bevillinger", json("bevillingId", bevilling, "borgerId", borger, "sagId", sag, "afgoerelseId", afgoerelse,
                "indsatsKode", "SEL-83-PP", "startdato", "2026-03-16", "omfang", json("minutter", 25, "periode", "PR_DAG", "gange", 2),
                "bevilgetDato", "2026-03-13")));
        return bevilling;
    }

    private static void ok(LedgerKlient.Svar svar) {
        assertThat(svar.status()).as(svar.toString()).isIn(200, 201);
    }
}
