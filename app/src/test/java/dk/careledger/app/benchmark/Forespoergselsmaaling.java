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

    /** {@code antal} GETs of {@code sti(i)} (random choices come from the seeded {@code rnd}); latencies in ms. */
    Map<String, Object> maal(int antal, String accept, Function<SplittableRandom, String> sti) throws Exception {
        SplittableRandom rnd = new SplittableRandom(7);
        int opvarmning = Math.max(1, antal / 10);
        List<Double> ms = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < antal + opvarmning; i++) {
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + sti.apply(rnd))).header("Accept", accept).GET().build();
            long t0 = System.nanoTime();
            HttpResponse<byte[]> svar = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            double d = (System.nanoTime() - t0) / 1e6;
            if (svar.statusCode() != 200) {
                throw new IllegalStateException(req.uri() + " answered " + svar.statusCode() + ": " + new String(svar.body()));
            }
            if (i >= opvarmning) {
                ms.add(d);
                bytes += svar.body().length;
            }
        }
        Map<String, Object> m = new LinkedHashMap<>(Statistik.latens(ms));
        m.put("kBPrSvar", ms.isEmpty() ? 0 : bytes / ms.size() / 1024);
        return m;
    }
}
