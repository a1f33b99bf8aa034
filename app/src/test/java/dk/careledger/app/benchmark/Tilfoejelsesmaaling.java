package dk.careledger.app.benchmark;

import dk.careledger.app.adgang.UmaaltAdgang;
import dk.careledger.app.testsupport.Testtokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.careledger.projection.motor.Livebatch;
import dk.careledger.projection.motor.Projektionsmotor;
import dk.careledger.projection.motor.Projektionsstatus;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Append load through the real command path (HTTP → command gateway → aggregate → JDBC event store, one transaction a
 * command) with N concurrent clients, and the projections' lag while it runs.
 *
 * <p>Each client sends its next command as soon as the previous one is answered. Throughput is the answered commands
 * divided by the window's wall time; latency is per command, as the client sees it. A command answered with anything
 * but 2xx fails the run: a benchmark that counted refusals as throughput would measure nothing.
 *
 * <p><b>Lag</b> ({@link Efterslaeb}): every {@value #PROEVE_MS} ms the sampler reads the head of the event store and
 * each projection's position. When the head has grown, it notes (time, head); a note is settled when every projection
 * has passed its head, and the time between is one lag sample. Resolution: the sampling interval.
 *
 * <p><b>What the largest lag was made of</b> ({@link Efterslaebsdele}): the live runner reports every batch it commits
 * ({@link Projektionsmotor#lyt}); the largest lag sample of a scenario is laid over the runner's time line and split
 * into the time the runner sat waiting for Axon's stream to deliver, and the time it spent reading, applying and
 * committing batches. The rest is the sampler's resolution. Alongside, {@link Systemproever} samples what
 * PostgreSQL's backends waited on and how pressed the machine's CPU and I/O were, during the sample and during its
 * whole window for comparison.
 */
final class Tilfoejelsesmaaling {
    static final int PROEVE_MS = 25;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One kind of command: its name, and the request client {@code klient} sends as its command number {@code nummer}. */
    record Scenarie(String navn, Anmodning anmodning) {
    }

    @FunctionalInterface
    interface Anmodning {
        HttpRequest.Builder til(int klient, long nummer);
    }

    private final HttpClient http;
    private final String base;
    private final Projektionsmotor motor;
    private final JdbcTemplate jdbc;
    private final Fremskridt fremskridt;
    private static final ThreadMXBean TRAADE = ManagementFactory.getThreadMXBean();
    private final AtomicLong besvaret = new AtomicLong();
    private final AtomicLong klientCpuNanos = new AtomicLong();

    private final boolean udenAdgang;

    Tilfoejelsesmaaling(int port, Projektionsmotor motor, JdbcTemplate jdbc, Fremskridt fremskridt) {
        this(port, false, motor, jdbc, fremskridt);
    }

    /**
     * With {@code udenAdgang}, {@code port} is the benchmark-only connector without token verification
     * ({@link UmaaltAdgang}): commands are sent without a token, as a sagsbehandler of the kommune.
     */
    Tilfoejelsesmaaling(int port, boolean udenAdgang, Projektionsmotor motor, JdbcTemplate jdbc, Fremskridt fremskridt) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        this.base = "http://localhost:" + port;
        this.udenAdgang = udenAdgang;
        this.motor = motor;
        this.jdbc = jdbc;
        this.fremskridt = fremskridt;
    }

    /** A POST of {@code krop} as JSON to {@code sti}, as {@code bruger} in {@code rolle} for {@code kommune}. */
    HttpRequest.Builder post(String sti, Map<String, ?> krop, String bruger, String rolle, String kommune) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + sti)).header("Content-Type", "application/json");
            b = udenAdgang ? b.header(UmaaltAdgang.KOMMUNE, kommune)
                    : b.header("Authorization", Testtokens.bearer(bruger, rolle, kommune));
            return b.header("X-Kommando-Id", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(krop)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One window of bulk requests (issue 18), sent one after another, their bodies built before the clock starts: the
     * registrations stored per second until the last answer, the projections' lag while it ran and how long they took
     * to catch up after it, and CPU per registration (this JVM and PostgreSQL) until the last answer and until caught up.
     * Each answer's outcome counts are added to {@code udfald}; its stored registrations count as answered commands.
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> bulkvindue(List<HttpRequest> anmodninger, int registreringer, Map<String, Long> udfald) throws Exception {
        vent();
        Efterslaeb e = new Efterslaeb();
        Thread proever = new Thread(e, "benchmark-efterslaeb");
        proever.start();
        double jvm0 = Statistik.jvmCpuSekunder();
        double pg0 = Statistik.postgresCpuSekunder();
        long t0 = System.nanoTime();
        List<String> svar = new ArrayList<>(anmodninger.size());
        for (HttpRequest anmodning : anmodninger) {
            HttpResponse<String> r = http.send(anmodning, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) {
                throw new IllegalStateException("POST " + anmodning.uri() + " answered " + r.statusCode() + ": " + r.body());
            }
            svar.add(r.body());
        }
        long t1 = System.nanoTime();
        double jvm1 = Statistik.jvmCpuSekunder();
        double pg1 = Statistik.postgresCpuSekunder();
        vent();
        long t2 = System.nanoTime();
        double jvm2 = Statistik.jvmCpuSekunder();
        double pg2 = Statistik.postgresCpuSekunder();
        e.stop();
        proever.join();
        for (String body : svar) {
            Map<String, Object> antal = (Map<String, Object>) JSON.readValue(body, Map.class).get("antal");
            antal.forEach((k, v) -> udfald.merge(k, ((Number) v).longValue(), Long::sum));
            besvaret.addAndGet(((Number) antal.get("OPRETTET")).longValue());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("prSekund", registreringer / ((t1 - t0) / 1e9));
        m.put("sekunder", Statistik.rund((t1 - t0) / 1e9));
        m.put("indhentningMs", Statistik.rund((t2 - t1) / 1e6));
        m.put("efterslaeb", Statistik.latens(e.samlet));
        Map<String, Object> cpu = new LinkedHashMap<>();
        cpu.put("jvmTilSvar", Statistik.rund((jvm1 - jvm0) * 1000 / registreringer));
        cpu.put("postgresqlTilSvar", Statistik.rund((pg1 - pg0) * 1000 / registreringer));
        cpu.put("jvmIndhentet", Statistik.rund((jvm2 - jvm0) * 1000 / registreringer));
        cpu.put("postgresqlIndhentet", Statistik.rund((pg2 - pg0) * 1000 / registreringer));
        cpu.put("kernerIBrugTilSvar", Statistik.rund((jvm1 - jvm0 + pg1 - pg0) / ((t1 - t0) / 1e9)));
        m.put("cpuMsPrRegistrering", cpu);
        return m;
    }

    /** Commands answered with 2xx so far, warm-ups included: each stored exactly one event. */
    long besvaret() {
        return besvaret.get();
    }

    /** Warm-up, then {@code gentagelser} measured windows, for each number of clients. */
    Map<String, Object> maal(Scenarie scenarie, List<Integer> klienter, double opvarmning, double vindue, int gentagelser)
            throws Exception {
        Map<String, Object> ud = new LinkedHashMap<>();
        for (int n : klienter) {
            koer(scenarie, n, opvarmning, null);
            vent();
            List<Double> rater = new ArrayList<>();
            List<Double> p50 = new ArrayList<>();
            List<Double> p99 = new ArrayList<>();
            List<Double> efterslaeb = new ArrayList<>();
            Map<String, List<Double>> prProjektion = new LinkedHashMap<>();
            List<double[]> cpu = new ArrayList<>();
            List<Long> checkpointsIVinduer = new ArrayList<>();
            Map<String, Object> stoerste = null;
            for (int g = 0; g < gentagelser; g++) {
                List<Livebatch> batches = Collections.synchronizedList(new ArrayList<>());
                AutoCloseable lytning = motor.lyt(batches::add);
                Efterslaeb e = new Efterslaeb();
                Thread proever = new Thread(e, "benchmark-efterslaeb");
                proever.start();
                Systemproever system = new Systemproever();
                Thread systemproever = new Thread(system, "benchmark-systemproever");
                systemproever.start();
                List<Double> ms = Collections.synchronizedList(new ArrayList<>());
                double jvm0 = Statistik.jvmCpuSekunder();
                double pg0 = Statistik.postgresCpuSekunder();
                long t0 = System.nanoTime();
                klientCpuNanos.set(0);
                long foer = besvaret.get();
                long checkpoints0 = checkpoints();
                double rate = koer(scenarie, n, vindue, ms);
                vent();
                e.stop();
                proever.join();
                lytning.close();
                system.stop();
                systemproever.join();
                if (e.stoerste != null && (stoerste == null
                        || (e.stoerste[1] - e.stoerste[0]) / 1e6 > (double) stoerste.get("ialtMs"))) {
                    stoerste = Efterslaebsdele.af(e.stoerste[0], e.stoerste[1], batches).somKort();
                    stoerste.put("imens", system.over(e.stoerste[0], e.stoerste[1]));
                    stoerste.put("heleVinduet", system.over(t0, System.nanoTime()));
                }
                long kommandoer = Math.max(1, besvaret.get() - foer);
                double jvm = Statistik.jvmCpuSekunder() - jvm0;
                double pg = Statistik.postgresCpuSekunder() - pg0;
                cpu.add(new double[] {jvm * 1000 / kommandoer, klientCpuNanos.get() / 1e6 / kommandoer, pg * 1000 / kommandoer,
                        (jvm + pg) / ((System.nanoTime() - t0) / 1e9)});
                long checkpoints = checkpoints() - checkpoints0;
                checkpointsIVinduer.add(checkpoints);
                rater.add(rate);
                p50.add(Statistik.pct(ms, 50));
                p99.add(Statistik.pct(ms, 99));
                efterslaeb.addAll(e.samlet);
                e.prProjektion.forEach((k, v) -> prProjektion.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
                fremskridt.meld("tilføj %s, %d klienter, %d/%d: %,.0f kommandoer/s, p50 %.1f ms, p99 %.1f ms, efterslæb p99 %.0f ms "
                        + "(maks %.0f ms), checkpoints %d", scenarie.navn(), n, g + 1, gentagelser, rate, Statistik.pct(ms, 50),
                        Statistik.pct(ms, 99), Statistik.pct(e.samlet, 99), Statistik.pct(e.samlet, 100), checkpoints);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kommandoerPrSekund", Math.round(Statistik.median(rater)));
            m.put("gentagelser", rater.stream().map(Math::round).toList());
            m.put("p50ms", Statistik.rund(Statistik.median(p50)));
            m.put("p99ms", Statistik.rund(Statistik.median(p99)));
            Map<String, Object> lag = Statistik.latens(efterslaeb);
            Map<String, Object> lagPr = new LinkedHashMap<>();
            prProjektion.forEach((k, v) -> lagPr.put(k, Statistik.rund(Statistik.pct(v, 99))));
            lag.put("p99msPrProjektion", lagPr);
            m.put("efterslaeb", lag);
            if (stoerste != null) {
                m.put("stoersteEfterslaeb", stoerste);
            }
            m.put("cpuMsPrKommando", cpuPrKommando(cpu));
            m.put("checkpointsPrVindue", checkpointsIVinduer);
            ud.put(String.valueOf(n), m);
        }
        return ud;
    }

    /**
     * CPU per answered command, median over the windows, from the window's start until the projections had caught up
     * (so their work is included): the whole JVM (server, projections, and the benchmark's own clients), of which the
     * clients' threads, and PostgreSQL; and how busy that kept the machine's cores.
     */
    private static Map<String, Object> cpuPrKommando(List<double[]> cpu) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jvm", Statistik.rund(Statistik.median(cpu.stream().map(c -> c[0]).toList())));
        m.put("herafKlienter", Statistik.rund(Statistik.median(cpu.stream().map(c -> c[1]).toList())));
        m.put("postgresql", Statistik.rund(Statistik.median(cpu.stream().map(c -> c[2]).toList())));
        m.put("kernerIBrug", Statistik.rund(Statistik.median(cpu.stream().map(c -> c[3]).toList())));
        return m;
    }

    /**
     * PostgreSQL checkpoints so far (timed and requested). A checkpoint flushes what earlier phases wrote (the rebuilds
     * write with {@code synchronous_commit = off}); counting them per window tells whether one coincided with a stall.
     */
    private long checkpoints() {
        Long n = jdbc.queryForObject("SELECT checkpoints_timed + checkpoints_req FROM pg_stat_bgwriter", Long.class);
        return n == null ? 0 : n;
    }

    private void vent() {
        if (!motor.venTilAjour(Duration.ofMinutes(5))) {
            throw new IllegalStateException("the projections did not catch up after the append window: " + motor.status());
        }
    }

    /** Runs {@code n} clients for {@code sekunder}; returns answered commands per second (latencies into {@code ms}). */
    private double koer(Scenarie scenarie, int n, double sekunder, List<Double> ms) throws Exception {
        if (sekunder <= 0) {
            return 0;
        }
        ExecutorService klienter = Executors.newFixedThreadPool(n);
        AtomicInteger svar = new AtomicInteger();
        ConcurrentLinkedQueue<String> fejl = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        long frist = start + (long) (sekunder * 1e9);
        try {
            List<Future<?>> alle = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                int klient = k;
                alle.add(klienter.submit(() -> {
                    long cpu0 = TRAADE.getCurrentThreadCpuTime();
                    long nummer = 0;
                    while (System.nanoTime() < frist && fejl.isEmpty()) {
                        HttpRequest req = scenarie.anmodning().til(klient, nummer++).build();
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                        double d = (System.nanoTime() - t0) / 1e6;
                        if (r.statusCode() / 100 != 2) {
                            fejl.add(scenarie.navn() + ": " + r.statusCode() + " " + r.body());
                            break;
                        }
                        svar.incrementAndGet();
                        besvaret.incrementAndGet();
                        if (ms != null) {
                            ms.add(d);
                        }
                    }
                    klientCpuNanos.addAndGet(TRAADE.getCurrentThreadCpuTime() - cpu0);
                    return null;
                }));
            }
            for (Future<?> f : alle) {
                f.get();
            }
        } finally {
            klienter.shutdownNow();
        }
        if (!fejl.isEmpty()) {
            throw new IllegalStateException("a command was refused: " + fejl.peek());
        }
        return svar.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** The lag sampler (see the class comment). */
    private final class Efterslaeb implements Runnable {
        private volatile boolean koerer = true;
        final List<Double> samlet = new ArrayList<>();
        final Map<String, List<Double>> prProjektion = new HashMap<>();
        /** The largest lag sample: when its head was noted and when every projection had passed it (nanoTime). */
        long[] stoerste;
        private final Deque<long[]> ventende = new ArrayDeque<>();
        private final Map<String, Deque<long[]>> ventendePr = new HashMap<>();

        void stop() {
            koerer = false;
        }

        @Override
        public void run() {
            long sidsteHoved = hoved();
            while (true) {
                boolean sidste = !koerer;
                long nu = System.nanoTime();
                long h = hoved();
                List<Projektionsstatus> status = motor.status();
                if (h > sidsteHoved) {
                    ventende.add(new long[] {nu, h});
                    for (Projektionsstatus s : status) {
                        ventendePr.computeIfAbsent(s.navn(), k -> new ArrayDeque<>()).add(new long[] {nu, h});
                    }
                    sidsteHoved = h;
                }
                long min = Long.MAX_VALUE;
                for (Projektionsstatus s : status) {
                    long pos = s.position() == null ? -1 : s.position();
                    min = Math.min(min, pos);
                    afregn(ventendePr.computeIfAbsent(s.navn(), k -> new ArrayDeque<>()), pos, nu,
                            prProjektion.computeIfAbsent(s.navn(), k -> new ArrayList<>()));
                }
                long aeldste = afregn(ventende, min, nu, samlet);
                if (aeldste >= 0 && (stoerste == null || nu - aeldste > stoerste[1] - stoerste[0])) {
                    stoerste = new long[] {aeldste, nu};
                }
                if (sidste) {
                    return;
                }
                try {
                    Thread.sleep(PROEVE_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        /** Settles the notes {@code position} has passed; returns when the oldest of them was noted (its lag is the largest), or -1. */
        private static long afregn(Deque<long[]> ventende, long position, long nu, List<Double> ud) {
            long aeldste = -1;
            while (!ventende.isEmpty() && ventende.peekFirst()[1] <= position) {
                long noteret = ventende.pollFirst()[0];
                aeldste = aeldste < 0 ? noteret : aeldste;
                ud.add((nu - noteret) / 1e6);
            }
            return aeldste;
        }

        private long hoved() {
            Long h = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
            return h == null ? -1 : h;
        }
    }

    /** The element for client or command {@code i}, round the list. */
    static <T> T rundt(List<T> liste, long i) {
        return liste.get((int) Math.floorMod(i, (long) liste.size()));
    }
}
