package dk.careledger.app.projektion;

import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.app.testsupport.HoldtTransaktion;
import dk.careledger.commandside.borger.BorgerRegister;
import dk.careledger.commandside.borger.Identtype;
import dk.careledger.commandside.kommando.Aggregattype;
import dk.careledger.commandside.kommando.Kalder;
import dk.careledger.commandside.kommando.Kommandoafsender;
import dk.careledger.domain.bevilling.Omfang;
import dk.careledger.domain.bevilling.command.GivBevilling;
import dk.careledger.domain.bevilling.command.RegistrerLevering;
import dk.careledger.domain.felles.Aktoer;
import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.felles.Rolle;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.sag.command.OpretSag;
import dk.careledger.domain.sag.command.TildelSagsbehandler;
import dk.careledger.projection.motor.Projektion;
import dk.careledger.projection.motor.Projektionsmotor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Live equals rebuilt also when events commit out of global-index order and when the engine stops and starts again
 * in the middle (issues 11 and 14). Commands run inside a transaction that is held open while later commands commit,
 * so their events take lower global indexes but arrive after the live runner has passed them; then the engine is
 * stopped while commands (and another held transaction) go on, and started again. The live tables must equal the
 * tables rebuilt from zero, row for row — including every stored global index.
 */
@SpringBootTest(properties = "ledger.test.kontekst=uden-for-orden")
@EmbeddedPostgresTest
class LiveLigGenopbygningUdenForOrdenTest {
    private static final Cvr AALBORG = new Cvr("29189420");
    private static final Kalder SAGSBEHANDLER = new Kalder(new Aktoer("sb-0001", Rolle.SAGSBEHANDLER), AALBORG);

    @Autowired
    Kommandoafsender kommandoer;

    @Autowired
    BorgerRegister borgere;

    @Autowired
    Projektionsmotor motor;

    @Autowired
    List<Projektion> projektioner;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transaktioner;

    @Autowired
    Clock clock;

    private int sagsnummer;

    @Test
    void projectionsBuiltLiveFromEventsThatCommitOutOfOrderAndAcrossARestartEqualProjectionsRebuiltFromZero() throws Exception {
        UUID borger = borgere.registrer(UUID.randomUUID(), Identtype.ANONYM, null, null, SAGSBEHANDLER.registrering(clock.instant())).borgerId();
        List<UUID> sager = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sager.add(opretSag(borger));
        }

        // a sag, a reassignment and a bevilling committed after later sager: their indexes lie below events already applied
        for (int runde = 0; runde < 3; runde++) {
            UUID sen = UUID.randomUUID();
            UUID senBevilling = UUID.randomUUID();
            long foer = hoved();
            holdtAaben(() -> {
                send(Aggregattype.SAG, sen, opretSagKommando(sen, borger));
                send(Aggregattype.SAG, sen, new TildelSagsbehandler(new SagId(sen), "sb-0002", LocalDate.of(2026, 3, 3)));
                send(Aggregattype.BEVILLING, senBevilling, giv(senBevilling, borger, sen));
            }, () -> {
                for (int i = 0; i < 4; i++) {
                    sager.add(opretSag(borger));
                }
                assertThat(motor.venTilAjour(Duration.ofSeconds(30))).as("the live runner passed the held transaction's indexes").isTrue();
            });
            assertThat(motor.venTilAjour(Duration.ofSeconds(30))).isTrue();
            assertThat(jdbc.queryForObject("SELECT min(global_index) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class,
                    sen.toString())).as("the held events took indexes below the ones committed meanwhile").isLessThan(foerSidste(foer, sen));
            registrerLeveringer(senBevilling, 3);
        }

        // the engine stops (as in a crash of the application), commands go on, one of them held again, and it starts again
        motor.stop();
        UUID underStop = UUID.randomUUID();
        holdtAaben(() -> send(Aggregattype.SAG, underStop, opretSagKommando(underStop, borger)), () -> {
            for (int i = 0; i < 3; i++) {
                sager.add(opretSag(borger));
            }
        });
        motor.start();
        for (int i = 0; i < 2; i++) {
            sager.add(opretSag(borger));
        }
        assertThat(motor.venTilAjour(Duration.ofMinutes(1))).as("caught up after the restart").isTrue();
        Map<String, List<String>> live = indhold();
        assertThat(live.values()).anyMatch(rows -> !rows.isEmpty());

        motor.genopbyg(List.of());
        assertThat(motor.venTilAjour(Duration.ofMinutes(2))).as("rebuild finished").isTrue();
        Map<String, List<String>> genopbygget = indhold();

        assertThat(genopbygget.keySet()).isEqualTo(live.keySet());
        for (String tabel : live.keySet()) {
            assertThat(genopbygget.get(tabel)).as("table %s after a rebuild", tabel).containsExactlyElementsOf(live.get(tabel));
        }
    }

    /** Runs {@code holdt} in a transaction that stays open while {@code imens} runs and commits, then commits it. */
    private void holdtAaben(Runnable holdt, Runnable imens) throws Exception {
        HoldtTransaktion.mens(transaktioner, holdt, imens::run);
    }

    private long foerSidste(long foer, UUID sen) {
        return jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry WHERE global_index > ? AND aggregate_identifier <> ?",
                Long.class, foer, sen.toString());
    }

    private long hoved() {
        Long h = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        return h == null ? 0 : h;
    }

    private UUID opretSag(UUID borger) {
        UUID sag = UUID.randomUUID();
        send(Aggregattype.SAG, sag, opretSagKommando(sag, borger));
        return sag;
    }

    private OpretSag opretSagKommando(UUID sag, UUID borger) {
        return new OpretSag(new SagId(sag), "27.36.04-G01-" + (++sagsnummer) + "-26", new BorgerId(borger), AALBORG, "visitation", "27.36.04",
                "G01", Foelsomhed.FOELSOMME_PERSONOPLYSNINGER, "Praktisk hjælp", LocalDate.of(2026, 3, 2), List.of(), null);
    }

    private static GivBevilling giv(UUID bevilling, UUID borger, UUID sag) {
        return new GivBevilling(new BevillingId(bevilling), new BorgerId(borger), new SagId(sag), null, "SEL-83-PP", LocalDate.of(2026, 3, 16),
                null, Omfang.prDag(1, 20), null, null, null, LocalDate.of(2026, 3, 10));
    }

    private void registrerLeveringer(UUID bevilling, int antal) {
        for (int i = 0; i < antal; i++) {
            send(Aggregattype.BEVILLING, bevilling, new RegistrerLevering(new BevillingId(bevilling), UUID.randomUUID(),
                    Instant.parse("2026-03-16T08:00:00Z").plus(Duration.ofDays(i)), "hp-0042", 20));
        }
    }

    private void send(Aggregattype type, UUID id, Object kommando) {
        kommandoer.send(type, id.toString(), kommando, UUID.randomUUID(), null, SAGSBEHANDLER);
    }

    private Map<String, List<String>> indhold() {
        return Projektionsindhold.af(projektioner, jdbc);
    }
}
