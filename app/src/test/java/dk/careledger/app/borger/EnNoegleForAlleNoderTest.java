package dk.careledger.app.borger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.careledger.app.CareLedgerApplication;
import dk.careledger.app.testsupport.SharedEmbeddedPostgres;
import dk.careledger.commandside.borger.BorgerRegister;
import dk.careledger.commandside.borger.ForkertMasterNoegle;
import dk.careledger.commandside.borger.Identtype;
import dk.careledger.commandside.borger.MasterNoegle;
import dk.careledger.commandside.borger.MasterNoegleFingeraftryk;
import dk.careledger.commandside.borger.MasterNoegleFingeraftryk.Udfald;
import dk.careledger.commandside.borger.NoegleBoks;
import dk.careledger.domain.felles.Aktoer;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Rolle;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * One master key for all nodes that share a database (issue 14, ADR 0017): the first node to start stores its key's
 * fingerprint, a node with the same key starts, a node with another key is refused before it serves, and so is a
 * wrong key against citizens registered before the fingerprint existed. Each test has its own fresh database in the
 * shared test PostgreSQL, migrated by Flyway as at start-up; the nodes are the checking component with their own
 * {@link MasterNoegle}, except in the first test, which starts the whole application.
 */
@ExtendWith(OutputCaptureExtension.class)
class EnNoegleForAlleNoderTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    Path tmp;

    @Test
    void givenOneDatabase_whenASecondNodeStartsWithAnotherKey_thenTheApplicationRefusesToStartAndANodeWithTheSameKeyStarts(
            CapturedOutput udskrift) {
        Map<String, String> database = SharedEmbeddedPostgres.freshDatabaseProperties();
        String foersteNoegle = database.get("ledger.crypto.master-key");
        String andenNoegle = nyNoegle();

        try (ConfigurableApplicationContext foerste = start(database, foersteNoegle)) {
            byte[] gemt = jdbc(database).queryForObject("SELECT fingeraftryk FROM master_noegle_fingeraftryk", byte[].class);
            assertThat(gemt).isEqualTo(foerste.getBean(MasterNoegle.class).fingeraftryk());

            assertThatThrownBy(() -> start(database, andenNoegle).close())
                    .rootCause().isInstanceOf(ForkertMasterNoegle.class)
                    .hasMessageContaining(ForkertMasterNoegle.AFVIGER)
                    .hasMessageContaining("comes from the configuration (ledger.crypto.master-key")
                    .hasMessageContaining("Configure the same ledger.crypto.master-key")
                    .message().doesNotContain(foersteNoegle).doesNotContain(andenNoegle);
            assertThat(udskrift.getOut()).contains("APPLICATION FAILED TO START")
                    .contains("Give every node that shares this database the same ledger.crypto.master-key")
                    .doesNotContain(andenNoegle);

            try (ConfigurableApplicationContext anden = start(database, foersteNoegle)) {
                assertThat(anden.isRunning()).isTrue();
            }
            assertThat(jdbc(database).queryForList("SELECT fingeraftryk FROM master_noegle_fingeraftryk", byte[].class))
                    .containsExactly(gemt);
        }
    }

    @Test
    void givenAnEmptyDatabase_whenTheFirstNodeStarts_thenItStoresItsFingerprintAndTheNextWithTheSameKeyIsRecognised() {
        JdbcTemplate jdbc = migreretDatabase();
        String noegle = nyNoegle();

        assertThat(node(jdbc, konfigureret(noegle)).kontroller()).isEqualTo(Udfald.GEMT);
        assertThat(node(jdbc, konfigureret(noegle)).kontroller()).isEqualTo(Udfald.GENKENDT);

        assertThat(jdbc.queryForList("SELECT fingeraftryk FROM master_noegle_fingeraftryk", byte[].class))
                .containsExactly(konfigureret(noegle).fingeraftryk());
    }

    @Test
    void givenAStoredFingerprint_whenANodeStartsWithItsOwnKeyFile_thenItIsRefusedNamingTheFileAndNothingIsWritten() {
        JdbcTemplate jdbc = migreretDatabase();
        node(jdbc, konfigureret(nyNoegle())).kontroller();
        List<String> foer = jdbc.queryForList("SELECT encode(fingeraftryk, 'hex') || ' ' || gemt FROM master_noegle_fingeraftryk", String.class);
        Path noeglefil = tmp.resolve("node-2/master.key");
        MasterNoegle egenFil = new MasterNoegle("", noeglefil.toString(), tmp.resolve("data").toString(),
                "jdbc:postgresql://delt-database/careledger", true);

        assertThatThrownBy(() -> node(jdbc, egenFil).kontroller())
                .isInstanceOfSatisfying(ForkertMasterNoegle.class,
                        e -> assertThat(e.fejlkode()).isEqualTo(ForkertMasterNoegle.AFVIGER))
                .hasMessageContaining("the key file " + noeglefil)
                .hasMessageContaining("Configure the same ledger.crypto.master-key (LEDGER_MASTER_KEY");
        assertThat(jdbc.queryForList("SELECT encode(fingeraftryk, 'hex') || ' ' || gemt FROM master_noegle_fingeraftryk", String.class)).isEqualTo(foer);
    }

    @Test
    void givenFourNodesStartingAtOnceWithTwoKeys_thenOneFingerprintIsStoredAndOnlyTheNodesWithItsKeyStart() throws Exception {
        JdbcTemplate jdbc = migreretDatabase();
        String a = nyNoegle();
        String b = nyNoegle();
        List<MasterNoegle> noder = List.of(konfigureret(a), konfigureret(a), konfigureret(b), konfigureret(b));
        CyclicBarrier samtidig = new CyclicBarrier(noder.size());
        ExecutorService traade = Executors.newFixedThreadPool(noder.size());
        List<Future<Udfald>> starter = new ArrayList<>();
        try {
            for (MasterNoegle master : noder) {
                MasterNoegleFingeraftryk node = node(jdbc, master);
                starter.add(traade.submit(() -> {
                    samtidig.await(10, TimeUnit.SECONDS);
                    return node.kontroller();
                }));
            }
            Map<Object, Integer> udfald = new HashMap<>();
            for (Future<Udfald> start : starter) {
                Object u;
                try {
                    u = start.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ForkertMasterNoegle.class);
                    u = ((ForkertMasterNoegle) e.getCause()).fejlkode();
                }
                udfald.merge(u, 1, Integer::sum);
            }

            assertThat(udfald).containsExactlyInAnyOrderEntriesOf(
                    Map.of(Udfald.GEMT, 1, Udfald.GENKENDT, 1, ForkertMasterNoegle.AFVIGER, 2));
            byte[] gemt = jdbc.queryForObject("SELECT fingeraftryk FROM master_noegle_fingeraftryk", byte[].class);
            assertThat(List.of(konfigureret(a).fingeraftryk(), konfigureret(b).fingeraftryk())).anySatisfy(f -> assertThat(f).isEqualTo(gemt));
        } finally {
            traade.shutdownNow();
        }
    }

    @Test
    void givenCitizensFromBeforeTheFingerprintAndAnotherKey_whenANodeStarts_thenItIsRefusedAndTheRightKeyIsStillStored() {
        JdbcTemplate jdbc = migreretDatabase();
        String rigtig = nyNoegle();
        registrer(jdbc, konfigureret(rigtig), 3);

        assertThatThrownBy(() -> node(jdbc, konfigureret(nyNoegle())).kontroller())
                .isInstanceOfSatisfying(ForkertMasterNoegle.class,
                        e -> assertThat(e.fejlkode()).isEqualTo(ForkertMasterNoegle.PASSER_IKKE_TIL_DATA))
                .hasMessageContaining("unwraps none of the 3 tried");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM master_noegle_fingeraftryk", Integer.class)).isZero();

        assertThat(node(jdbc, konfigureret(rigtig)).kontroller()).isEqualTo(Udfald.GEMT);
    }

    @Test
    void givenCitizensFromBeforeTheFingerprintUnderTwoKeys_whenANodeWithOneOfThemStarts_thenItStartsAndStoresItsKey() {
        JdbcTemplate jdbc = migreretDatabase();
        MasterNoegle en = konfigureret(nyNoegle());
        registrer(jdbc, en, 2);
        registrer(jdbc, konfigureret(nyNoegle()), 1);

        assertThat(node(jdbc, en).kontroller()).isEqualTo(Udfald.GEMT);
        assertThat(jdbc.queryForObject("SELECT fingeraftryk FROM master_noegle_fingeraftryk", byte[].class))
                .isEqualTo(en.fingeraftryk());
    }

    /** The whole application as one node: configuration on the command line, so it wins over application.yml. */
    private static ConfigurableApplicationContext start(Map<String, String> database, String masterNoegle) {
        Map<String, String> egenskaber = new HashMap<>(database);
        egenskaber.put("ledger.crypto.master-key", masterNoegle);
        egenskaber.put("server.port", "0");
        // an external database: the embedded token issuer must be allowed explicitly (ADR 0019)
        egenskaber.put("ledger.adgang.tillad-indbygget-udsteder", "true");
        return new SpringApplicationBuilder(CareLedgerApplication.class)
                .run(egenskaber.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    private static JdbcTemplate jdbc(Map<String, String> database) {
        return new JdbcTemplate(new DriverManagerDataSource(database.get("spring.datasource.url"),
                database.get("spring.datasource.username"), database.get("spring.datasource.password")));
    }

    /** A fresh database with every table, as Flyway leaves it before the check runs at start-up. */
    private static JdbcTemplate migreretDatabase() {
        Map<String, String> database = SharedEmbeddedPostgres.freshDatabaseProperties();
        JdbcTemplate jdbc = jdbc(database);
        Flyway.configure().dataSource(jdbc.getDataSource()).locations("classpath:db/migration").load().migrate();
        return jdbc;
    }

    private static MasterNoegleFingeraftryk node(JdbcTemplate jdbc, MasterNoegle master) {
        return new MasterNoegleFingeraftryk(jdbc, master, new NoegleBoks(jdbc, master));
    }

    private MasterNoegle konfigureret(String noegle) {
        return new MasterNoegle(noegle, tmp.resolve("ubrugt.key").toString(), tmp.resolve("data").toString(),
                "jdbc:postgresql://delt-database/careledger", false);
    }

    /** Citizens registered as before this check: with this key, and no fingerprint stored. */
    private static void registrer(JdbcTemplate jdbc, MasterNoegle master, int antal) {
        BorgerRegister register = new BorgerRegister(jdbc, new NoegleBoks(jdbc, master), master, haendelse -> { });
        Registrering registrering = new Registrering(new Cvr("29189420"), new Aktoer("sb-0001", Rolle.SAGSBEHANDLER),
                Instant.now());
        for (int i = 0; i < antal; i++) {
            register.registrer(UUID.randomUUID(), Identtype.ANONYM, null, "Borger " + i, registrering);
        }
    }

    private static String nyNoegle() {
        byte[] raa = new byte[32];
        RANDOM.nextBytes(raa);
        return Base64.getEncoder().encodeToString(raa);
    }
}
