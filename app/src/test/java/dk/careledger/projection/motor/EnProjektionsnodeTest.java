package dk.careledger.projection.motor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.careledger.app.CareLedgerApplication;
import dk.careledger.app.projektion.Anvendelsestaeller;
import dk.careledger.app.projektion.Projektionsindhold;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.app.testsupport.Vent;
import dk.careledger.arbejdsbyrde.Arbejdsbyrde;
import dk.careledger.arbejdsbyrde.Bulkindlaeser;
import dk.careledger.arbejdsbyrde.Parametre;
import dk.careledger.commandside.borger.NoegleBoks;
import dk.careledger.domain.felles.Afvisning;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several nodes on one database (issue 14): only the node holding the projection lease applies events; when it dies
 * a standby takes over, and no event is applied twice or lost; a former holder paused past a takeover cannot commit a
 * batch; a standby refuses rebuilds and decisions. Two engines run in this JVM against one PostgreSQL, built from the
 * application's own beans, each with a lease of its own (the context's own engine is stopped while they run). In the
 * engine's package, because the engine's parts are package-private.
 */
@SpringBootTest(classes = {CareLedgerApplication.class, EnProjektionsnodeTest.Konfiguration.class}, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.test.kontekst=en-projektionsnode", "ledger.projektioner.lease-interval-ms=100"})
@EmbeddedPostgresTest
class EnProjektionsnodeTest {
    private static final String DRIFT = dk.careledger.app.testsupport.Testtokens.bearer(dk.careledger.app.testsupport.Testtokens.bruger("drift",
            dk.careledger.app.testsupport.Testtokens.AALBORG, dk.careledger.domain.adgang.Adgangsrolle.DRIFT));

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Counts how often each event is applied, by global index (a second application shows as 2); can be told to
     * pause the next call of {@code anvend} until released: a node that stalls in the middle of a batch.
     */
    static class Taeller extends Anvendelsestaeller implements Ordered {
        final AtomicReference<CountDownLatch> pauseNaeste = new AtomicReference<>();
        final CountDownLatch pauset = new CountDownLatch(1);

        Taeller(JdbcTemplate jdbc) {
            super("test-lease-taeller", "test_lease_anvendt", jdbc);
        }

        /** First in every batch: when it stalls, no other projection has locked a row another node needs. */
        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }

        @Override
        protected void foer(List<Haendelse> haendelser) {
            CountDownLatch pause = pauseNaeste.getAndSet(null);
            if (pause != null) {
                pauset.countDown();
                try {
                    pause.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @TestConfiguration
    static class Konfiguration {
        @Bean
        Taeller leaseTaeller(JdbcTemplate jdbc) {
            return new Taeller(jdbc);
        }
    }

    /** A node's way to the database for its lock connection; once the node is "dead" it opens none. */
    static final class Kilde implements Projektionslease.Forbindelseskilde {
        private final Projektionslease.Forbindelseskilde kilde;
        volatile boolean doed;

        Kilde(DataSource dataSource) {
            this.kilde = Projektionslease.kildeFor(dataSource);
        }

        @Override
        public Connection aaben() throws SQLException {
            if (doed) {
                throw new SQLTransientConnectionException("the node is dead", "08001");
            }
            return kilde.aaben();
        }
    }

    @Autowired
    Projektionsmotor kontekstensMotor;
    @Autowired
    EventStore eventStore;
    @Autowired
    List<Projektion> projektioner;
    @Autowired
    Positioner positioner;
    @Autowired
    Haendelseslaeser laeser;
    @Autowired
    Parkeringer parkeringer;
    @Autowired
    Huller huller;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Taeller taeller;
    @Autowired
    Bulkindlaeser bulkindlaeser;
    @Autowired
    NoegleBoks noegleBoks;
    @LocalServerPort
    int port;

    private final List<Projektionsmotor> noder = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void kunTestensNoder() {
        kontekstensMotor.stop(); // gives the lease up: the test's nodes are the only ones
    }

    @AfterEach
    void stopNoderne() {
        noder.forEach(Projektionsmotor::stop);
        noder.clear();
        if (kontekstensMotor.isRunning()) {
            kontekstensMotor.stop();
        }
    }

    @Test
    void onlyTheNodeHoldingTheLeaseAppliesAndWhenItDiesTheStandbyTakesOverWithNoEventAppliedTwiceOrLost() throws Exception {
        Kilde kildeA = new Kilde(dataSource);
        Projektionsmotor a = node("A", kildeA);
        Projektionsmotor b = node("B", new Kilde(dataSource));
        assertThat(a.koererProjektionerne()).as("the first node takes the lease at once").isTrue();
        assertThat(b.koererProjektionerne()).as("the second is standby").isFalse();
        assertThat(b.status()).extracting(Projektionsstatus::tilstand).containsOnly(Projektionsstatus.Tilstand.STANDBY);
        long epokeA = a.leaseEpoke();

        // events arrive while the holder dies
        Arbejdsbyrde byrde = Arbejdsbyrde.af(Parametre.af(14_05L, 120, 150, 2));
        bulkindlaeser.registrerBorgere(byrde.borgere(), byrde.parametre().startdato().atStartOfDay(ZoneOffset.UTC).toInstant());
        AtomicReference<Throwable> laesningsfejl = new AtomicReference<>();
        Thread indlaesning = new Thread(() -> {
            try {
                bulkindlaeser.indlaesHaendelser(byrde.koer(noegleBoks), 200, Bulkindlaeser.Fremskridt.ingen());
            } catch (Throwable t) {
                laesningsfejl.set(t);
            }
        }, "test-indlaesning");
        indlaesning.start();
        Vent.til(() -> anvendte() >= 1_000 || !indlaesning.isAlive(), "node A applied some of the events");
        assertThat(b.loebereIGang()).as("the standby runs nothing").isZero();

        // A's process dies: its backend ends (the lock is released) and it never connects again
        kildeA.doed = true;
        draebLaaseforbindelsen();
        Vent.til(b::koererProjektionerne, "node B took the lease over");
        Vent.til(() -> !a.koererProjektionerne() && a.loebereIGang() == 0, "node A stopped applying");
        assertThat(b.leaseEpoke()).as("a takeover has a new epoch").isGreaterThan(epokeA);

        indlaesning.join(180_000);
        assertThat(laesningsfejl.get()).isNull();
        assertThat(b.venTilAjour(Duration.ofMinutes(3))).as("node B caught up").isTrue();
        assertThat(anvendte()).as("no event lost").isEqualTo(haendelser());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM test_lease_anvendt WHERE antal <> 1", Long.class))
                .as("no event applied twice").isZero();

        Map<String, List<String>> live = Projektionsindhold.af(projektioner, jdbc);
        assertThat(live.values()).anyMatch(rows -> !rows.isEmpty());
        b.genopbyg(List.of());
        assertThat(b.venTilAjour(Duration.ofMinutes(3))).as("rebuild finished").isTrue();
        Map<String, List<String>> genopbygget = Projektionsindhold.af(projektioner, jdbc);
        for (String tabel : live.keySet()) {
            assertThat(genopbygget.get(tabel)).as("table %s after a rebuild", tabel).containsExactlyElementsOf(live.get(tabel));
        }
    }

    @Test
    void aHolderPausedInTheMiddleOfABatchCannotCommitItAfterAnotherNodeTookOver() throws Exception {
        Kilde kildeA = new Kilde(dataSource);
        Projektionsmotor a = node("A", kildeA);
        Projektionsmotor b = node("B", new Kilde(dataSource));
        assertThat(a.venTilAjour(Duration.ofMinutes(2))).isTrue();
        CountDownLatch fortsaet = new CountDownLatch(1);
        taeller.pauseNaeste.set(fortsaet);
        long foer = haendelser();

        bulkindlaeser.indlaes(Arbejdsbyrde.af(Parametre.af(14_06L, 20, 40, 1)), Bulkindlaeser.Fremskridt.ingen());
        assertThat(taeller.pauset.await(60, TimeUnit.SECONDS)).as("node A stalls inside a batch").isTrue();
        assertThat(haendelser()).isGreaterThan(foer);

        kildeA.doed = true;
        draebLaaseforbindelsen();
        Vent.til(b::koererProjektionerne, "node B took the lease over");
        assertThat(b.venTilAjour(Duration.ofMinutes(2))).as("node B applied the events A stalled on").isTrue();
        assertThat(anvendte()).isEqualTo(haendelser());

        fortsaet.countDown(); // A wakes up and tries to commit its batch under its old epoch
        Vent.til(() -> a.loebereIGang() == 0 && !a.koererProjektionerne(), "node A's runner was fenced off and ended");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM test_lease_anvendt WHERE antal <> 1", Long.class))
                .as("A's batch rolled back: no event applied twice").isZero();
        assertThat(anvendte()).isEqualTo(haendelser());
        assertThat(b.koererProjektionerne()).as("B still runs the projections").isTrue();
    }

    @Test
    void aPositionOrAParkingWrittenUnderAnEpochThatWasTakenOverIsRefusedAndItsRowsRollBack() {
        Kilde kildeA = new Kilde(dataSource);
        Projektionslease a = new Projektionslease(kildeA, "A", Clock.systemUTC());
        Projektionslease b = new Projektionslease(new Kilde(dataSource), "B", Clock.systemUTC());
        try {
            assertThat(a.forsoeg()).isTrue();
            long epoke1 = a.epoke();
            assertThat(b.forsoeg()).as("the lock is held").isFalse();
            assertThat(b.kendtIndehaver()).isEqualTo("A");

            draebLaaseforbindelsen(); // A's connection is gone, but A itself has not noticed (a long pause)
            assertThat(b.forsoeg()).isTrue();
            assertThat(b.epoke()).isEqualTo(epoke1 + 1);

            jdbc.execute("CREATE TABLE IF NOT EXISTS test_lease_raekke (id INT PRIMARY KEY)");
            TransactionTemplate tx = new TransactionTemplate(transactionManager);
            assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
                jdbc.update("INSERT INTO test_lease_raekke VALUES (1)");
                positioner.gem(epoke1, "test-lease-hegn", GapAwareTrackingToken.newInstance(1, List.of()), 1);
            })).isInstanceOf(Projektionslease.Tabt.class);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM test_lease_raekke", Long.class)).as("the batch's rows rolled back").isZero();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM projektion_position WHERE navn = 'test-lease-hegn'", Long.class)).isZero();
            assertThatThrownBy(() -> parkeringer.parker(epoke1, "test-lease-hegn", new Haendelse(1, null, 0, null, null, null),
                    new IllegalStateException("x"))).isInstanceOf(Projektionslease.Tabt.class);
            assertThat(a.bekraeft()).as("A finds out when it looks").isFalse();

            tx.executeWithoutResult(s -> positioner.gem(b.epoke(), "test-lease-hegn", GapAwareTrackingToken.newInstance(1, List.of()), 1));
            assertThat(jdbc.queryForObject("SELECT count(*) FROM projektion_position WHERE navn = 'test-lease-hegn'", Long.class))
                    .as("the new holder writes").isOne();
        } finally {
            a.slip();
            b.slip();
            jdbc.update("DELETE FROM projektion_position WHERE navn = 'test-lease-hegn'");
        }
    }

    @Test
    void aStandbyRefusesRebuildsAndDecisionsNamingTheNodeThatRunsTheProjections() throws Exception {
        Projektionsmotor a = node("A", new Kilde(dataSource));
        kontekstensMotor.start(); // the application's own engine, behind its endpoints: standby now
        assertThat(a.koererProjektionerne()).isTrue();
        assertThat(kontekstensMotor.koererProjektionerne()).isFalse();

        for (Runnable r : List.<Runnable>of(() -> kontekstensMotor.genopbyg(List.of()),
                () -> kontekstensMotor.genoptag("test-lease-taeller", "drift", null),
                () -> kontekstensMotor.springOver("test-lease-taeller", 1L, "drift", "fordi"))) {
            assertThatThrownBy(r::run).isInstanceOfSatisfying(Afvisning.class,
                    e -> assertThat(e.fejlkode()).isEqualTo("IKKE_PROJEKTIONSNODE"));
        }
        HttpResponse<String> svar = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/admin/projektioner/genopbygning")).header("Content-Type", "application/json").header("Authorization", DRIFT)
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(409);
        JsonNode afvisning = JSON.readTree(svar.body());
        assertThat(afvisning.get("fejlkode").asText()).isEqualTo("IKKE_PROJEKTIONSNODE");
        assertThat(svar.body()).contains("A");

        JsonNode status = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/admin/projektioner"))
                .header("Authorization", DRIFT).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
        status.forEach(s -> assertThat(s.get("tilstand").asText()).isEqualTo("STANDBY"));
        JsonNode health = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body());
        JsonNode projektionerne = health.at("/components/projektioner");
        assertThat(projektionerne.get("status").asText()).isEqualTo("UP");
        assertThat(projektionerne.at("/details/rolle").asText()).isEqualTo("STANDBY");
        assertThat(projektionerne.at("/details/projektionsnode").asText()).isEqualTo("A");

        a.stop(); // a graceful stop gives the lease up at once
        Vent.til(kontekstensMotor::koererProjektionerne, "the standby took over after a graceful stop");
        assertThat(kontekstensMotor.venTilAjour(Duration.ofMinutes(2))).isTrue();
    }

    private Projektionsmotor node(String navn, Kilde kilde) {
        Projektionsmotor motor = new Projektionsmotor(eventStore, projektioner, positioner, laeser, parkeringer, huller,
                new Projektionslease(kilde, navn, Clock.systemUTC()), transactionManager, Clock.systemUTC(), new SimpleMeterRegistry(),
                2000, 25000, 2, 500, 100);
        noder.add(motor);
        motor.start();
        return motor;
    }

    /** Ends the backend that holds the projection lock, as PostgreSQL does when the holder's process dies. */
    private void draebLaaseforbindelsen() {
        // with a timeout: waits until the backend has ended and so released the lock
        List<Boolean> draebt = jdbc.queryForList("SELECT pg_terminate_backend(pid, 10000) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                + "AND classid = 1471 AND objid = 0 AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
                Boolean.class);
        assertThat(draebt).containsExactly(true);
    }

    private long anvendte() {
        return jdbc.queryForObject("SELECT count(*) FROM test_lease_anvendt", Long.class);
    }

    private long haendelser() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

}
