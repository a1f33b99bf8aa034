package dk.careledger.app.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.app.testsupport.SharedEmbeddedPostgres;
import dk.careledger.commandside.generator.Arbejdsbyrde;
import dk.careledger.commandside.generator.Bulkindlaeser;
import dk.careledger.commandside.generator.GenereretBorger;
import dk.careledger.commandside.generator.Parametre;
import dk.careledger.commandside.generator.SyntetiskKryptering;
import dk.careledger.projection.motor.Projektion;
import dk.careledger.projection.motor.Projektionsmotor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 3's speed goals, measured (a benchmark, not a test: its name keeps it out of {@code mvn verify}).
 * <ol>
 *   <li>Rebuild every projection from zero with the engine, three times; the median rate in events/s.</li>
 *   <li>The peer, same run, same projections: an Axon tracking processor with default settings (batch size 1),
 *       three windows of {@code benchmark.peer-sekunder} from the first event; median rate.</li>
 *   <li>The citizen overview over HTTP for random citizens: p50/p99 in ms.</li>
 * </ol>
 * Each rebuild also records the CPU seconds spent by this JVM and by the PostgreSQL server (from /proc) and the load
 * average: on a shared 2-core machine the wall time depends on what else runs, the CPU seconds much less. When the
 * test server preloads {@code pg_stat_statements} (not by default), the statements that took the most time in the last
 * rebuild are printed and stored too.
 * Run: {@code mvn -pl app -am test -Dtest=ProjektionsBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dbenchmark.borgere=4000 -Dbenchmark.dage=365 -Dbenchmark.peer-sekunder=20 -Dbenchmark.forespoergsler=2000}
 * (≈ 1 million events; the run recorded in docs/benchmarks/projektioner.md). Writes {@code docs/benchmarks/projektioner.md} and {@code .json}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class ProjektionsBenchmark {
    private static final int BORGERE = Integer.getInteger("benchmark.borgere", 400);
    private static final int DAGE = Integer.getInteger("benchmark.dage", 180);
    private static final int KOMMUNER = Integer.getInteger("benchmark.kommuner", 4);
    private static final int PEER_SEKUNDER = Integer.getInteger("benchmark.peer-sekunder", 20);
    private static final int FORESPOERGSLER = Integer.getInteger("benchmark.forespoergsler", 2000);
    private static final int FEEDSIDER = Integer.getInteger("benchmark.feedsider", 300);
    private static final Path RESULTATER = Path.of(System.getProperty("benchmark.ud", "../docs/benchmarks"));

    @TestConfiguration
    static class Peer {
        @Bean
        AxonPeerProjektioner axonPeerProjektioner(List<Projektion> projektioner) {
            return new AxonPeerProjektioner(projektioner);
        }

        @Bean
        ConfigurerModule axonPeerFraHoved() {
            return c -> c.eventProcessing(p -> p.registerTrackingEventProcessor(AxonPeerProjektioner.NAVN)
                    .registerTrackingEventProcessorConfiguration(AxonPeerProjektioner.NAVN,
                            k -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                    .andInitialTrackingToken(StreamableMessageSource::createHeadToken)));
        }
    }

    @Autowired
    Bulkindlaeser bulkindlaeser;
    @Autowired
    Projektionsmotor motor;
    @Autowired
    List<Projektion> projektioner;
    @Autowired
    AxonPeerProjektioner peer;
    @Autowired
    EventProcessingConfiguration processering;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @Test
    void measureRebuildPeerAndOverview() throws Exception {
        // the peer stays off until its own phase, so it never writes the projection tables alongside the engine
        processering.eventProcessor(AxonPeerProjektioner.NAVN, TrackingEventProcessor.class).orElseThrow().shutDown();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("dato", Instant.now().toString());
        r.put("maskine", Map.of("kerner", Runtime.getRuntime().availableProcessors(),
                "hukommelseGB", ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize() / (1 << 30),
                "postgresql", jdbc.queryForObject("SHOW server_version", String.class), "java", System.getProperty("java.version")));
        r.put("parametre", Map.of("borgere", BORGERE, "dage", DAGE, "kommuner", KOMMUNER));

        Arbejdsbyrde byrde = Arbejdsbyrde.af(Parametre.af(4242L, BORGERE, DAGE, KOMMUNER));
        Bulkindlaeser.Resultat indlaest = bulkindlaeser.indlaes(byrde, new SyntetiskKryptering(),
                (n, t) -> { if (n % 200_000 < Bulkindlaeser.STANDARD_CHUNK) System.out.printf("indlæst %,d på %s%n", n, t); });
        long haendelser = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        r.put("haendelser", haendelser);
        r.put("bulkindlaesningPrSekund", Math.round(indlaest.haendelserPrSekund()));
        motor.venTilAjour(Duration.ofMinutes(30));
        r.put("heapEfterIndlaesningMB", heapMB());

        List<Double> genopbygning = new ArrayList<>();
        List<Map<String, Double>> cpu = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            double jvm0 = jvmCpuSekunder();
            double pg0 = postgresCpuSekunder();
            boolean statistik = i == 2 && nulstilSqlStatistik();
            motor.genopbyg(List.of());
            if (!motor.venTilAjour(Duration.ofMinutes(30))) {
                throw new IllegalStateException("rebuild did not finish");
            }
            double sek = (System.nanoTime() - t0) / 1e9;
            double jvm = jvmCpuSekunder() - jvm0;
            double pg = postgresCpuSekunder() - pg0;
            genopbygning.add(haendelser / sek);
            double belastning = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            cpu.add(Map.of("vaeg", round(sek), "jvm", round(jvm), "postgres", round(pg), "belastning", round(belastning)));
            System.out.printf("genopbygning %d: %,.0f hændelser/s (%.1f s; CPU: JVM %.1f s, PostgreSQL %.1f s; load %.1f)%n", i + 1,
                    haendelser / sek, sek, jvm, pg, belastning);
            Map<String, Long> tid = new LinkedHashMap<>();
            motor.status().forEach(st -> tid.put(st.navn(), st.millisekunderIAnvend()));
            r.put("genopbygning" + (i + 1) + "MsPrProjektion", tid);
            System.out.println("ms pr. projektion: " + tid);
            if (statistik) {
                r.put("genopbygning3SqlTop", sqlStatistik());
            }
        }
        r.put("genopbygningPrSekund", genopbygning.stream().map(Math::round).toList());
        r.put("genopbygningMedianPrSekund", Math.round(median(genopbygning)));
        r.put("genopbygningCpuSekunder", cpu);
        r.put("heapEfterGenopbygningMB", heapMB());

        r.put("oversigt", oversigtsLatens(byrde.borgere()));
        r.put("feedside", feedsideLatens());

        List<Double> peerRater = peerRater();
        r.put("axonPeerPrSekund", peerRater.stream().map(Math::round).toList());
        r.put("axonPeerMedianPrSekund", Math.round(median(peerRater)));
        r.put("forholdMotorTilPeer", Math.round(median(genopbygning) / median(peerRater) * 10) / 10.0);
        motor.start();
        motor.genopbyg(List.of());
        motor.venTilAjour(Duration.ofMinutes(30));

        skriv(r);
    }

    private Map<String, Object> oversigtsLatens(List<GenereretBorger> borgere) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        SplittableRandom rnd = new SplittableRandom(7);
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < FORESPOERGSLER + 200; i++) {
            GenereretBorger b = borgere.get(rnd.nextInt(borgere.size()));
            HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/borgere/" + b.borgerId() + "/overblik")).GET().build();
            long t0 = System.nanoTime();
            HttpResponse<String> svar = http.send(req, HttpResponse.BodyHandlers.ofString());
            double d = (System.nanoTime() - t0) / 1e6;
            if (svar.statusCode() != 200) {
                throw new IllegalStateException("overview answered " + svar.statusCode() + ": " + svar.body());
            }
            if (i >= 200) {
                ms.add(d);
            }
        }
        Collections.sort(ms);
        return Map.of("forespoergsler", FORESPOERGSLER, "p50ms", round(pct(ms, 50)), "p99ms", round(pct(ms, 99)), "maksMs", round(ms.get(ms.size() - 1)));
    }

    private List<Double> peerRater() throws InterruptedException {
        motor.stop();
        TrackingEventProcessor processor = processering.eventProcessor(AxonPeerProjektioner.NAVN, TrackingEventProcessor.class).orElseThrow();
        List<Double> rater = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            processor.shutDown();
            for (Projektion p : projektioner) {
                p.nulstil();
            }
            processor.resetTokens(StreamableMessageSource::createTailToken);
            peer.behandlet.set(0);
            processor.start();
            Thread.sleep(PEER_SEKUNDER * 1000L);
            double rate = peer.behandlet.get() / (double) PEER_SEKUNDER;
            rater.add(rate);
            System.out.printf("Axon-peer %d: %,.0f hændelser/s%n", i + 1, rate);
        }
        processor.shutDown();
        return rater;
    }

    /**
     * Issue 4's speed goal: a page of 1,000 Sagsindeks deliveries over HTTP, as XML (the KOMBIT request elements,
     * rendered with the personal values resolved) and as JSON, from random cursors; p50/p99 in ms.
     */
    private Map<String, Object> feedsideLatens() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long hoved = jdbc.queryForObject("SELECT coalesce(max(loebenummer), 0) FROM leverance WHERE feed = 'SAGSINDEKS'", Long.class);
        SplittableRandom rnd = new SplittableRandom(11);
        Map<String, Object> ud = new LinkedHashMap<>();
        ud.put("leverancer", hoved);
        for (String format : List.of("application/xml", "application/json")) {
            List<Double> ms = new ArrayList<>();
            long leveret = 0;
            for (int i = 0; i < FEEDSIDER + 50; i++) {
                long efter = hoved <= 1000 ? 0 : rnd.nextLong(hoved - 1000);
                HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/feeds/sagsindeks/leverancer?efter="
                        + efter + "&antal=1000")).header("Accept", format).GET().build();
                long t0 = System.nanoTime();
                HttpResponse<String> svar = http.send(req, HttpResponse.BodyHandlers.ofString());
                double d = (System.nanoTime() - t0) / 1e6;
                if (svar.statusCode() != 200) {
                    throw new IllegalStateException("feed answered " + svar.statusCode() + ": " + svar.body());
                }
                if (i >= 50) {
                    ms.add(d);
                    leveret += svar.body().length();
                }
            }
            Collections.sort(ms);
            ud.put(format.substring(format.indexOf('/') + 1), Map.of("sider", FEEDSIDER, "p50ms", round(pct(ms, 50)), "p99ms", round(pct(ms, 99)),
                    "maksMs", round(ms.get(ms.size() - 1)), "kBPrSide", leveret / FEEDSIDER / 1024));
        }
        return ud;
    }

    private void skriv(Map<String, Object> r) throws IOException {
        Files.createDirectories(RESULTATER);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(RESULTATER.resolve("projektioner.json"), json.writeValueAsString(r) + "\n");
        @SuppressWarnings("unchecked")
        Map<String, Object> o = (Map<String, Object>) r.get("oversigt");
        @SuppressWarnings("unchecked")
        Map<String, Object> f = (Map<String, Object>) r.get("feedside");
        @SuppressWarnings("unchecked")
        Map<String, Object> fx = (Map<String, Object>) f.get("xml");
        @SuppressWarnings("unchecked")
        Map<String, Object> fj = (Map<String, Object>) f.get("json");
        String md = "# Projection benchmark\n\n"
                + "Measured by `ProjektionsBenchmark` (app, test sources) on " + r.get("dato") + "; machine: " + r.get("maskine") + ".\n"
                + "Workload: the deterministic generator, " + r.get("parametre") + " → **" + String.format("%,d", (Long) r.get("haendelser"))
                + " events** (bulk load " + String.format("%,d", (Long) r.get("bulkindlaesningPrSekund")) + " events/s).\n\n"
                + "| Measure | Result | Target |\n|---|---|---|\n"
                + "| Rebuild of every projection with the engine, median of 3 | " + String.format("%,d", (Long) r.get("genopbygningMedianPrSekund")) + " events/s "
                + r.get("genopbygningPrSekund") + " | ≥ 50,000 events/s |\n"
                + "| Same projections through an Axon tracking processor, default settings (batch size 1), median of 3 windows of "
                + PEER_SEKUNDER + " s | " + String.format("%,d", (Long) r.get("axonPeerMedianPrSekund")) + " events/s " + r.get("axonPeerPrSekund") + " | (peer) |\n"
                + "| Engine ÷ peer | " + r.get("forholdMotorTilPeer") + "× | |\n"
                + "| Citizen overview over HTTP, " + o.get("forespoergsler") + " random citizens | p50 " + o.get("p50ms") + " ms, p99 " + o.get("p99ms")
                + " ms | p99 < 20 ms |\n"
                + "| Sagsindeks feed page of 1,000 deliveries over HTTP (of " + String.format("%,d", (Long) f.get("leverancer")) + "), " + fx.get("sider")
                + " random cursors: XML / JSON | p50 " + fx.get("p50ms") + " / " + fj.get("p50ms") + " ms, p99 " + fx.get("p99ms") + " / " + fj.get("p99ms")
                + " ms (" + fx.get("kBPrSide") + " / " + fj.get("kBPrSide") + " kB a page) | p99 < 100 ms |\n"
                + "| Each rebuild: wall s, CPU s of the JVM and of PostgreSQL, load average of the machine | " + cpuTekst(r.get("genopbygningCpuSekunder"))
                + " | |\n"
                + "| Heap after load / after rebuilds | " + r.get("heapEfterIndlaesningMB") + " MB / " + r.get("heapEfterGenopbygningMB") + " MB | |\n"
                + "\nTime spent inside each projection's `anvend` during the last rebuild (ms): " + r.get("genopbygning3MsPrProjektion") + "\n";
        Files.writeString(RESULTATER.resolve("projektioner.md"), md);
        System.out.println(md);
    }

    /**
     * Where PostgreSQL's time goes, when the server was started with {@code shared_preload_libraries=pg_stat_statements}
     * (the test server is not, by default: then this does nothing).
     */
    private boolean nulstilSqlStatistik() {
        try {
            jdbc.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            jdbc.queryForList("SELECT pg_stat_statements_reset()");
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The 15 statements with the most execution time since {@link #nulstilSqlStatistik}, also printed. */
    private List<Map<String, Object>> sqlStatistik() {
        List<Map<String, Object>> top = jdbc.queryForList("SELECT round(total_exec_time) AS ms, calls, rows, "
                + "left(regexp_replace(query, '\\s+', ' ', 'g'), 160) AS sql FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 15");
        top.forEach(t -> System.out.printf("  %8s ms %7s kald %9s rækker  %s%n", t.get("ms"), t.get("calls"), t.get("rows"), t.get("sql")));
        return top;
    }

    /** CPU seconds of this JVM (all threads): with the PostgreSQL figure, the work a rebuild costs, whatever else runs. */
    private static double jvmCpuSekunder() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    /** CPU seconds of the test PostgreSQL (postmaster and every backend, living ones only), from /proc; 0 where there is no /proc. */
    private static double postgresCpuSekunder() {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(SharedEmbeddedPostgres.server().dataDirectory().resolve("postmaster.pid")).get(0).trim());
            long ticks = 0;
            try (var procs = Files.list(Path.of("/proc"))) {
                for (Path p : procs.filter(x -> x.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                    try {
                        String stat = Files.readString(p.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        long pid = Long.parseLong(p.getFileName().toString());
                        if (pid == postmaster || Long.parseLong(f[1]) == postmaster) {
                            ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                        }
                    } catch (IOException | RuntimeException e) {
                        // the process ended while we looked
                    }
                }
            }
            return ticks / 100.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    @SuppressWarnings("unchecked")
    private static String cpuTekst(Object cpu) {
        return String.join("; ", ((List<Map<String, Object>>) cpu).stream()
                .map(c -> c.get("vaeg") + " s (JVM " + c.get("jvm") + ", PostgreSQL " + c.get("postgres") + ", load " + c.get("belastning") + ")").toList());
    }

    private static long heapMB() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / (1 << 20);
    }

    private static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    private static double pct(List<Double> sorteret, int p) {
        return sorteret.get(Math.min(sorteret.size() - 1, (int) Math.ceil(p / 100.0 * sorteret.size()) - 1));
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }
}
