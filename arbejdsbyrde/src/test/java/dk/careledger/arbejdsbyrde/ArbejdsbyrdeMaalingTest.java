package dk.careledger.arbejdsbyrde;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How fast the generator alone produces events (no serialization, no database), median of three runs of about
 * 100,000 events after warming the JIT up (the first run in a fresh JVM is reported too: at this size it runs at
 * about half the steady rate). A measurement, not a test: run with
 * {@code mvn -pl arbejdsbyrde -am test -Dtest=ArbejdsbyrdeMaalingTest -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark=true}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ArbejdsbyrdeMaalingTest {

    @Test
    void generatesAboutAHundredThousandEvents() {
        System.out.printf("first run in a fresh JVM: %,.0f events/s%n", generer(Parametre.af(10, 400, 365, 4))[1]);
        for (long seed = 1; seed <= 5; seed++) {
            generer(Parametre.af(seed, 400, 365, 4));
        }
        List<double[]> maalinger = new ArrayList<>();
        for (long seed = 11; seed <= 13; seed++) {
            maalinger.add(generer(Parametre.af(seed, 400, 365, 4)));
        }
        maalinger.sort((a, b) -> Double.compare(a[1], b[1]));
        for (double[] m : maalinger) {
            System.out.printf("generated %,.0f events at %,.0f events/s%n", m[0], m[1]);
        }
        System.out.printf("MEDIAN generation: %,.0f events/s%n", maalinger.get(1)[1]);
        assertThat(maalinger.get(1)[0]).isGreaterThan(50_000);
    }

    private static double[] generer(Parametre parametre) {
        long start = System.nanoTime();
        long antal = Arbejdsbyrde.af(parametre).haendelser(new SyntetiskKryptering()).count();
        double sekunder = (System.nanoTime() - start) / 1e9;
        return new double[] {antal, antal / sekunder};
    }
}
