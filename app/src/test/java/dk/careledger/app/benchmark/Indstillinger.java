package dk.careledger.app.benchmark;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How big and how long a benchmark run is. Three modes: {@code fuld} (the recorded run: about a million events, every
 * measure repeated three times), {@code hurtig} ({@code --quick}: the same phases on a small history, under three
 * minutes) and {@code roeg} (the CI smoke: a few hundred events, one short repetition each; it proves the harness runs,
 * it measures nothing worth quoting). Every field can be overridden with a system property {@code benchmark.<field>}.
 *
 * @param borgere             citizens in the generated history (with {@code dage}, the size knob: 4,000 × 365 ≈ 1 M events)
 * @param dage                days of history
 * @param kommuner            municipalities
 * @param genopbygninger      repetitions of the rebuild of all projections together
 * @param genopbygningerPrProjektion repetitions of each projection's rebuild on its own
 * @param peerSekunder        length of one window of the Axon peer
 * @param peerGentagelser     windows of the Axon peer
 * @param klienter            concurrent clients of the append phases
 * @param tilfoejSekunder     length of one measured append window
 * @param tilfoejGentagelser  measured windows per (scenario, clients)
 * @param opvarmningSekunder  unmeasured warm-up before each (scenario, clients)
 * @param langStroemMin       the length an existing aggregate's stream must have to count as long (events)
 * @param forespoergsler      requests per query measure
 * @param feedsider           feed pages per format
 * @param loftRaekker         at most this many rows in the PostgreSQL ceiling (insert, COPY, read)
 */
record Indstillinger(String modus, int borgere, int dage, int kommuner, int genopbygninger, int genopbygningerPrProjektion,
        double peerSekunder, int peerGentagelser, List<Integer> klienter, double tilfoejSekunder, int tilfoejGentagelser,
        double opvarmningSekunder, int langStroemMin, int forespoergsler, int feedsider, int loftRaekker) {

    static Indstillinger fuld() {
        return new Indstillinger("fuld", 4000, 365, 4, 3, 3, 10, 3, List.of(1, 8, 32), 8, 3, 2, 1000, 1000, 200, 1_000_000);
    }

    static Indstillinger hurtig() {
        return new Indstillinger("hurtig", 250, 120, 3, 3, 1, 2, 3, List.of(1, 8, 32), 1.5, 3, 0.5, 300, 200, 30, 1_000_000);
    }

    static Indstillinger roeg() {
        return new Indstillinger("roeg", 8, 45, 2, 1, 1, 0.3, 1, List.of(1, 8, 32), 0.3, 1, 0, 10, 5, 2, 10_000);
    }

    /** The mode named by {@code benchmark.modus} (default {@code fuld}), with every {@code benchmark.<field>} applied. */
    static Indstillinger fraSystemegenskaber() {
        String modus = System.getProperty("benchmark.modus", "fuld").toLowerCase(Locale.ROOT);
        Indstillinger basis = switch (modus) {
            case "fuld", "full" -> fuld();
            case "hurtig", "quick" -> hurtig();
            case "roeg", "smoke" -> roeg();
            default -> throw new IllegalArgumentException("benchmark.modus must be fuld, hurtig or roeg, not " + modus);
        };
        return basis.medEgenskaber();
    }

    Indstillinger medEgenskaber() {
        return new Indstillinger(modus, heltal("borgere", borgere), heltal("dage", dage), heltal("kommuner", kommuner),
                heltal("genopbygninger", genopbygninger), heltal("genopbygningerPrProjektion", genopbygningerPrProjektion),
                decimal("peerSekunder", peerSekunder), heltal("peerGentagelser", peerGentagelser), liste("klienter", klienter),
                decimal("tilfoejSekunder", tilfoejSekunder), heltal("tilfoejGentagelser", tilfoejGentagelser),
                decimal("opvarmningSekunder", opvarmningSekunder), heltal("langStroemMin", langStroemMin),
                heltal("forespoergsler", forespoergsler), heltal("feedsider", feedsider), heltal("loftRaekker", loftRaekker));
    }

    /** For the results file: every setting by its name. */
    Map<String, Object> somKort() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (RecordComponent c : Indstillinger.class.getRecordComponents()) {
            try {
                m.put(c.getName(), c.getAccessor().invoke(this));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return m;
    }

    private static int heltal(String navn, int standard) {
        return Integer.getInteger("benchmark." + navn, standard);
    }

    private static double decimal(String navn, double standard) {
        String v = System.getProperty("benchmark." + navn);
        return v == null ? standard : Double.parseDouble(v);
    }

    private static List<Integer> liste(String navn, List<Integer> standard) {
        String v = System.getProperty("benchmark." + navn);
        return v == null ? standard : Arrays.stream(v.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}
