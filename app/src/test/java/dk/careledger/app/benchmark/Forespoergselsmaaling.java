package dk.careledger.app.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Read latency over HTTP, one request at a time, as a caseworker's screen or a receiver would ask: p50/p99 of each
 * query after a warm-up of a tenth as many requests. The floor, same run: {@code /actuator/health} (HTTP, Spring MVC and
 * one trivial database round trip), what no query can beat.
 */
final class Forespoergselsmaaling {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;

    Forespoergselsmaaling(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A rate from the latencies of one client asking one request at a time: requests per second. */
    static double prSekund(Map<String, Object> maaling) {
        return 1000.0 / ((Number) maaling.get("middelMs")).doubleValue();
    }

    /**
     * A GET's path and the {@code Authorization} it is sent with (null: none, as for health); or, on the connector without
     * access control ({@link dk.careledger.app.adgang.UmaaltAdgang}), the kommune the caller acts for.
     */
    record Forespoergsel(String sti, String adgang, String umaaltKommune) {
        Forespoergsel(String sti, String adgang) {
            this(sti, adgang, null);
        }
    }

    /** {@code antal} GETs of {@code sti(i)} with no credential (the floor: health). */
    Map<String, Object> maal(int antal, String accept, Function<SplittableRandom, String> sti) throws Exception {
        return maalSom(antal, accept, rnd -> new Forespoergsel(sti.apply(rnd), null));
    }

    /**
     * {@code antal} GETs of {@code forespoergsel(i)} (random choices come from the seeded {@code rnd}), each with its
     * caller's token (ADR 0019: a caseworker sees only their own kommune); latencies in ms.
     */
    Map<String, Object> maalSom(int antal, String accept, Function<SplittableRandom, Forespoergsel> forespoergsel) throws Exception {
        SplittableRandom rnd = new SplittableRandom(7);
        int opvarmning = Math.max(1, antal / 10);
        List<Double> ms = new ArrayList<>();
        long[] bytes = {0};
        for (int i = 0; i < antal + opvarmning; i++) {
            double d = send(forespoergsel.apply(rnd), accept, i >= opvarmning ? bytes : null);
            if (i >= opvarmning) {
                ms.add(d);
            }
        }
        return resultat(ms, bytes[0]);
    }

    /**
     * Two variants of the same query measured in turns, request by request (the same items in the same order, by the
     * same seed, and which goes first alternating), so that a change in the machine's load during the run falls on both
     * alike: [a's latencies, b's latencies]. a's also carries {@code parvisTillaegMs}: the median of a's latency minus b's
     * in the same pair, which a stall of the machine (one request of thousands, on a shared machine many) moves far less
     * than it moves the means and the p99s.
     */
    static List<Map<String, Object>> parvis(int antal, String accept, Forespoergselsmaaling ma, Function<SplittableRandom, Forespoergsel> a,
            Forespoergselsmaaling mb, Function<SplittableRandom, Forespoergsel> b) throws Exception {
        SplittableRandom ra = new SplittableRandom(7);
        SplittableRandom rb = new SplittableRandom(7);
        int opvarmning = Math.max(1, antal / 10);
        List<Double> msA = new ArrayList<>();
        List<Double> msB = new ArrayList<>();
        long[] bytesA = {0};
        long[] bytesB = {0};
        for (int i = 0; i < antal + opvarmning; i++) {
            boolean maal = i >= opvarmning;
            Forespoergsel fa = a.apply(ra);
            Forespoergsel fb = b.apply(rb);
            if (i % 2 == 0) {
                double da = ma.send(fa, accept, maal ? bytesA : null);
                double db = mb.send(fb, accept, maal ? bytesB : null);
                if (maal) {
                    msA.add(da);
                    msB.add(db);
                }
            } else {
                double db = mb.send(fb, accept, maal ? bytesB : null);
                double da = ma.send(fa, accept, maal ? bytesA : null);
                if (maal) {
                    msA.add(da);
                    msB.add(db);
                }
            }
        }
        List<Double> forskel = new ArrayList<>();
        for (int i = 0; i < msA.size(); i++) {
            forskel.add(msA.get(i) - msB.get(i));
        }
        Map<String, Object> resultatA = resultat(msA, bytesA[0]);
        resultatA.put("parvisTillaegMs", Statistik.rund(Statistik.median(forskel)));
        return List.of(resultatA, resultat(msB, bytesB[0]));
    }

    private double send(Forespoergsel f, String accept, long[] bytes) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + f.sti())).header("Accept", accept).GET();
        if (f.adgang() != null) {
            // a bearer token, or a browser session's cookie (the caseworker's UI, ADR 0023)
            b.header(f.adgang().startsWith("JSESSIONID=") ? "Cookie" : "Authorization", f.adgang());
        }
        if (f.umaaltKommune() != null) {
            b.header(dk.careledger.app.adgang.UmaaltAdgang.KOMMUNE, f.umaaltKommune());
        }
        HttpRequest req = b.build();
        long t0 = System.nanoTime();
        HttpResponse<byte[]> svar = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        double d = (System.nanoTime() - t0) / 1e6;
        if (svar.statusCode() != 200) {
            throw new IllegalStateException(req.uri() + " answered " + svar.statusCode() + ": " + new String(svar.body()));
        }
        if (bytes != null) {
            bytes[0] += svar.body().length;
        }
        return d;
    }

    private static Map<String, Object> resultat(List<Double> ms, long bytes) {
        Map<String, Object> m = new LinkedHashMap<>(Statistik.latens(ms));
        m.put("middelMs", Statistik.rund(ms.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
        m.put("kBPrSvar", ms.isEmpty() ? 0 : bytes / ms.size() / 1024);
        return m;
    }
}
