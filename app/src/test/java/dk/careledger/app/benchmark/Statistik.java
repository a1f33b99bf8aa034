package dk.careledger.app.benchmark;

import dk.careledger.app.testsupport.SharedEmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Medians, percentiles and the heap, as every phase of the benchmark reports them. */
final class Statistik {
    private Statistik() {
    }

    static double median(List<Double> v) {
        if (v.isEmpty()) {
            return 0;
        }
        List<Double> s = new ArrayList<>(v);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    /** The nearest-rank percentile of the values (0 for none; p = 0 is the minimum). */
    static double pct(List<Double> v, double p) {
        if (v.isEmpty()) {
            return 0;
        }
        List<Double> s = new ArrayList<>(v);
        Collections.sort(s);
        return s.get(Math.max(0, Math.min(s.size() - 1, (int) Math.ceil(p / 100.0 * s.size()) - 1)));
    }

    /** p50, p99 and maximum of latencies in ms, and how many. */
    static Map<String, Object> latens(List<Double> ms) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("antal", ms.size());
        m.put("p50ms", rund(pct(ms, 50)));
        m.put("p95ms", rund(pct(ms, 95)));
        m.put("p99ms", rund(pct(ms, 99)));
        m.put("maksMs", rund(pct(ms, 100)));
        return m;
    }

    static double rund(double d) {
        return Math.round(d * 100) / 100.0;
    }

    /** {@code a ÷ b} to three significant decimals, or null when there is no b. */
    static Double forhold(double a, double b) {
        return b <= 0 ? null : Math.round(a / b * 1000) / 1000.0;
    }

    /** Heap in use after a full collection, in MB. */
    static long heapMB() {
        System.gc();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / (1 << 20);
    }

    /**
     * CPU seconds of the test PostgreSQL (postmaster and every living backend), from /proc; 0 where there is no /proc.
     * With {@link #jvmCpuSekunder()}, what a phase costs whatever else the machine does.
     */
    static double postgresCpuSekunder() {
        long ticks = 0;
        for (Path p : postgresProcesser()) {
            try {
                String stat = Files.readString(p.resolve("stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
            } catch (IOException | RuntimeException e) {
                // the process ended while we looked
            }
        }
        return ticks / 100.0;
    }

    /** The {@code /proc} directories of the PostgreSQL server's processes: the postmaster and its children. */
    static List<Path> postgresProcesser() {
        List<Path> ud = new ArrayList<>();
        try (var procs = Files.list(Path.of("/proc"))) {
            long postmaster = Long.parseLong(Files.readAllLines(SharedEmbeddedPostgres.server().dataDirectory().resolve("postmaster.pid"))
                    .get(0).trim());
            for (Path p : procs.filter(x -> x.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    if (Long.parseLong(p.getFileName().toString()) == postmaster || Long.parseLong(f[1]) == postmaster) {
                        ud.add(p);
                    }
                } catch (IOException | RuntimeException e) {
                    // the process ended while we looked
                }
            }
        } catch (IOException | RuntimeException e) {
            return ud;
        }
        return ud;
    }

    /** CPU seconds of this JVM, all threads. */
    static double jvmCpuSekunder() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }
}
