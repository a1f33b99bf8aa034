package dk.careledger.projection.fakta;

import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.app.CareLedgerApplication;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.arbejdsbyrde.Arbejdsbyrde;
import dk.careledger.arbejdsbyrde.GenereretHaendelse;
import dk.careledger.arbejdsbyrde.Parametre;
import dk.careledger.arbejdsbyrde.SyntetiskKryptering;
import dk.careledger.projection.motor.Haendelse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The fact store on real PostgreSQL: every kind of fact, as a generated history holds them, goes into the {@code jsonb} shape of
 * migration V160 and comes back equal, routed to the keys {@link Fordeling} gives it. (In app's test sources because it
 * needs the database and the workload generator.)
 */
@SpringBootTest(classes = CareLedgerApplication.class)
@EmbeddedPostgresTest
class FaktalagerTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void givenTheFactsOfAGeneratedHistoryWhenStoredInBatchesThenEveryKeyReadsBackExactlyTheFactsRoutedToItInGlobalOrder() {
        // tables of the fact tables' shape, of this test alone (the context's database is shared with other tests)
        jdbc.execute("CREATE TABLE IF NOT EXISTS proeve_fakta (LIKE sag_fakta INCLUDING ALL)");
        jdbc.execute("CREATE TABLE IF NOT EXISTS proeve_reference (LIKE sag_reference INCLUDING ALL)");
        Faktalager lager = new Faktalager(jdbc, "proeve_fakta", "proeve_reference", Fordeling.PR_BORGER);
        lager.nulstil();
        AtomicLong indeks = new AtomicLong();
        List<Haendelse> haendelser = Arbejdsbyrde.af(Parametre.af(3_012_004L, 150, 150, 2)).haendelser(new SyntetiskKryptering())
                .map(g -> haendelse(indeks.incrementAndGet(), g)).toList();
        List<Faktum> fakta = Faktaudtraek.alle(haendelser);

        Map<UUID, List<Faktum>> senest = new LinkedHashMap<>();
        for (int fra = 0; fra < fakta.size(); fra += 500) {
            senest.putAll(lager.gemOgHent(fakta.subList(fra, Math.min(fakta.size(), fra + 500))));
        }

        Map<UUID, List<Faktum>> forventet = new LinkedHashMap<>();
        Referencer refs = new Referencer();
        for (Faktum f : fakta) {
            Fordeling.PR_BORGER.noegler(f, refs).forEach(n -> forventet.computeIfAbsent(n, k -> new ArrayList<>()).add(f));
        }
        assertThat(lager.hent(forventet.keySet())).isEqualTo(forventet);
        senest.forEach((n, liste) -> assertThat(liste).as("read back after the batch that last touched %s", n).isEqualTo(forventet.get(n)));
        assertThat(fakta.stream().map(Faktum::art).distinct()).as("kinds of fact in the history")
                .containsAll(Arrays.stream(Faktum.class.getPermittedSubclasses()).map(Class::getSimpleName).toList());
    }

    private static Haendelse haendelse(long indeks, GenereretHaendelse g) {
        return new Haendelse(indeks, g.aggregatId(), g.sekvens(), g.aggregattype(), g.registrering().registreringstid(), g.haendelse());
    }
}
