package dk.careledger.app.benchmark;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs the {@link Benchmarkharness} and writes {@code docs/benchmarks/benchmark-<full|quick>.json} and {@code .md}.
 * Its name keeps it out of {@code mvn verify}; {@code ./benchmark [--quick]} selects it. The mode and every setting come
 * from system properties ({@link Indstillinger#fraSystemegenskaber()}).
 */
class BenchmarkKoersel extends BenchmarkKontekst {

    @Test
    void runTheBenchmark() throws Exception {
        Indstillinger ind = Indstillinger.fraSystemegenskaber();
        Map<String, Object> resultat = harness(ind, new Fremskridt(false)).koer();
        Path md = Resultatfil.skriv(resultat, Path.of(System.getProperty("benchmark.ud", "../docs/benchmarks")), filnavn(ind.modus()));
        System.out.println(Resultatfil.markdown(resultat));
        System.out.println("Results written to " + md.toAbsolutePath().normalize() + " and the .json beside it.");
    }

    static String filnavn(String modus) {
        return "benchmark-" + switch (modus) {
            case "fuld" -> "full";
            case "hurtig" -> "quick";
            default -> "smoke";
        };
    }
}
