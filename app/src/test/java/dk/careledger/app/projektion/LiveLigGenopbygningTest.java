package dk.careledger.app.projektion;

import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.arbejdsbyrde.Arbejdsbyrde;
import dk.careledger.arbejdsbyrde.Bulkindlaeser;
import dk.careledger.arbejdsbyrde.Parametre;
import dk.careledger.commandside.borger.NoegleBoks;
import dk.careledger.domain.bevilling.event.BevillingEvent;
import dk.careledger.domain.forloeb.event.ForloebEvent;
import dk.careledger.domain.henvendelse.event.HenvendelseEvent;
import dk.careledger.domain.sag.event.SagEvent;
import dk.careledger.projection.motor.Projektion;
import dk.careledger.projection.motor.Projektionsmotor;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Projections built live, while a generated history of more than 10,000 events covering every event type arrives in
 * small chunks, equal the same projections rebuilt from zero — every table, row for row.
 */
@SpringBootTest
@EmbeddedPostgresTest
class LiveLigGenopbygningTest {

    @Autowired
    Bulkindlaeser bulkindlaeser;

    @Autowired
    NoegleBoks noegleBoks;

    @Autowired
    Projektionsmotor motor;

    @Autowired
    List<Projektion> projektioner;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void projectionsBuiltLiveWhileEventsArriveEqualProjectionsRebuiltFromZero() {
        Arbejdsbyrde byrde = Arbejdsbyrde.af(Parametre.af(20261122L, 220, 200, 3));
        bulkindlaeser.registrerBorgere(byrde.borgere(), byrde.parametre().startdato().atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        Bulkindlaeser.Resultat resultat = bulkindlaeser.indlaesHaendelser(byrde.koer(noegleBoks), 400, Bulkindlaeser.Fremskridt.ingen());

        assertThat(resultat.haendelser()).isGreaterThanOrEqualTo(10_000);
        assertThat(resultat.prType().keySet()).containsAll(alleHaendelsestyper());
        assertThat(motor.venTilAjour(Duration.ofMinutes(3))).as("live projections caught up").isTrue();
        Map<String, List<String>> live = indhold();
        assertThat(live.values()).as("the projections hold rows").anyMatch(rows -> !rows.isEmpty());

        motor.genopbyg(List.of());
        assertThat(motor.venTilAjour(Duration.ofMinutes(3))).as("rebuild finished").isTrue();
        Map<String, List<String>> genopbygget = indhold();

        assertThat(genopbygget.keySet()).isEqualTo(live.keySet());
        for (String tabel : live.keySet()) {
            assertThat(genopbygget.get(tabel)).as("table %s after a rebuild", tabel).containsExactlyElementsOf(live.get(tabel));
        }
    }

    private static List<String> alleHaendelsestyper() {
        return Stream.of(HenvendelseEvent.class, SagEvent.class, BevillingEvent.class, ForloebEvent.class)
                .flatMap(s -> Arrays.stream(s.getPermittedSubclasses())).map(Class::getSimpleName).toList();
    }

    private Map<String, List<String>> indhold() {
        return Projektionsindhold.af(projektioner, jdbc);
    }
}
