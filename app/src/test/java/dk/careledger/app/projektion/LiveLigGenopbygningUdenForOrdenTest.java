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
import dk.careledger.domain.bevilling.command.AnnullerLevering;
import dk.careledger.domain.bevilling.command.GivBevilling;
import dk.careledger.domain.bevilling.command.RegistrerLevering;
import dk.careledger.domain.bevilling.command.RetStartdato;
import dk.careledger.domain.bevilling.command.TilknytSagTilBevilling;
import dk.careledger.domain.felles.AfgoerelseId;
import dk.careledger.domain.felles.Aktoer;
import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.felles.Rolle;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.indstilling.Politik;
import dk.careledger.domain.indstilling.Sagsbegreb;
import dk.careledger.domain.indstilling.Titelkilde;
import dk.careledger.domain.indstilling.command.FastsaetBorgerblik;
import dk.careledger.domain.indstilling.command.FastsaetPolitik;
import dk.careledger.domain.indstilling.command.FastsaetSagsbehandlingsfrist;
import dk.careledger.domain.indstilling.command.KommuneindstillingCommand;
import dk.careledger.domain.sag.Afgoerelsestype;
import dk.careledger.domain.sag.command.MarkerSagOplyst;
import dk.careledger.domain.sag.command.OmgoerAfgoerelse;
import dk.careledger.domain.sag.command.OmklassificerSag;
import dk.careledger.domain.sag.command.OpretSag;
import dk.careledger.domain.sag.command.SendPartshoering;
import dk.careledger.domain.sag.command.BesvarPartshoering;
import dk.careledger.domain.henvendelse.Kanal;
import dk.careledger.domain.henvendelse.Udfald;
import dk.careledger.domain.henvendelse.command.HaandterHenvendelse;
import dk.careledger.domain.henvendelse.command.ModtagHenvendelse;
import dk.careledger.domain.felles.HenvendelseId;
import dk.careledger.domain.sag.command.RetAfgoerelsensSendtDato;
import dk.careledger.domain.sag.command.TildelSagsbehandler;
import dk.careledger.domain.sag.command.TraefAfgoerelse;
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
 * in the middle (issues 11 and 14), kommune settings' facts among them (issue 15, ADR 0021). Commands run inside a transaction that is held open while later commands commit,
 * so their events take lower global indexes but arrive after the live runner has passed them; then the engine is
 * stopped while commands (and another held transaction) go on, and started again. The live tables must equal the
 * tables rebuilt from zero, row for row — including every stored global index. The corrections of issue 15 item 4 (ADR
 * 0022) are among the events, once in order and once held open; so are the worklists' record-time history (ADR 0031): a link made
 * by a sag's and a henvendelse's facts, the second held open, and a partshøring sent in a held transaction.
 */
@SpringBootTest(properties = "ledger.test.kontekst=uden-for-orden")
@EmbeddedPostgresTest
class LiveLigGenopbygningUdenForOrdenTest {
    private static final Cvr AALBORG = new Cvr("29189420");
    private static final Cvr AARHUS = new Cvr("55133018");
    private static final Kalder SAGSBEHANDLER = new Kalder(new Aktoer("sb-0001", Rolle.SAGSBEHANDLER), AALBORG);
    private static final Kalder SELVVISITERENDE = new Kalder(new Aktoer("sp-0007", Rolle.SELVVISITERENDE), AALBORG);

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

        // a kommune's settings (ADR 0021) held open while another kommune's commit: the policy's fact takes an index below
        // theirs, and a later change for a longer prefix takes the policy in force from it
        long foerIndstillinger = hoved();
        holdtAaben(() -> indstil(new FastsaetPolitik(AALBORG, "", Politik.VED_KLAGEFRIST, null, LocalDate.of(2026, 1, 1))), () -> {
            indstil(new FastsaetBorgerblik(AARHUS, "27.36", LocalDate.of(2026, 1, 1), Titelkilde.SAG, true, null, false, true, true));
            indstil(new FastsaetSagsbehandlingsfrist(AARHUS, "27.36.04", "SEL-83-PP", 5, LocalDate.of(2026, 1, 1)));
            sager.add(opretSag(borger));
            assertThat(motor.venTilAjour(Duration.ofSeconds(30))).isTrue();
        });
        indstil(new FastsaetPolitik(AALBORG, "27.36", null, Sagsbegreb.BORGERSAG_PR_OMRAADE, LocalDate.of(2026, 2, 1)));
        indstil(new FastsaetPolitik(AALBORG, "27.36.04", Politik.EKSPLICIT, Sagsbegreb.FSIII_PR_FORLOEB, LocalDate.of(2026, 2, 1)));
        assertThat(motor.venTilAjour(Duration.ofSeconds(30))).isTrue();
        assertThat(jdbc.queryForObject("SELECT min(global_index) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class,
                AALBORG.value())).as("the held fact took an index below the other kommune's").isLessThan(foerSidste(foerIndstillinger, AALBORG.value()));
        assertThat(jdbc.queryForList("SELECT kle_praefiks || ' ' || politik || ' ' || sagsbegreb FROM sag_politik_konfiguration WHERE kommune = ? "
                + "ORDER BY id", String.class, AALBORG.value())).containsExactly(" VED_KLAGEFRIST ENKELTSAGER", "27.36 VED_KLAGEFRIST BORGERSAG_PR_OMRAADE",
                        "27.36.04 EKSPLICIT FSIII_PR_FORLOEB");

        // the worklists' record-time history (ADR 0031): a link between a sag and a henvendelse made by both streams, the
        // henvendelse's handling held open while other commands commit; a partshøring sent in a held transaction, then answered
        UUID henvendelse = UUID.randomUUID();
        send(Aggregattype.HENVENDELSE, henvendelse, new ModtagHenvendelse(new HenvendelseId(henvendelse), new BorgerId(borger), "A1",
                Kanal.TELEFON, LocalDate.of(2026, 3, 1), "Hjælp til bad", null, "SEL-83-PP"));
        UUID fraHenvendelse = UUID.randomUUID();
        OpretSag opret = opretSagKommando(fraHenvendelse, borger);
        send(Aggregattype.SAG, fraHenvendelse, new OpretSag(opret.sagId(), opret.sagsnummer(), opret.borgerId(), opret.ejer(),
                opret.ansvarligEnhed(), opret.kleNummer(), opret.handlingsfacet(), opret.foelsomhed(), opret.titel(), opret.opstaaetDato(),
                List.of(new HenvendelseId(henvendelse)), opret.sagsbehandler()));
        UUID partshoering = UUID.randomUUID();
        holdtAaben(() -> {
            send(Aggregattype.HENVENDELSE, henvendelse, new HaandterHenvendelse(new HenvendelseId(henvendelse), Udfald.SAG_OPRETTET,
                    List.of(new SagId(fraHenvendelse)), null, LocalDate.of(2026, 3, 2)));
            send(Aggregattype.SAG, sager.get(1), new SendPartshoering(new SagId(sager.get(1)), partshoering, LocalDate.of(2026, 3, 3),
                    LocalDate.of(2026, 3, 17), "Forslag til afgørelse"));
        }, () -> {
            for (int i = 0; i < 2; i++) {
                sager.add(opretSag(borger));
            }
            assertThat(motor.venTilAjour(Duration.ofSeconds(30))).isTrue();
        });
        send(Aggregattype.SAG, sager.get(1), new BesvarPartshoering(new SagId(sager.get(1)), partshoering, LocalDate.of(2026, 3, 5), "Enig"));
        assertThat(motor.venTilAjour(Duration.ofSeconds(30))).isTrue();
        assertThat(jdbc.queryForList("SELECT starter_frist FROM arbejdsliste_sag_henvendelse_historik WHERE henvendelse_id = ?", Boolean.class,
                henvendelse)).as("one link, kept with the earlier record time of its two facts").containsExactly(true);

        // corrections as facts (issue 15 item 4, ADR 0022): once committed in order, once held open while later commands commit
        rettelser(borger, sager.get(0));
        holdtAaben(() -> rettelser(borger, opretSag(borger)), () -> {
            for (int i = 0; i < 3; i++) {
                sager.add(opretSag(borger));
            }
            assertThat(motor.venTilAjour(Duration.ofSeconds(30))).isTrue();
        });
        assertThat(motor.venTilAjour(Duration.ofSeconds(30))).isTrue();

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
        return foerSidste(foer, sen.toString());
    }

    private long foerSidste(long foer, String sen) {
        return jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry WHERE global_index > ? AND aggregate_identifier <> ?",
                Long.class, foer, sen);
    }

    /** A change of a kommune's settings by its configuration user. */
    private void indstil(KommuneindstillingCommand kommando) {
        kommandoer.send(Aggregattype.KOMMUNEINDSTILLING, kommando.kommune().value(), kommando, UUID.randomUUID(), null,
                new Kalder(new Aktoer("konf-0001", Rolle.KONFIGURATOR), kommando.kommune()));
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
        send(type, id, kommando, SAGSBEHANDLER);
    }

    private void send(Aggregattype type, UUID id, Object kommando, Kalder kalder) {
        kommandoer.send(type, id.toString(), kommando, UUID.randomUUID(), null, kalder);
    }

    /**
     * Every kind of correction on one sag and one bevilling: an afgørelse's sendtDato corrected and the afgørelse omgjort, the
     * sag reclassified, a bevilling granted without a sag joined to it, its startdato corrected and a levering annulled.
     */
    private void rettelser(UUID borger, UUID sag) {
        SagId sagId = new SagId(sag);
        AfgoerelseId afgoerelse = new AfgoerelseId(UUID.randomUUID());
        send(Aggregattype.SAG, sag, new MarkerSagOplyst(sagId, LocalDate.of(2026, 3, 3)));
        send(Aggregattype.SAG, sag, new TraefAfgoerelse(sagId, afgoerelse, Afgoerelsestype.BEVILLING, "SEL § 83", null, false,
                LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 5), null));
        send(Aggregattype.SAG, sag, new RetAfgoerelsensSendtDato(sagId, afgoerelse, LocalDate.of(2026, 3, 6), "Sendt om mandagen"));
        send(Aggregattype.SAG, sag, new OmgoerAfgoerelse(sagId, afgoerelse, LocalDate.of(2026, 3, 9), "Forkert hjemmel"));
        send(Aggregattype.SAG, sag, new OmklassificerSag(sagId, "27.36.06", null, "rehabilitering", Foelsomhed.FORTROLIGE_PERSONOPLYSNINGER,
                "Rehabiliteringsforløb", "Oprettet under det forkerte emne"));
        UUID bevilling = UUID.randomUUID();
        BevillingId bevillingId = new BevillingId(bevilling);
        send(Aggregattype.BEVILLING, bevilling, new GivBevilling(bevillingId, new BorgerId(borger), null, null, "SUL-138",
                LocalDate.of(2026, 3, 10), null, Omfang.prUge(2, 30), null, null, null, LocalDate.of(2026, 3, 10)), SELVVISITERENDE);
        send(Aggregattype.BEVILLING, bevilling, new TilknytSagTilBevilling(bevillingId, sagId, null, "Sagen kom bagefter"));
        send(Aggregattype.BEVILLING, bevilling, new RetStartdato(bevillingId, LocalDate.of(2026, 3, 11), "Startede dagen efter", null));
        UUID levering = UUID.randomUUID();
        send(Aggregattype.BEVILLING, bevilling, new RegistrerLevering(bevillingId, levering, Instant.parse("2026-03-12T08:00:00Z"), "hp-0042",
                30));
        send(Aggregattype.BEVILLING, bevilling, new RegistrerLevering(bevillingId, UUID.randomUUID(), Instant.parse("2026-03-13T08:00:00Z"),
                "hp-0042", 25));
        send(Aggregattype.BEVILLING, bevilling, new AnnullerLevering(bevillingId, levering, "Registreret på den forkerte borger"));
    }

    private Map<String, List<String>> indhold() {
        return Projektionsindhold.af(projektioner, jdbc);
    }
}
