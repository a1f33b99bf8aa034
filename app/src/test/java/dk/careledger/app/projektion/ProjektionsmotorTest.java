package dk.careledger.app.projektion;

import static dk.careledger.app.e2e.LedgerKlientAdgang.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.app.e2e.LedgerKlientAdgang;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.projection.motor.Haendelse;
import dk.careledger.projection.motor.Livebatch;
import dk.careledger.projection.motor.Projektion;
import dk.careledger.projection.motor.Projektionsmotor;
import dk.careledger.projection.motor.Projektionsstatus;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The projection engine applies every event exactly once, live and in a rebuild from zero, and a rebuild runs while
 * new events keep arriving and the other projections stay live.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class ProjektionsmotorTest {

    /** Counts stored events per type, in its own table: the simplest projection there is. */
    static class Taeller implements Projektion {
        private final JdbcTemplate jdbc;

        Taeller(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
            jdbc.execute("CREATE TABLE IF NOT EXISTS test_taelling (type VARCHAR(100) PRIMARY KEY, antal BIGINT NOT NULL)");
        }

        @Override
        public String navn() {
            return "test-taeller";
        }

        @Override
        public void anvend(List<Haendelse> haendelser) {
            Map<String, Long> pr = new HashMap<>();
            for (Haendelse h : haendelser) {
                pr.merge(h.haendelse().getClass().getSimpleName(), 1L, Long::sum);
            }
            jdbc.batchUpdate("INSERT INTO test_taelling (type, antal) VALUES (?, ?) ON CONFLICT (type) DO UPDATE SET antal = test_taelling.antal + EXCLUDED.antal",
                    pr.entrySet().stream().map(e -> new Object[] {e.getKey(), e.getValue()}).toList());
        }

        @Override
        public List<String> tabeller() {
            return List.of("test_taelling ORDER BY type");
        }

        @Override
        public void nulstil() {
            jdbc.update("DELETE FROM test_taelling");
        }
    }

    @TestConfiguration
    static class Konfiguration {
        @Bean
        Taeller taeller(JdbcTemplate jdbc) {
            return new Taeller(jdbc);
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

    @Test
    void liveProcessingAndARebuildWhileEventsArriveBothCountEveryEventExactlyOnce() throws Exception {
        LedgerKlientAdgang klient = new LedgerKlientAdgang(port);
        UUID borger = klient.borger();
        for (int i = 0; i < 40; i++) {
            klient.startForloeb(borger);
        }
        assertThat(motor.venTilAjour(Duration.ofSeconds(20))).isTrue();
        assertThat(taelling()).isEqualTo(lagret());

        AtomicBoolean skriv = new AtomicBoolean(true);
        AtomicInteger skrevet = new AtomicInteger();
        AtomicReference<Throwable> fejl = new AtomicReference<>();
        Thread skriver = new Thread(() -> {
            try {
                while (skriv.get()) {
                    klient.startForloeb(borger);
                    skrevet.incrementAndGet();
                }
            } catch (Throwable t) {
                fejl.set(t);
            }
        });
        skriver.start();
        while (skrevet.get() < 5 && fejl.get() == null) {
            Thread.sleep(5);
        }
        List<Projektionsstatus> startet = motor.genopbyg(List.of("test-taeller"));
        int vedStart = skrevet.get();
        assertThat(startet).singleElement().extracting(Projektionsstatus::tilstand).isEqualTo(Projektionsstatus.Tilstand.GENOPBYGGES);
        while (skrevet.get() < vedStart + 20 && fejl.get() == null) {
            Thread.sleep(5);
        }
        skriv.set(false);
        skriver.join();
        assertThat(fejl.get()).as("the writer failed").isNull();
        assertThat(skrevet.get()).as("events were written before and after the rebuild began").isGreaterThanOrEqualTo(vedStart + 20);

        assertThat(motor.venTilAjour(Duration.ofSeconds(30))).isTrue();
        assertThat(taelling()).isEqualTo(lagret());
        assertThat(motor.status()).filteredOn(s -> s.navn().equals("test-taeller")).singleElement()
                .satisfies(s -> {
                    assertThat(s.tilstand()).isEqualTo(Projektionsstatus.Tilstand.LIVE);
                    assertThat(s.position()).isEqualTo(s.hoved());
                });
    }

    @Test
    void theLiveRunnerReportsEveryBatchItCommitsWithTheStepsOfItsTimeLineInOrder() throws Exception {
        LedgerKlientAdgang klient = new LedgerKlientAdgang(port);
        UUID borger = klient.borger();
        assertThat(motor.venTilAjour(Duration.ofSeconds(20))).isTrue();
        long hovedFoer = hoved();
        long timetFoer = metrik.get("ledger.projektioner.live").tag("fase", "anvend").timer().count();
        List<Livebatch> batches = Collections.synchronizedList(new ArrayList<>());

        try (AutoCloseable lytning = motor.lyt(batches::add)) {
            for (int i = 0; i < 15; i++) {
                klient.startForloeb(borger);
            }
            long skrevet = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index > ?", Long.class, hovedFoer);
            long frist = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (rapporteret(batches) < skrevet && System.nanoTime() < frist) {
                Thread.sleep(10);
            }
            assertThat(rapporteret(batches)).as("events reported in batches").isEqualTo(skrevet);
        }

        List<Livebatch> tidslinje = List.copyOf(batches);
        assertThat(tidslinje).allSatisfy(b -> {
            assertThat(b.ventFra()).isLessThanOrEqualTo(b.ankommet());
            assertThat(b.ankommet()).isLessThanOrEqualTo(b.laest());
            assertThat(b.laest()).isLessThanOrEqualTo(b.anvendt());
            assertThat(b.anvendt()).isLessThanOrEqualTo(b.committet());
            assertThat(b.forsoeg()).isEqualTo(1);
            assertThat(Math.min(b.foersteIndeks(), b.sidsteIndeks())).isGreaterThan(hovedFoer);
        });
        for (int i = 1; i < tidslinje.size(); i++) {
            assertThat(tidslinje.get(i).ventFra()).as("the runner waits from where the previous batch committed")
                    .isEqualTo(tidslinje.get(i - 1).committet());
        }
        assertThat(metrik.get("ledger.projektioner.live").tag("fase", "anvend").timer().count() - timetFoer)
                .as("batches timed").isGreaterThanOrEqualTo(tidslinje.size());
    }

    private static long rapporteret(List<Livebatch> batches) {
        synchronized (batches) {
            return batches.stream().mapToLong(Livebatch::haendelser).sum();
        }
    }

    private long hoved() {
        Long h = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        return h == null ? -1 : h;
    }

    @Test
    void theAdminEndpointRebuildsAndReportsProgressAndRefusesUnknownProjections() {
        LedgerKlientAdgang klient = new LedgerKlientAdgang(port);
        klient.startForloeb(klient.borger());

        LedgerKlientAdgang drift = klient.som("drift", "DRIFT");
        assertThat(klient.post("/api/admin/projektioner/genopbygning", json("projektioner", List.of("test-taeller"))).status())
                .as("a caseworker does not run the projections").isEqualTo(403);
        assertThat(drift.post("/api/admin/projektioner/genopbygning", json("projektioner", List.of("test-taeller"))).status()).isEqualTo(202);
        assertThat(motor.venTilAjour(Duration.ofSeconds(20))).isTrue();
        assertThat(drift.get("/api/admin/projektioner").krop().toString()).contains("\"navn\":\"test-taeller\"", "\"tilstand\":\"LIVE\"");
        LedgerKlientAdgang.Svar ukendt = drift.post("/api/admin/projektioner/genopbygning", json("projektioner", List.of("findes-ikke")));
        assertThat(ukendt.status()).isEqualTo(404);
        assertThat(ukendt.krop().get("fejlkode").asText()).isEqualTo("PROJEKTION_UKENDT");
    }

    @Test
    void aRebuildInterruptedByARestartGoesOnAsARebuildAndIsHandedOverWhenDone() {
        LedgerKlientAdgang klient = new LedgerKlientAdgang(port);
        klient.startForloeb(klient.borger());
        assertThat(motor.venTilAjour(Duration.ofSeconds(20))).isTrue();

        motor.stop();
        jdbc.update("UPDATE projektion_position SET genopbygges = TRUE WHERE navn = 'test-taeller'");
        motor.start();

        assertThat(motor.status()).filteredOn(s -> s.navn().equals("test-taeller")).singleElement()
                .extracting(Projektionsstatus::tilstand).isEqualTo(Projektionsstatus.Tilstand.GENOPBYGGES);
        assertThat(motor.venTilAjour(Duration.ofSeconds(20))).isTrue();
        assertThat(jdbc.queryForObject("SELECT genopbygges FROM projektion_position WHERE navn = 'test-taeller'", Boolean.class)).isFalse();
        assertThat(taelling()).isEqualTo(lagret());
    }

    private Map<String, Long> taelling() {
        Map<String, Long> m = new HashMap<>();
        jdbc.query("SELECT type, antal FROM test_taelling", rs -> {
            m.put(rs.getString(1), rs.getLong(2));
        });
        return m;
    }

    private Map<String, Long> lagret() {
        Map<String, Long> m = new HashMap<>();
        jdbc.query("SELECT payload_type, count(*) FROM domain_event_entry GROUP BY payload_type", rs -> {
            String type = rs.getString(1);
            m.put(type.substring(type.lastIndexOf('.') + 1), rs.getLong(2));
        });
        return m;
    }
}
