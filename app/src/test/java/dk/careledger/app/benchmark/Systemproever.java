package dk.careledger.app.benchmark;

import dk.careledger.app.testsupport.SharedEmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * What PostgreSQL and the machine were doing during an append window, sampled every {@value Tilfoejelsesmaaling#PROEVE_MS}
 * ms on a connection of its own (outside the application's pool, so it never makes the application wait):
 * <ul>
 *   <li>what each client backend and autovacuum worker is doing, from {@code pg_stat_activity}: running a statement
 *       ({@code CPU} when it waits on nothing: on a core or waiting for one; else its wait event), or
 *       {@code idle in transaction} (the application holds the transaction and works in Java); the autovacuum
 *       workers' tasks; whether a checkpoint is being written;</li>
 *   <li>the kernel's scheduler counters ({@code schedstat}) of the live projection runner's thread and of every
 *       PostgreSQL process: time on a core, and time runnable but waiting for one;</li>
 *   <li>the kernel's pressure stall counters ({@code /proc/pressure/cpu} and {@code io}, "some": time at least one
 *       task was waiting for a core, or for I/O) and the machine's CPU time stolen by the hypervisor
 *       ({@code /proc/stat}).</li>
 * </ul>
 * {@link #over} sums them over an interval (a lag sample), so a stall can be told apart: backends on CPU with high CPU
 * pressure (the cores are full), waiting on WAL or data file I/O, on locks, or for a vacuum.
 */
final class Systemproever implements Runnable {
    private static final Path CPU_PRES = Path.of("/proc/pressure/cpu");
    private static final Path IO_PRES = Path.of("/proc/pressure/io");
    private static final Path STAT = Path.of("/proc/stat");
    private static final String AKTIVITET = "SELECT backend_type, coalesce(wait_event_type || ':' || wait_event, 'CPU'), query "
            + ", state FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND ((backend_type IN ('client backend', "
            + "'autovacuum worker') AND state IS DISTINCT FROM 'idle') OR backend_type = 'checkpointer')";

    /** One sample: when, the backends by what they wait on, autovacuum tasks, and the kernel's cumulative counters. */
    record Proeve(long nanos, Map<String, Integer> venter, Set<String> autovacuum, boolean checkpoint, long cpuPresUs,
            long ioPresUs, long stjaalet, long jiffies, long[] loeber, long[][] postgres) {
    }

    private final DataSource kilde;
    private final Path loeberSchedstat;
    private final List<Path> postgresSchedstat;
    private final List<Proeve> proever = new ArrayList<>();
    private volatile boolean koerer = true;

    Systemproever() {
        this.kilde = SharedEmbeddedPostgres.server().dataSource("postgres");
        this.loeberSchedstat = traad("projektion-live");
        this.postgresSchedstat = Statistik.postgresProcesser().stream().map(p -> p.resolve("schedstat")).toList();
    }

    void stop() {
        koerer = false;
    }

    @Override
    public void run() {
        try (Connection c = kilde.getConnection(); Statement s = c.createStatement()) {
            while (koerer) {
                Map<String, Integer> venter = new TreeMap<>();
                Set<String> autovacuum = new TreeSet<>();
                boolean checkpoint = false;
                try (ResultSet rs = s.executeQuery(AKTIVITET)) {
                    while (rs.next()) {
                        String type = rs.getString(1);
                        if ("checkpointer".equals(type)) {
                            // between checkpoints it waits in CheckpointerMain; writing one, on its write delay or I/O
                            checkpoint = !"Activity:CheckpointerMain".equals(rs.getString(2));
                            continue;
                        }
                        String hvad = "active".equals(rs.getString(4)) ? rs.getString(2) : rs.getString(4);
                        venter.merge(("client backend".equals(type) ? "" : "autovacuum ") + hvad, 1, Integer::sum);
                        if ("autovacuum worker".equals(type) && rs.getString(3) != null) {
                            autovacuum.add(rs.getString(3).replace("autovacuum: ", ""));
                        }
                    }
                }
                long[] stat = stjaaletOgIalt();
                long[][] pg = new long[postgresSchedstat.size()][];
                for (int k = 0; k < pg.length; k++) {
                    pg[k] = schedstat(postgresSchedstat.get(k));
                }
                synchronized (proever) {
                    proever.add(new Proeve(System.nanoTime(), venter, autovacuum, checkpoint, presUs(CPU_PRES), presUs(IO_PRES), stat[0],
                            stat[1], schedstat(loeberSchedstat), pg));
                }
                Thread.sleep(Tilfoejelsesmaaling.PROEVE_MS);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("sampling pg_stat_activity failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The samples taken from {@code fra} to {@code til} (nanoTime): the share of backend samples per wait event, the
     * autovacuum tasks seen, and the share of the interval's wall time with CPU and I/O pressure and of the machine's
     * CPU time stolen (null where the kernel does not tell).
     */
    Map<String, Object> over(long fra, long til) {
        List<Proeve> i;
        Proeve foer = null;
        Proeve efter = null;
        synchronized (proever) {
            i = new ArrayList<>();
            for (Proeve p : proever) {
                if (p.nanos() < fra) {
                    foer = p;
                } else if (p.nanos() <= til) {
                    i.add(p);
                } else if (efter == null) {
                    efter = p;
                }
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("proever", i.size());
        Map<String, Integer> venter = new TreeMap<>();
        i.forEach(p -> p.venter().forEach((k, v) -> venter.merge(k, v, Integer::sum)));
        double alle = venter.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Object> andel = new LinkedHashMap<>();
        venter.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> andel.put(e.getKey(), Statistik.rund(e.getValue() / alle)));
        m.put("backendsIGennemsnit", i.isEmpty() ? 0 : Statistik.rund(alle / i.size()));
        m.put("venterPaa", andel);
        m.put("autovacuum", i.stream().flatMap(p -> p.autovacuum().stream()).collect(Collectors.toCollection(TreeSet::new)));
        m.put("checkpointSkrives", i.stream().anyMatch(Proeve::checkpoint));
        Proeve a = foer != null ? foer : (i.isEmpty() ? null : i.get(0));
        Proeve b = efter != null ? efter : (i.isEmpty() ? null : i.get(i.size() - 1));
        if (a != null && b != null && b.nanos() > a.nanos()) {
            double vaeg = (b.nanos() - a.nanos()) / 1e3;
            m.put("cpuTryk", a.cpuPresUs() < 0 ? null : Statistik.rund((b.cpuPresUs() - a.cpuPresUs()) / vaeg));
            m.put("ioTryk", a.ioPresUs() < 0 ? null : Statistik.rund((b.ioPresUs() - a.ioPresUs()) / vaeg));
            m.put("stjaalet", b.jiffies() <= a.jiffies() ? null
                    : Statistik.rund((double) (b.stjaalet() - a.stjaalet()) / (b.jiffies() - a.jiffies())));
            m.put("maaltMs", Statistik.rund(vaeg / 1e3));
            if (a.loeber() != null && b.loeber() != null) {
                m.put("loeberPaaKerneMs", Statistik.rund((b.loeber()[0] - a.loeber()[0]) / 1e6));
                m.put("loeberVentetPaaKerneMs", Statistik.rund((b.loeber()[1] - a.loeber()[1]) / 1e6));
            }
            long[] pg = new long[2];
            for (int k = 0; k < a.postgres().length; k++) {
                if (a.postgres()[k] != null && b.postgres()[k] != null) { // a process that ended drops out
                    pg[0] += b.postgres()[k][0] - a.postgres()[k][0];
                    pg[1] += b.postgres()[k][1] - a.postgres()[k][1];
                }
            }
            m.put("postgresPaaKerneMs", Statistik.rund(pg[0] / 1e6));
            m.put("postgresVentetPaaKerneMs", Statistik.rund(pg[1] / 1e6));
        }
        return m;
    }

    /** A thread of this JVM by its name (the kernel keeps the first 15 characters), or null. */
    private static Path traad(String navn) {
        try (var traade = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : traade.toList()) {
                try {
                    if (Files.readString(t.resolve("comm")).trim().equals(navn)) {
                        return t.resolve("schedstat");
                    }
                } catch (IOException e) {
                    // the thread ended while we looked
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /** Time on a core and time waiting for one, in ns; null when unreadable (the thread or process ended). */
    private static long[] schedstat(Path p) {
        if (p == null) {
            return null;
        }
        try {
            String[] f = Files.readString(p).trim().split("\\s+");
            return new long[] {Long.parseLong(f[0]), Long.parseLong(f[1])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The "some" total of a pressure file, in µs; -1 when the kernel has none. */
    private static long presUs(Path fil) {
        try {
            String some = Files.readAllLines(fil).get(0);
            return Long.parseLong(some.substring(some.indexOf("total=") + 6).trim());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Steal and all CPU time of the machine from {@code /proc/stat}, in jiffies; zeros when unreadable. */
    private static long[] stjaaletOgIalt() {
        try {
            String[] f = Files.readAllLines(STAT).get(0).trim().split("\\s+");
            long ialt = 0;
            for (int k = 1; k <= 8 && k < f.length; k++) {
                ialt += Long.parseLong(f[k]);
            }
            return new long[] {f.length > 8 ? Long.parseLong(f[8]) : 0, ialt};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }
}
