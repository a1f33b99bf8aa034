package dk.careledger.app.benchmark;

import dk.careledger.projection.motor.Livebatch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One lag sample (from {@code fra}, when the sampler saw the head grow, to {@code til}, when every projection had
 * passed it) laid over the live runner's time line and split into what the runner was doing meanwhile: waiting for
 * Axon's stream to deliver an event ({@code ventet}), taking the batch from the stream and deserializing it
 * ({@code laest}), applying it ({@code anvendt}) and committing ({@code committet}). What no batch covers is the
 * sampler's resolution and the status read ({@code rest}).
 *
 * @param laengsteVentMs the longest single wait of the runner within the sample
 * @param batches        batches that overlapped the sample
 * @param maksForsoeg    the most attempts one of them needed (more than one: a failure rolled it back)
 */
record Efterslaebsdele(double ialtMs, double ventetMs, double laestMs, double anvendtMs, double committetMs,
        double laengsteVentMs, int batches, int maksForsoeg) {

    static Efterslaebsdele af(long fra, long til, List<Livebatch> tidslinje) {
        long ventet = 0;
        long laest = 0;
        long anvendt = 0;
        long committet = 0;
        long laengsteVent = 0;
        int batches = 0;
        int maksForsoeg = 0;
        synchronized (tidslinje) {
            for (Livebatch b : tidslinje) {
                long v = overlap(fra, til, b.ventFra(), b.ankommet());
                long arbejde = overlap(fra, til, b.ankommet(), b.committet());
                if (v + arbejde == 0) {
                    continue;
                }
                batches++;
                maksForsoeg = Math.max(maksForsoeg, b.forsoeg());
                ventet += v;
                laengsteVent = Math.max(laengsteVent, v);
                laest += overlap(fra, til, b.ankommet(), b.laest());
                anvendt += overlap(fra, til, b.laest(), b.anvendt());
                committet += overlap(fra, til, b.anvendt(), b.committet());
            }
        }
        return new Efterslaebsdele(ms(til - fra), ms(ventet), ms(laest), ms(anvendt), ms(committet), ms(laengsteVent), batches,
                maksForsoeg);
    }

    double restMs() {
        return Statistik.rund(ialtMs - ventetMs - laestMs - anvendtMs - committetMs);
    }

    Map<String, Object> somKort() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ialtMs", ialtMs);
        m.put("ventetPaaStroemmenMs", ventetMs);
        m.put("laengsteVentMs", laengsteVentMs);
        m.put("laestMs", laestMs);
        m.put("anvendtMs", anvendtMs);
        m.put("committetMs", committetMs);
        m.put("restMs", restMs());
        m.put("batches", batches);
        m.put("maksForsoeg", maksForsoeg);
        return m;
    }

    private static long overlap(long fra, long til, long start, long slut) {
        return Math.max(0, Math.min(til, slut) - Math.max(fra, start));
    }

    private static double ms(long nanos) {
        return Statistik.rund(nanos / 1e6);
    }
}
