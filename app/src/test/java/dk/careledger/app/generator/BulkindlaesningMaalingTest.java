package dk.careledger.app.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.arbejdsbyrde.Arbejdsbyrde;
import dk.careledger.arbejdsbyrde.Bulkindlaeser;
import dk.careledger.arbejdsbyrde.GenereretHaendelse;
import dk.careledger.arbejdsbyrde.Parametre;
import dk.careledger.arbejdsbyrde.SyntetiskKryptering;
import dk.careledger.projection.motor.Projektionsmotor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * How fast a generated history of about 100,000 events goes into the event store, median of three runs each:
 * COPY alone (events generated beforehand, serialization included), generation + COPY with the synthetic stand-in,
 * and the full path (citizen register with data keys, generation with the key vault, COPY). The projection engine is
 * stopped while loading so that it does not compete for the CPU, and its catch-up afterwards is reported too. A
 * measurement, not a test: run with {@code mvn -pl app test -Dtest=BulkindlaesningMaalingTest -Dbenchmark=true}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class BulkindlaesningMaalingTest {

    private static final int BORGERE = 400;
    private static final int DAGE = 365;

    @Autowired
    Bulkindlaeser bulkindlaeser;

    @Autowired
    Projektionsmotor projektionsmotor;

    @Test
    void loadsAboutAHundredThousandEvents() {
        projektionsmotor.stop();
        long[] ialt = {0};
        try {
            maal("warm-up", seed -> bulkindlaeser.indlaes(byrde(seed), new SyntetiskKryptering(), Bulkindlaeser.Fremskridt.ingen()),
                    60_000, 1, ialt);
            maal("COPY only (pre-generated, serialization included)", seed -> {
                List<GenereretHaendelse> haendelser = byrde(seed).haendelser(new SyntetiskKryptering()).toList();
                return bulkindlaeser.indlaesHaendelser(haendelser.iterator(), Bulkindlaeser.STANDARD_CHUNK,
                        Bulkindlaeser.Fremskridt.ingen());
            }, 61_000, 3, ialt);
            maal("generation + COPY, synthetic stand-in", seed -> bulkindlaeser.indlaes(byrde(seed), new SyntetiskKryptering(),
                    Bulkindlaeser.Fremskridt.ingen()), 62_000, 3, ialt);
            maal("register + key vault + generation + COPY", seed -> {
                Bulkindlaeser.Resultat r = bulkindlaeser.indlaes(byrde(seed), Bulkindlaeser.Fremskridt.ingen());
                System.out.printf("  registered %d citizens in %d ms%n", r.borgere(), r.registrering().toMillis());
                return r;
            }, 63_000, 3, ialt);
        } finally {
            long start = System.nanoTime();
            projektionsmotor.start();
            boolean ajour = projektionsmotor.venTilAjour(Duration.ofMinutes(10));
            double sekunder = (System.nanoTime() - start) / 1e9;
            System.out.printf("projections caught up with %,d loaded events in %.1f s (%,.0f events/s), up to date: %s%n",
                    ialt[0], sekunder, ialt[0] / sekunder, ajour);
        }
    }

    private static Arbejdsbyrde byrde(long seed) {
        return Arbejdsbyrde.af(Parametre.af(seed, BORGERE, DAGE, 4));
    }

    private static void maal(String navn, LongFunction<Bulkindlaeser.Resultat> koersel, long foersteSeed, int gange,
            long[] ialt) {
        List<double[]> maalinger = new ArrayList<>();
        for (int i = 0; i < gange; i++) {
            long start = System.nanoTime();
            Bulkindlaeser.Resultat r = koersel.apply(foersteSeed + i);
            double sekunder = (System.nanoTime() - start) / 1e9;
            ialt[0] += r.haendelser();
            maalinger.add(new double[] {r.haendelser(), r.haendelser() / sekunder, r.haendelserPrSekund()});
            assertThat(r.haendelser()).isGreaterThan(50_000);
        }
        maalinger.sort(Comparator.comparingDouble(m -> m[1]));
        double[] median = maalinger.get(maalinger.size() / 2);
        System.out.printf("MEDIAN %s: %,.0f events in total at %,.0f events/s (event part alone %,.0f events/s)%n",
                navn, median[0], median[1], median[2]);
    }
}
