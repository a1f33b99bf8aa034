package dk.careledger.app.bevis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dk.careledger.app.adgang.Adgangslog;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.app.testsupport.HoldtTransaktion;
import dk.careledger.app.testsupport.Testtokens;
import dk.careledger.commandside.borger.BorgerRegister;
import dk.careledger.commandside.borger.Identtype;
import dk.careledger.commandside.kommando.Aggregattype;
import dk.careledger.commandside.kommando.Kalder;
import dk.careledger.commandside.kommando.Kommandoafsender;
import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.felles.Aktoer;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.felles.Rolle;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.sag.command.OpretSag;
import dk.careledger.projection.motor.Projektionsmotor;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tamper evidence (ADR 0024, issue 17 item 1): someone with write access to the database alters one byte of a payload,
 * deletes a row, inserts a row into the past, or swaps two rows, in the event store or in the access log; the
 * verifier names the first position where the log and its proofs disagree, and what it found there. It refuses
 * checkpoints not signed by the key it trusts, and a properly signed checkpoint for another history shows the log was
 * rewritten. Each tampering is undone afterwards with the same privileges, and the log verifies again. The sealer
 * runs only when a test calls it, every sealing writes a checkpoint, and the application's own periodic verification
 * never runs (it would count a tampering a test has not undone yet).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"ledger.bevis.forsegling-interval-ms=3600000",
        "ledger.bevis.kontrolpunkt-interval=PT0S", "ledger.bevis.verifikation-foerste=PT87600H"})
@EmbeddedPostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManipulationTest {
    private static final Cvr AALBORG = new Cvr(Testtokens.AALBORG);
    private static final Kalder SAGSBEHANDLER = new Kalder(new Aktoer("sb-bevis", Rolle.SAGSBEHANDLER), AALBORG);
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    Kommandoafsender kommandoer;
    @Autowired
    BorgerRegister borgere;
    @Autowired
    Adgangslog adgangslog;
    @Autowired
    Forsegler forsegler;
    @Autowired
    Bevisnoegle noegle;
    @Autowired
    Projektionsmotor motor;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transaktioner;
    @Autowired
    MeterRegistry metrik;
    @Autowired
    Clock clock;
    @Value("${spring.datasource.url}")
    String url;
    @Value("${spring.datasource.username}")
    String dbBruger;
    @Value("${spring.datasource.password}")
    String dbKode;

    UUID borger;
    /** A global_index no committed event has: an insert that was rolled back. */
    long hul;
    private int sagsnummer;

    @BeforeAll
    void enHistorieMedEtHul() throws Exception {
        // the forged rows below must not reach the projections; this test needs only the store and its proofs
        motor.stop();
        borger = borgere.registrer(UUID.randomUUID(), Identtype.ANONYM, null, null, SAGSBEHANDLER.registrering(clock.instant())).borgerId();
        for (int i = 0; i < 6; i++) {
            opretSag();
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp, "
                        + "payload_type, payload_revision, payload, meta_data) SELECT gen_random_uuid()::text, gen_random_uuid()::text, 0, type, "
                        + "time_stamp, payload_type, payload_revision, payload, meta_data FROM domain_event_entry ORDER BY global_index LIMIT 1");
            }
            hul = jdbc.queryForObject("SELECT pg_sequence_last_value('domain_event_entry_global_index_seq')", Long.class);
            c.rollback();
        }
        for (int i = 0; i < 4; i++) {
            opretSag();
        }
        for (int i = 0; i < 5; i++) {
            adgangslog.laest(Testtokens.bruger("laeser-" + i, Testtokens.AALBORG, Adgangsrolle.SAGSBEHANDLER), "sag", "ref-" + i, List.of(borger));
        }
        forsegl();
    }

    @Test
    void givenCommandsCommittingOutOfOrder_whenSealing_thenNothingAboveAHeldTransactionIsChainedUntilItCommitsAndVerifyPasses()
            throws Exception {
        forsegl();
        long foer = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        UUID holdtSag = UUID.randomUUID();
        List<Long> forsegletImens = new ArrayList<>();
        HoldtTransaktion.mens(transaktioner, () -> send(holdtSag), () -> {
            for (int i = 0; i < 4; i++) {
                opretSag();
            }
            for (int i = 0; i < 6; i++) {
                forsegler.runde();
                forsegletImens.add(forsegler.forseglet(Bevislog.HAENDELSER));
                Thread.sleep(30);
            }
        });
        long holdtIndeks = jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class,
                holdtSag.toString());
        assertThat(jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class))
                .as("events committed above the held one").isGreaterThan(holdtIndeks);
        assertThat(forsegletImens).as("sealed while the transaction was held").allMatch(p -> p <= foer);

        forsegl();

        assertThat(forsegler.forseglet(Bevislog.HAENDELSER)).isEqualTo(jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry",
                Long.class));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM bevis_kaede WHERE log = 'HAENDELSER' AND position = ?", Long.class, holdtIndeks))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM bevis_kaede WHERE log = 'HAENDELSER' AND position = ?", Long.class, hul))
                .as("the rolled-back index is passed over").isZero();
        assertThat(verificer(Bevislog.HAENDELSER).ok()).isTrue();
        assertThat(verificer(Bevislog.ADGANGSLOG).ok()).isTrue();
    }

    @Test
    void givenOneByteOfOnePayloadAltered_whenVerifying_thenThatPositionIsReportedAsAltered() throws Exception {
        forsegl();
        long p = midt();
        byte[] foer = jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE global_index = ?", byte[].class, p);
        byte[] efter = foer.clone();
        efter[efter.length / 2] ^= 1;
        try {
            jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", efter, p);

            assertAfvigelse(Bevislog.HAENDELSER, p, Verifikation.Art.AENDRET);
        } finally {
            jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", foer, p);
        }
        assertThat(verificer(Bevislog.HAENDELSER).ok()).as("the original payload verifies again").isTrue();
    }

    @Test
    void givenARowDeleted_whenVerifying_thenItsPositionIsReportedAsMissing() throws Exception {
        forsegl();
        long p = midt();
        try (Connection c = privilegeret()) {
            c.createStatement().execute("CREATE TEMP TABLE gemt AS SELECT * FROM domain_event_entry WHERE global_index = " + p);
            c.createStatement().execute("DELETE FROM domain_event_entry WHERE global_index = " + p);
            try {
                assertAfvigelse(Bevislog.HAENDELSER, p, Verifikation.Art.MANGLER);
            } finally {
                c.createStatement().execute("INSERT INTO domain_event_entry SELECT * FROM gemt");
            }
        }
        assertThat(verificer(Bevislog.HAENDELSER).ok()).isTrue();
    }

    @Test
    void givenARowInsertedIntoAGapOfTheSealedHistory_whenVerifying_thenItsPositionIsReportedAsInserted() throws Exception {
        forsegl();
        jdbc.update("INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp, "
                + "payload_type, payload_revision, payload, meta_data) SELECT ?, gen_random_uuid()::text, gen_random_uuid()::text, 0, type, "
                + "time_stamp, payload_type, payload_revision, payload, meta_data FROM domain_event_entry WHERE global_index = ?", hul, midt());
        try {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM haendelse_blad WHERE global_index = ?", Long.class, hul))
                    .as("the trigger gave the forged row a leaf").isEqualTo(1);

            assertAfvigelse(Bevislog.HAENDELSER, hul, Verifikation.Art.INDSAT);
        } finally {
            try (Connection c = privilegeret()) {
                c.createStatement().execute("DELETE FROM domain_event_entry WHERE global_index = " + hul);
                c.createStatement().execute("DELETE FROM haendelse_blad WHERE global_index = " + hul);
            }
        }
        assertThat(verificer(Bevislog.HAENDELSER).ok()).isTrue();
    }

    @Test
    void givenTwoRowsSwapped_whenVerifying_thenTheLowerOfTheTwoPositionsIsReportedAsAltered() throws Exception {
        forsegl();
        long p = midt();
        long q = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry WHERE global_index < (SELECT max(global_index) FROM "
                + "domain_event_entry)", Long.class);
        byt(p, q);
        try {
            assertAfvigelse(Bevislog.HAENDELSER, p, Verifikation.Art.AENDRET);
        } finally {
            byt(p, q);
        }
        assertThat(verificer(Bevislog.HAENDELSER).ok()).isTrue();
    }

    @Test
    void givenAnAccessLogRowAltered_whenVerifying_thenTheAccessLogReportsThatPosition() throws Exception {
        forsegl();
        long r = jdbc.queryForObject("SELECT min(loebenummer) + 1 FROM adgangslog", Long.class);
        String foer = jdbc.queryForObject("SELECT bruger_id FROM adgangslog WHERE loebenummer = ?", String.class, r);
        try (Connection c = privilegeret()) {
            c.createStatement().execute("UPDATE adgangslog SET bruger_id = 'en-anden' WHERE loebenummer = " + r);
            try {
                assertAfvigelse(Bevislog.ADGANGSLOG, r, Verifikation.Art.AENDRET);
                assertThat(verificer(Bevislog.HAENDELSER).ok()).as("the event store is untouched").isTrue();
            } finally {
                c.createStatement().execute("UPDATE adgangslog SET bruger_id = '" + foer + "' WHERE loebenummer = " + r);
            }
        }
        assertThat(verificer(Bevislog.ADGANGSLOG).ok()).isTrue();
    }

    @Test
    void givenForgedCheckpoints_whenVerifyingWithThem_thenAWrongSignatureIsRefusedAndASignedOtherHeadIsADisagreement() throws Exception {
        forsegl();
        Kontrolpunkt aegte = kontrolpunkter().get(0);
        byte[] andetHoved = aegte.hoved().clone();
        andetHoved[0] ^= 1;
        Kontrolpunkt nytHoved = new Kontrolpunkt(aegte.log(), aegte.position(), andetHoved, aegte.tidspunkt(), aegte.noegleId(), aegte.signatur());
        Bevisnoegle fremmed = new Bevisnoegle(new RSAKeyGenerator(2048).generate().toJSONString(), "a test");
        Kontrolpunkt fremmedNoegle = Kontrolpunkt.signeret(aegte.log(), aegte.position(), andetHoved, aegte.tidspunkt(), fremmed);
        Kontrolpunkt andenHistorie = Kontrolpunkt.signeret(aegte.log(), aegte.position(), andetHoved, aegte.tidspunkt(), noegle);

        assertThat(verificer(aegte.log(), List.of(aegte)).ok()).as("the genuine checkpoint").isTrue();
        assertAfvigelse(verificer(aegte.log(), List.of(nytHoved)), aegte.position(), Verifikation.Art.KONTROLPUNKT_FORFALSKET);
        assertAfvigelse(verificer(aegte.log(), List.of(fremmedNoegle)), aegte.position(), Verifikation.Art.KONTROLPUNKT_FORFALSKET);
        assertAfvigelse(verificer(aegte.log(), List.of(andenHistorie)), aegte.position(), Verifikation.Art.KONTROLPUNKT_AFVIGER);
    }

    @Test
    void givenTheExportedCheckpoints_whenTheCommandLineVerifierChecksThemAndThenAForgedCopy_thenItExitsZeroThenOneWithThePosition(
            @TempDir Path tmp) throws Exception {
        forsegl();
        HttpResponse<String> eksport = get("/api/bevis/kontrolpunkter?log=HAENDELSER", "REVISOR");
        assertThat(eksport.statusCode()).isEqualTo(200);
        Path gemt = Files.writeString(tmp.resolve("kontrolpunkter.json"), eksport.body());
        @SuppressWarnings("unchecked")
        Map<String, Object> dokument = JSON.readValue(eksport.body(), Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> foerste = ((List<Map<String, Object>>) dokument.get("kontrolpunkter")).get(0);
        String hoved = (String) foerste.get("hoved");
        foerste.put("hoved", (hoved.charAt(0) == '0' ? "1" : "0") + hoved.substring(1));
        Path forfalsket = Files.writeString(tmp.resolve("forfalsket.json"), JSON.writeValueAsString(dokument));

        ByteArrayOutputStream ud = new ByteArrayOutputStream();
        int kode = Verificer.koer(new String[] {"--url=" + url, "--bruger=" + dbBruger, "--adgangskode=" + dbKode,
                "--kontrolpunkter=" + gemt}, new PrintStream(ud, true, StandardCharsets.UTF_8));
        assertThat(kode).as(ud.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(ud.toString(StandardCharsets.UTF_8)).contains("HAENDELSER: OK til position").contains("ADGANGSLOG: OK til position");

        ud.reset();
        kode = Verificer.koer(new String[] {"--url=" + url, "--bruger=" + dbBruger, "--adgangskode=" + dbKode,
                "--kontrolpunkter=" + forfalsket}, new PrintStream(ud, true, StandardCharsets.UTF_8));
        assertThat(kode).isEqualTo(1);
        assertThat(ud.toString(StandardCharsets.UTF_8))
                .contains("HAENDELSER: AFVIGELSE ved position " + foerste.get("position") + " (KONTROLPUNKT_FORFALSKET)");
    }

    @Test
    void givenARevisor_whenAskingForVerification_thenBothLogsAreOkWithoutDataAndTheMetricsFollow() throws Exception {
        forsegl();
        HttpResponse<String> svar = get("/api/bevis/verifikation", "REVISOR");

        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(200);
        assertThat(JSON.readTree(svar.body()).get("ok").asBoolean()).as(svar.body()).isTrue();
        assertThat(metrik.get("ledger.bevis.verificeret").tag("log", "HAENDELSER").gauge().value())
                .isEqualTo(forsegler.forseglet(Bevislog.HAENDELSER));
        assertThat(metrik.get("ledger.bevis.afvigelse").tag("log", "ADGANGSLOG").gauge().value()).isEqualTo(-1);
        assertThat(get("/api/bevis/verifikation", "SAGSBEHANDLER").statusCode()).isEqualTo(403);
    }

    @Test
    void givenAnAlteredPayload_whenTheRevisorAsksForVerification_thenTheAnswerAndTheFailureCounterNameThePosition() throws Exception {
        forsegl();
        long p = midt();
        double foer = metrik.get("ledger.bevis.afvigelser").tag("log", "HAENDELSER").counter().count();
        String type = jdbc.queryForObject("SELECT payload_type FROM domain_event_entry WHERE global_index = ?", String.class, p);
        jdbc.update("UPDATE domain_event_entry SET payload_type = ? WHERE global_index = ?", type + "X", p);
        try {
            HttpResponse<String> svar = get("/api/bevis/verifikation", "REVISOR");

            var haendelser = JSON.readTree(svar.body()).get("logs").get(0);
            assertThat(haendelser.get("ok").asBoolean()).isFalse();
            assertThat(haendelser.get("foersteAfvigelse").get("position").asLong()).isEqualTo(p);
            assertThat(haendelser.get("verificeretTil").asLong()).isEqualTo(p - 1);
            assertThat(metrik.get("ledger.bevis.afvigelser").tag("log", "HAENDELSER").counter().count()).isEqualTo(foer + 1);
            assertThat(metrik.get("ledger.bevis.afvigelse").tag("log", "HAENDELSER").gauge().value()).isEqualTo(p);
        } finally {
            jdbc.update("UPDATE domain_event_entry SET payload_type = ? WHERE global_index = ?", type, p);
        }
    }

    @Test
    void givenAnExportHandedBackWithOneCheckpointForged_whenPostedForVerification_thenTheAnswerRefusesItAtItsPosition() throws Exception {
        forsegl();
        @SuppressWarnings("unchecked")
        Map<String, Object> dokument = JSON.readValue(get("/api/bevis/kontrolpunkter", "REVISOR").body(), Map.class);
        assertThat(post("/api/bevis/verifikation", JSON.writeValueAsString(dokument)).body()).as("the export as it was")
                .contains("\"ok\":true");
        @SuppressWarnings("unchecked")
        Map<String, Object> et = ((List<Map<String, Object>>) dokument.get("kontrolpunkter")).get(0);
        et.put("tidspunkt", "2020-01-01T00:00:00Z");

        HttpResponse<String> svar = post("/api/bevis/verifikation", JSON.writeValueAsString(dokument));

        assertThat(svar.statusCode()).isEqualTo(200);
        var log = JSON.readTree(svar.body()).get("logs").get(Bevislog.valueOf((String) et.get("log")).ordinal());
        assertThat(log.get("ok").asBoolean()).isFalse();
        assertThat(log.get("foersteAfvigelse").get("position").asLong()).isEqualTo(((Number) et.get("position")).longValue());
        assertThat(log.get("foersteAfvigelse").get("art").asText()).isEqualTo("KONTROLPUNKT_FORFALSKET");
    }

    @Test
    void givenBadInput_whenExportingOrVerifying_thenA400NamesTheFieldAndNothingIsVerified() throws Exception {
        HttpResponse<String> log = get("/api/bevis/kontrolpunkter?log=ALT", "REVISOR");
        HttpResponse<String> ukendt = get("/api/bevis/kontrolpunkter?fra=1", "REVISOR");
        HttpResponse<String> kontrolpunkt = post("/api/bevis/verifikation", "{\"kontrolpunkter\":[{\"log\":\"HAENDELSER\",\"position\":\"x\"}]}");

        assertThat(log.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(log.body()).get("fejlkode").asText()).isEqualTo("LOG_UKENDT");
        assertThat(ukendt.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(ukendt.body()).get("fejlkode").asText()).isEqualTo("PARAMETER_UKENDT");
        assertThat(kontrolpunkt.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(kontrolpunkt.body()).get("fejlkode").asText()).isEqualTo("KONTROLPUNKT_UGYLDIG");
        assertThat(JSON.readTree(kontrolpunkt.body()).get("felt").asText()).isEqualTo("kontrolpunkter");
    }

    private void assertAfvigelse(Bevislog log, long position, Verifikation.Art art) throws SQLException {
        assertAfvigelse(verificer(log), position, art);
    }

    private static void assertAfvigelse(Verifikation.Resultat r, long position, Verifikation.Art art) {
        assertThat(r.afvigelse()).as("%s", r).isNotNull();
        assertThat(r.afvigelse().position()).as("%s", r.afvigelse()).isEqualTo(position);
        assertThat(r.afvigelse().art()).as("%s", r.afvigelse()).isEqualTo(art);
        assertThat(r.verificeretTil()).isEqualTo(position - 1);
    }

    private Verifikation.Resultat verificer(Bevislog log) throws SQLException {
        return verificer(log, List.of());
    }

    private Verifikation.Resultat verificer(Bevislog log, List<Kontrolpunkt> udefra) throws SQLException {
        return new Verifikation(dataSource::getConnection, noegle.offentligNoegle()).verificer(log, udefra);
    }

    private List<Kontrolpunkt> kontrolpunkter() {
        List<Kontrolpunkt> k = jdbc.query("SELECT log, position, hoved, tidspunkt, noegle_id, signatur FROM bevis_kontrolpunkt "
                + "WHERE log = 'HAENDELSER' ORDER BY position", (rs, i) -> Kontrolpunkt.fraRaekke(rs));
        assertThat(k).isNotEmpty();
        return k;
    }

    /** An event in the middle of the sealed history. */
    private long midt() {
        return jdbc.queryForObject("SELECT global_index FROM domain_event_entry ORDER BY global_index OFFSET (SELECT count(*) / 2 "
                + "FROM domain_event_entry) LIMIT 1", Long.class);
    }

    /** Swaps the rows at {@code p} and {@code q}: each takes the other's global_index. */
    private void byt(long p, long q) {
        new TransactionTemplate(transaktioner).executeWithoutResult(s -> {
            jdbc.update("UPDATE domain_event_entry SET global_index = -1 WHERE global_index = ?", p);
            jdbc.update("UPDATE domain_event_entry SET global_index = ? WHERE global_index = ?", p, q);
            jdbc.update("UPDATE domain_event_entry SET global_index = ? WHERE global_index = -1", q);
        });
    }

    /** A connection of its own, outside the pool, that no trigger stops (what an administrator of the database has). */
    private Connection privilegeret() throws SQLException {
        Connection c = DriverManager.getConnection(url, dbBruger, dbKode);
        c.createStatement().execute("SET session_replication_role = replica");
        return c;
    }

    private void forsegl() throws InterruptedException {
        assertThat(forsegler.forseglAlt(Duration.ofSeconds(30))).as("sealed").isTrue();
    }

    private void opretSag() {
        send(UUID.randomUUID());
    }

    private void send(UUID sag) {
        kommandoer.send(Aggregattype.SAG, sag.toString(), new OpretSag(new SagId(sag), "27.36.04-G01-" + (++sagsnummer) + "-26",
                new BorgerId(borger), AALBORG, "visitation", "27.36.04", "G01", Foelsomhed.FOELSOMME_PERSONOPLYSNINGER, "Praktisk hjælp",
                LocalDate.of(2026, 3, 2), List.of(), null), UUID.randomUUID(), null, SAGSBEHANDLER);
    }

    private HttpResponse<String> post(String sti, String krop) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + sti))
                .header("Authorization", Testtokens.bearer(Testtokens.bruger("revisor-bevis", Testtokens.AALBORG, Adgangsrolle.REVISOR)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(krop)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String sti, String rolle) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + sti))
                .header("Authorization", Testtokens.bearer(Testtokens.bruger("revisor-bevis", Testtokens.AALBORG, Adgangsrolle.valueOf(rolle))))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
