package dk.careledger.app.projektion;

import dk.careledger.app.testsupport.Testtokens;
import dk.careledger.domain.adgang.Adgangsrolle;
import static dk.careledger.app.e2e.LedgerKlientAdgang.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.careledger.app.e2e.LedgerKlientAdgang;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.app.testsupport.Vent;
import dk.careledger.projection.admin.GenopbygningFraKommandolinjen;
import dk.careledger.projection.motor.Haendelse;
import dk.careledger.projection.motor.Projektion;
import dk.careledger.projection.motor.Projektionsmotor;
import dk.careledger.projection.motor.Projektionsstatus;
import dk.careledger.projection.motor.Projektionsstatus.Tilstand;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An event a projection cannot apply (issue 11) parks in that projection alone: it stops just before the event, with
 * everything before it applied, while every other projection goes on; it stays stopped across restarts and rebuilds
 * until an operator tries the event again or skips it. Failures not tied to an event park nothing, and holes in the
 * global index that will never be filled do not keep anything from being caught up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class GiftigeHaendelserTest {
    static final String GIFTFOELSOM = "test-giftfoelsom";
    static final String USTABIL = "test-ustabil";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Records every event it applies (how often per global index, so a second application shows); fails, every time,
     * on the events of the aggregates in {@code giftige}: a projection with a bug for those events.
     */
    static class Giftfoelsom implements Projektion {
        final Set<String> giftige = ConcurrentHashMap.newKeySet();
        private final JdbcTemplate jdbc;

        Giftfoelsom(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
            jdbc.execute("CREATE TABLE IF NOT EXISTS test_gift (global_indeks BIGINT PRIMARY KEY, antal INT NOT NULL)");
        }

        @Override
        public String navn() {
            return GIFTFOELSOM;
        }

        @Override
        public void anvend(List<Haendelse> haendelser) {
            for (Haendelse h : haendelser) {
                if (h.aggregatId() != null && giftige.contains(h.aggregatId())) {
                    throw new IllegalStateException("kan ikke anvende hændelsen for " + h.aggregatId());
                }
            }
            jdbc.batchUpdate("INSERT INTO test_gift (global_indeks, antal) VALUES (?, 1) "
                    + "ON CONFLICT (global_indeks) DO UPDATE SET antal = test_gift.antal + 1",
                    haendelser.stream().map(h -> new Object[] {h.globalIndeks()}).toList());
        }

        @Override
        public List<String> tabeller() {
            return List.of("test_gift ORDER BY global_indeks");
        }

        @Override
        public void nulstil() {
            jdbc.update("DELETE FROM test_gift");
        }
    }

    /** Records every event it applies; fails its next {@code fejl} calls, whatever the events, with {@code fejlen}. */
    static class Ustabil extends Anvendelsestaeller {
        final AtomicInteger fejl = new AtomicInteger();
        volatile Supplier<RuntimeException> fejlen = () -> new DataAccessResourceFailureException("forbindelsen til databasen er væk");
        final AtomicInteger kald = new AtomicInteger();

        Ustabil(JdbcTemplate jdbc) {
            super(USTABIL, "test_ustabil", jdbc);
        }

        @Override
        protected void foer(List<Haendelse> haendelser) {
            kald.incrementAndGet();
            if (fejl.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw fejlen.get();
            }
        }
    }

    @TestConfiguration
    static class Konfiguration {
        @Bean
        Giftfoelsom giftfoelsom(JdbcTemplate jdbc) {
            return new Giftfoelsom(jdbc);
        }

        @Bean
        Ustabil ustabil(JdbcTemplate jdbc) {
            return new Ustabil(jdbc);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Projektionsmotor motor;

    @Autowired
    MeterRegistry metrik;

    @Autowired
    Giftfoelsom giftfoelsom;

    @Autowired
    Ustabil ustabil;

    @Autowired
    PlatformTransactionManager transaktioner;

    @Autowired
    ConfigurableApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    /** Whatever a test leaves stopped is skipped, so the next test starts with every projection live. */
    @AfterEach
    void rydOp() {
        giftfoelsom.giftige.clear();
        ustabil.fejl.set(0);
        for (Projektionsstatus s : motor.status()) {
            if (s.parkeret() != null) {
                motor.springOver(s.navn(), s.parkeret().globalIndeks(), "test", "oprydning efter testen");
            }
        }
        assertThat(motor.venTilAjour(Duration.ofSeconds(60))).as("every projection caught up after the test").isTrue();
    }

    @Test
    void givenAnEventWithANulInATextWhenItArrivesThenOnlyTheProjectionsThatCannotStoreItStopAndEveryOtherAppliesEveryLaterEvent()
            throws Exception {
        LedgerKlientAdgang klient = new LedgerKlientAdgang(port);
        UUID borger = klient.borger();
        UUID foer = klient.startForloeb(borger);
        assertThat(motor.venTilAjour(Duration.ofSeconds(30))).isTrue();
        double parkeredeFoer = parkerede();

        UUID giftigtForloeb = UUID.randomUUID();
        long gift = giftigKopi(foer, giftigtForloeb);
        UUID efter = klient.startForloeb(borger);
        long sidste = hoved();
        // the test projections apply the batch with the event only after every projection that fails on it has parked it
        assertThat(motor.venTilAjour(Duration.ofSeconds(30), List.of(GIFTFOELSOM, USTABIL))).isTrue();

        List<String> stoppede = stoppede();
        List<String> andre = motor.navne().stream().filter(n -> !stoppede.contains(n)).toList();
        assertThat(stoppede).as("projections that store the forløbstype as text").contains("forloeb").doesNotContain(GIFTFOELSOM, USTABIL);
        assertThat(andre).contains(GIFTFOELSOM, USTABIL, "sager");
        assertThat(motor.venTilAjour(Duration.ofSeconds(30), andre)).as("the others apply every later event").isTrue();
        assertThat(jdbc.queryForList("SELECT global_indeks FROM test_gift WHERE global_indeks >= ?", Long.class, gift))
                .contains(gift, sidste);
        for (Projektionsstatus s : motor.status()) {
            if (stoppede.contains(s.navn())) {
                assertThat(s.tilstand()).isEqualTo(Tilstand.STOPPET);
                assertThat(s.position()).as("%s applied everything before the event, and not the event", s.navn()).isLessThan(gift);
                assertThat(s.parkeret().globalIndeks()).isEqualTo(gift);
                assertThat(s.parkeret().aggregatId()).isEqualTo(giftigtForloeb.toString());
                assertThat(s.parkeret().haendelsestype()).endsWith("ForloebStartet");
                assertThat(s.parkeret().aarsag()).isNotBlank();
            } else {
                assertThat(s.tilstand()).as(s.navn()).isEqualTo(Tilstand.LIVE);
                assertThat(s.position()).as(s.navn()).isGreaterThanOrEqualTo(sidste);
            }
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM forloeb WHERE forloeb_id = ?", Long.class, efter))
                .as("the stopped forløb projection has not gone past the event").isZero();
        assertThat(jdbc.queryForList("SELECT navn FROM projektion_parkering WHERE global_indeks = ? AND beslutning IS NULL", String.class, gift))
                .containsExactlyInAnyOrderElementsOf(stoppede);

        JsonNode status = JSON.readTree(hent("/api/admin/projektioner").body());
        JsonNode forloeb = null;
        for (JsonNode s : status) {
            if (s.get("navn").asText().equals("forloeb")) {
                forloeb = s;
            }
        }
        assertThat(forloeb.get("tilstand").asText()).isEqualTo("STOPPET");
        assertThat(forloeb.get("parkeret").get("globalIndeks").asLong()).isEqualTo(gift);
        assertThat(forloeb.get("parkeret").get("aarsag").asText()).isNotBlank();

        HttpResponse<String> health = hent("/actuator/health");
        JsonNode sundhed = JSON.readTree(health.body());
        assertThat(health.statusCode()).as("DEGRADED still serves: 200").isEqualTo(200);
        assertThat(sundhed.get("status").asText()).isEqualTo("DEGRADED");
        assertThat(sundhed.get("components").get("projektioner").get("status").asText()).isEqualTo("DEGRADED");
        assertThat(sundhed.get("components").get("projektioner").get("details").get("stoppede").get("forloeb").get("globalIndeks").asLong())
                .isEqualTo(gift);
        assertThat(metrik.get("ledger.projektioner.stoppede").gauge().value()).isEqualTo(stoppede.size());
        assertThat(parkerede() - parkeredeFoer).isEqualTo(stoppede.size());

        // the cause is removed (as a code fix would), and an operator tries the event again
        jdbc.update("UPDATE domain_event_entry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), ?, ''), 'UTF8') "
                + "WHERE global_index = ?", "\\u0000", gift);
        for (String navn : stoppede) {
            assertThat(post("/api/admin/projektioner/" + navn + "/genoptagelse", Map.of("begrundelse", "rettet"), "drift-1").statusCode())
                    .isEqualTo(202);
        }
        assertThat(motor.venTilAjour(Duration.ofSeconds(30))).as("every projection caught up after the retry").isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM forloeb WHERE forloeb_id IN (?, ?)", Long.class, giftigtForloeb, efter))
                .isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT beslutning || '/' || besluttet_af || '/' || begrundelse FROM projektion_parkering "
                + "WHERE global_indeks = ?", String.class, gift)).hasSize(stoppede.size()).containsOnly("GENOPTAGET/drift-1/rettet");
        assertThat(JSON.readTree(hent("/actuator/health").body()).get("status").asText()).isEqualTo("UP");
        assertThat(metrik.get("ledger.projektioner.stoppede").gauge().value()).isZero();
    }

    @Test
    void givenAStoppedProjectionWhenTheEngineRestartsThenItIsStillStoppedAtTheSameEventAndNothingIsAppliedTwice() {
        LedgerKlientAdgang klient = new LedgerKlientAdgang(port);
        UUID borger = klient.borger();
        klient.startForloeb(borger);
        long gift = giftigtForloeb(klient, borger);
        klient.startForloeb(borger);
        assertThat(motor.venTilAjour(Duration.ofSeconds(30), List.of(USTABIL))).isTrue();
        assertThat(stoppede()).containsExactly(GIFTFOELSOM);

        motor.stop();
        motor.start();
        klient.startForloeb(borger);
        long sidste = hoved();

        assertThat(motor.venTilAjour(Duration.ofSeconds(30), List.of(USTABIL))).isTrue();
        assertThat(motor.venTilAjour(Duration.ofSeconds(5))).as("not caught up while stopped").isFalse();
        assertThat(status(GIFTFOELSOM).tilstand()).isEqualTo(Tilstand.STOPPET);
        assertThat(status(GIFTFOELSOM).parkeret().globalIndeks()).isEqualTo(gift);
        assertThat(status(GIFTFOELSOM).position()).isLessThan(gift);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM projektion_parkering WHERE navn = ?", Long.class, GIFTFOELSOM))
                .as("parked once, not again at the restart").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT max(global_indeks) FROM test_gift", Long.class)).isLessThan(gift);
        assertThat(jdbc.queryForObject("SELECT max(antal) FROM test_gift", Integer.class)).as("no event applied twice").isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT global_indeks FROM test_ustabil WHERE global_indeks > ?", Long.class, gift)).contains(sidste);
    }

    @Test
    void givenAStoppedProjectionWhenAnOperatorSkipsTheEventWithAReasonThenItGoesOnPastThatEventOnlyAndTheDecisionIsKept() {
        LedgerKlientAdgang klient = new LedgerKlientAdgang(port);
        UUID borger = klient.borger();
        long gift = giftigtForloeb(klient, borger);
        Vent.til(() -> stoppede().contains(GIFTFOELSOM), "the projection stops");
        klient.startForloeb(borger);
        long sidste = hoved();

        HttpResponse<String> svar = post("/api/admin/projektioner/" + GIFTFOELSOM + "/overspringelse",
                Map.of("globalIndeks", gift, "begrundelse", "hændelsen er en testfejl og påvirker ikke læsemodellen"), "drift-2");

        assertThat(svar.statusCode()).isEqualTo(202);
        assertThat(motor.venTilAjour(Duration.ofSeconds(30))).isTrue();
        assertThat(status(GIFTFOELSOM).tilstand()).isEqualTo(Tilstand.LIVE);
        assertThat(jdbc.queryForList("SELECT global_indeks FROM test_gift WHERE global_indeks >= ?", Long.class, gift))
                .doesNotContain(gift).contains(sidste);
        assertThat(jdbc.queryForMap("SELECT beslutning, besluttet_af, begrundelse, besluttet IS NOT NULL AS besluttet FROM projektion_parkering "
                + "WHERE navn = ? AND global_indeks = ?", GIFTFOELSOM, gift)).containsEntry("beslutning", "OVERSPRUNGET")
                .containsEntry("besluttet_af", "drift-2").containsEntry("besluttet", true)
                .containsEntry("begrundelse", "hændelsen er en testfejl og påvirker ikke læsemodellen");

        // the decision holds in a rebuild, where the projection still cannot apply the event
        List<Long> live = jdbc.queryForList("SELECT global_indeks FROM test_gift ORDER BY global_indeks", Long.class);
        motor.genopbyg(List.of(GIFTFOELSOM));
        assertThat(motor.venTilAjour(Duration.ofSeconds(30))).isTrue();
        assertThat(jdbc.queryForList("SELECT global_indeks FROM test_gift ORDER BY global_indeks", Long.class)).isEqualTo(live);
    }

    @Test
    void givenAProjectionThatCannotApplyAnEventInItsHistoryWhenItIsRebuiltThenItHoldsEverythingBeforeTheEventAndAfterASkipItEqualsLive() {
        LedgerKlientAdgang klient = new LedgerKlientAdgang(port);
        UUID borger = klient.borger();
        UUID tidligt = klient.startForloeb(borger);
        klient.startForloeb(borger);
        assertThat(motor.venTilAjour(Duration.ofSeconds(30))).isTrue();
        long gift = jdbc.queryForObject("SELECT min(global_index) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class,
                tidligt.toString());
        List<Long> live = jdbc.queryForList("SELECT global_indeks FROM test_gift ORDER BY global_indeks", Long.class);
        List<Long> foerGiften = live.stream().filter(i -> i < gift).toList();
        giftfoelsom.giftige.add(tidligt.toString());

        motor.genopbyg(List.of(GIFTFOELSOM));
        Vent.til(() -> stoppede().contains(GIFTFOELSOM), "the rebuild stops");

        assertThat(status(GIFTFOELSOM).parkeret().globalIndeks()).isEqualTo(gift);
        assertThat(jdbc.queryForList("SELECT global_indeks FROM test_gift ORDER BY global_indeks", Long.class))
                .as("the history up to the event, not an empty table").isNotEmpty().isEqualTo(foerGiften);

        motor.springOver(GIFTFOELSOM, gift, "drift-3", "forløbet er oprettet ved en fejl");
        assertThat(motor.venTilAjour(Duration.ofSeconds(30))).isTrue();
        assertThat(jdbc.queryForList("SELECT global_indeks FROM test_gift ORDER BY global_indeks", Long.class))
                .isEqualTo(live.stream().filter(i -> i != gift).toList());
        assertThat(jdbc.queryForObject("SELECT max(antal) FROM test_gift", Integer.class)).isEqualTo(1);
    }

    @Test
    void givenAFailureNotTiedToAnyEventLikeALostConnectionWhenABatchFailsThenTheRunnerRetriesAndParksNothing() {
        LedgerKlientAdgang klient = new LedgerKlientAdgang(port);
        UUID borger = klient.borger();
        assertThat(motor.venTilAjour(Duration.ofSeconds(30))).isTrue();
        int kaldFoer = ustabil.kald.get();
        ustabil.fejlen = () -> new DataAccessResourceFailureException("forbindelsen til databasen er væk");
        ustabil.fejl.set(4);

        klient.startForloeb(borger);
        long sidste = hoved();

        assertThat(motor.venTilAjour(Duration.ofSeconds(30))).isTrue();
        assertThat(ustabil.kald.get() - kaldFoer).as("four failed attempts, then one that applied").isGreaterThanOrEqualTo(5);
        assertThat(stoppede()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM projektion_parkering WHERE navn = ?", Long.class, USTABIL)).isZero();
        assertThat(jdbc.queryForList("SELECT global_indeks FROM test_ustabil", Long.class)).contains(sidste);
        assertThat(jdbc.queryForObject("SELECT max(antal) FROM test_ustabil", Integer.class)).isEqualTo(1);
    }

    @Test
    void givenAFailureThatDoesNotRepeatWhenTheEventIsAppliedAloneAgainThenNothingIsParked() {
        LedgerKlientAdgang klient = new LedgerKlientAdgang(port);
        UUID borger = klient.borger();
        assertThat(motor.venTilAjour(Duration.ofSeconds(30))).isTrue();
        ustabil.fejlen = () -> new IllegalStateException("en fejl der ikke kommer igen");
        ustabil.fejl.set(2);

        klient.startForloeb(borger);
        long sidste = hoved();

        assertThat(motor.venTilAjour(Duration.ofSeconds(30))).isTrue();
        assertThat(stoppede()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM projektion_parkering WHERE navn = ?", Long.class, USTABIL)).isZero();
        assertThat(jdbc.queryForList("SELECT global_indeks FROM test_ustabil", Long.class)).contains(sidste);
        assertThat(jdbc.queryForObject("SELECT max(antal) FROM test_ustabil", Integer.class)).isEqualTo(1);
    }

    @Test
    void givenAHoleInTheGlobalIndexLeftByARolledBackAppendWhenEverythingIsRebuiltThenItIsCaughtUpAndTheCommandLineRebuildExitsZero()
            throws Exception {
        LedgerKlientAdgang klient = new LedgerKlientAdgang(port);
        UUID borger = klient.borger();
        UUID forloeb = klient.startForloeb(borger);
        assertThat(motor.venTilAjour(Duration.ofSeconds(30))).isTrue();
        long hul = afbrudtTilfoejelse(forloeb);
        klient.startForloeb(borger);
        assertThat(hoved()).isGreaterThan(hul);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index = ?", Long.class, hul)).isZero();

        assertThat(motor.venTilAjour(Duration.ofSeconds(30))).as("caught up live, past the hole").isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM projektion_position WHERE ? = ANY(huller)", Long.class, hul))
                .as("positions that keep the hole as a gap").isPositive();

        ByteArrayOutputStream ud = new ByteArrayOutputStream();
        int kode = new GenopbygningFraKommandolinjen(motor, context, "alle", new PrintStream(ud, true, StandardCharsets.UTF_8)).genopbyg();

        assertThat(kode).as(ud.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(motor.venTilAjour(Duration.ofSeconds(30))).isTrue();
        assertThat(motor.status()).allSatisfy(s -> assertThat(s.tilstand()).as(s.navn()).isEqualTo(Tilstand.LIVE));
    }

    @Test
    void givenBadDecisionsWhenTheyArePostedThenTheAdminApiRefusesWithAStableFejlkode() throws Exception {
        LedgerKlientAdgang klient = new LedgerKlientAdgang(port);
        UUID borger = klient.borger();

        assertThat(afvisning(post("/api/admin/projektioner/findes-ikke/genoptagelse", Map.of(), "drift-4"), 404)).isEqualTo("PROJEKTION_UKENDT");
        assertThat(afvisning(post("/api/admin/projektioner/findes-ikke/overspringelse", Map.of("globalIndeks", 1, "begrundelse", "x"), "drift-4"),
                404)).isEqualTo("PROJEKTION_UKENDT");
        assertThat(afvisning(post("/api/admin/projektioner/" + GIFTFOELSOM + "/genoptagelse", Map.of(), "drift-4"), 409))
                .isEqualTo("PROJEKTION_IKKE_STOPPET");
        assertThat(afvisning(post("/api/admin/projektioner/" + GIFTFOELSOM + "/overspringelse", Map.of("globalIndeks", 1, "begrundelse", "x"),
                "drift-4"), 409)).isEqualTo("PROJEKTION_IKKE_STOPPET");
        assertThat(afvisning(post("/api/admin/projektioner/" + GIFTFOELSOM + "/genoptagelse", Map.of(), null), 401)).isEqualTo("IKKE_LOGGET_IND");

        long gift = giftigtForloeb(klient, borger);
        Vent.til(() -> stoppede().contains(GIFTFOELSOM), "the projection stops");
        HttpResponse<String> udenBegrundelse = post("/api/admin/projektioner/" + GIFTFOELSOM + "/overspringelse", Map.of("globalIndeks", gift),
                "drift-4");
        assertThat(afvisning(udenBegrundelse, 400)).isEqualTo("FELT_PAAKRAEVET");
        assertThat(JSON.readTree(udenBegrundelse.body()).get("felt").asText()).isEqualTo("begrundelse");
        assertThat(afvisning(post("/api/admin/projektioner/" + GIFTFOELSOM + "/overspringelse",
                Map.of("globalIndeks", gift, "begrundelse", "  "), "drift-4"), 400)).isEqualTo("FELT_PAAKRAEVET");
        assertThat(afvisning(post("/api/admin/projektioner/" + GIFTFOELSOM + "/overspringelse", Map.of("begrundelse", "x"), "drift-4"), 400))
                .isEqualTo("FELT_PAAKRAEVET");
        assertThat(afvisning(post("/api/admin/projektioner/" + GIFTFOELSOM + "/overspringelse",
                Map.of("globalIndeks", gift + 1, "begrundelse", "x"), "drift-4"), 409)).isEqualTo("PARKERET_HAENDELSE_ANDEN");
        assertThat(afvisning(post("/api/admin/projektioner/" + GIFTFOELSOM + "/overspringelse",
                Map.of("globalIndeks", gift, "begrundelse", "x"), null), 401)).isEqualTo("IKKE_LOGGET_IND");
        assertThat(status(GIFTFOELSOM).tilstand()).as("no refusal changed anything").isEqualTo(Tilstand.STOPPET);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM projektion_parkering WHERE navn = ? AND beslutning IS NOT NULL AND global_indeks = ?",
                Long.class, GIFTFOELSOM, gift)).isZero();

        JsonNode stier = JSON.readTree(hent("/v3/api-docs").body()).get("paths");
        assertThat(stier.has("/api/admin/projektioner/{navn}/genoptagelse")).isTrue();
        assertThat(stier.has("/api/admin/projektioner/{navn}/overspringelse")).isTrue();
    }

    /** Starts a forløb whose events {@link Giftfoelsom} cannot apply; answers the global index of its first event. */
    private long giftigtForloeb(LedgerKlientAdgang klient, UUID borger) {
        UUID id = UUID.randomUUID();
        giftfoelsom.giftige.add(id.toString());
        LedgerKlientAdgang.Svar s = klient.post("/api/forloeb", json("forloebId", id, "borgerId", borger, "forloebstypeKode", "SEL-83",
                "startdato", "2026-03-02"));
        assertThat(s.status()).as(s.toString()).isEqualTo(201);
        return jdbc.queryForObject("SELECT min(global_index) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, id.toString());
    }

    /**
     * Stores a copy of the forløb's first event for a new forløb whose forløbstype holds a NUL (as the JSON escape backslash-u0000, which
     * PostgreSQL text cannot hold): a poison event, written straight into the event table as an unchecked path would.
     */
    private long giftigKopi(UUID forloeb, UUID ny) {
        return jdbc.queryForObject("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp, "
                + "payload_type, payload_revision, payload, meta_data) SELECT ?, ?, sequence_number, type, time_stamp, payload_type, "
                + "payload_revision, convert_to(replace(replace(convert_from(payload, 'UTF8'), ?, ?), 'SEL-83', ?), 'UTF8'), meta_data "
                + "FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0 RETURNING global_index", Long.class,
                UUID.randomUUID().toString(), ny.toString(), forloeb.toString(), ny.toString(), "SEL-\\u000083", forloeb.toString());
    }

    /** An append that takes a global index and rolls back, as a transaction killed mid-commit does: a hole for ever. */
    private long afbrudtTilfoejelse(UUID forloeb) {
        Long[] hul = new Long[1];
        new TransactionTemplate(transaktioner).executeWithoutResult(t -> {
            hul[0] = jdbc.queryForObject("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, "
                    + "time_stamp, payload_type, payload_revision, payload, meta_data) SELECT ?, aggregate_identifier, 1000, type, time_stamp, "
                    + "payload_type, payload_revision, payload, meta_data FROM domain_event_entry WHERE aggregate_identifier = ? "
                    + "AND sequence_number = 0 RETURNING global_index", Long.class, UUID.randomUUID().toString(), forloeb.toString());
            t.setRollbackOnly();
        });
        return hul[0];
    }

    private List<String> stoppede() {
        return motor.status().stream().filter(s -> s.tilstand() == Tilstand.STOPPET).map(Projektionsstatus::navn).toList();
    }

    private Projektionsstatus status(String navn) {
        return motor.status().stream().filter(s -> s.navn().equals(navn)).findFirst().orElseThrow();
    }

    private double parkerede() {
        return metrik.find("ledger.projektioner.parkerede").counters().stream().mapToDouble(Counter::count).sum();
    }

    private long hoved() {
        return jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
    }


    private static String afvisning(HttpResponse<String> svar, int status) throws Exception {
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(status);
        return JSON.readTree(svar.body()).get("fejlkode").asText();
    }

    private HttpResponse<String> hent(String sti) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + sti)).header("Authorization", drift("drift")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** An operator: the role that may see and decide about the projections. */
    private static String drift(String bruger) {
        return Testtokens.bearer(Testtokens.bruger(bruger, Testtokens.AALBORG, Adgangsrolle.DRIFT));
    }

    private HttpResponse<String> post(String sti, Map<String, ?> krop, String bruger) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + sti)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(krop)));
            if (bruger != null) {
                b.header("Authorization", drift(bruger));
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
