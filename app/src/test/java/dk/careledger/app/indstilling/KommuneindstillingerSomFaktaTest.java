package dk.careledger.app.indstilling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.careledger.app.testsupport.SharedEmbeddedPostgres;
import dk.careledger.commandside.infra.EventJson;
import dk.careledger.domain.felles.Aktoer;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Rolle;
import dk.careledger.domain.indstilling.KommuneindstillingDecider;
import dk.careledger.domain.indstilling.KommuneindstillingState;
import dk.careledger.domain.indstilling.Politik;
import dk.careledger.domain.indstilling.Sagsbegreb;
import dk.careledger.domain.indstilling.Titelkilde;
import dk.careledger.domain.indstilling.command.FastsaetPolitik;
import dk.careledger.domain.indstilling.event.AfslutningspolitikFastsat;
import dk.careledger.domain.indstilling.event.BorgerblikFastsat;
import dk.careledger.domain.indstilling.event.KommuneindstillingEvent;
import dk.careledger.domain.indstilling.event.SagsbegrebFastsat;
import dk.careledger.domain.indstilling.event.SagsbehandlingsfristFastsat;
import dk.careledger.domain.testfixtures.SynligKryptering;
import dk.careledger.domain.testfixtures.TestKontekst;
import dk.careledger.domain.felles.Kontekst;
import dk.careledger.projection.arbejdsliste.SagsbehandlingsfristProjektion;
import dk.careledger.projection.borgerblik.BorgerblikindstillingProjektion;
import dk.careledger.projection.motor.Haendelse;
import dk.careledger.projection.motor.Projektion;
import dk.careledger.projection.sag.politik.PolitikindstillingProjektion;
import dk.careledger.projection.sag.politik.laesning.Politikindstillinger;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The one-time migration V205 (ADR 0021): a database whose kommune settings were stored as rows, as before issue 15,
 * gets them as the first facts of each kommune's settings aggregate, with their original record time, user and
 * effective date; the rows stay, under the ids the projections give them, and rebuilding the projections from the facts
 * gives exactly the same rows.
 */
class KommuneindstillingerSomFaktaTest {
    private static final ObjectMapper JSON = EventJson.objectMapper();
    private static final Cvr AALBORG = new Cvr("29189420");
    private static final Cvr AARHUS = new Cvr("55133018");
    private static final Instant MARTS = Instant.parse("2025-03-01T10:00:00.123456Z");
    private static final Instant APRIL = Instant.parse("2025-04-01T08:30:00Z");
    private static final Instant MAJ = Instant.parse("2025-05-01T12:00:00Z");
    private static final Instant JUNI = Instant.parse("2025-06-01T09:00:00Z");

    @Test
    void settingsStoredAsRowsBecomeTheFirstFactsOfEachKommuneAndTheProjectionsRebuildTheSameRows() throws Exception {
        Map<String, String> database = SharedEmbeddedPostgres.freshDatabaseProperties();
        DriverManagerDataSource ds = new DriverManagerDataSource(database.get("spring.datasource.url"), database.get("spring.datasource.username"),
                database.get("spring.datasource.password"));
        JdbcTemplate jdbc = new JdbcTemplate(ds);

        // given: a database as the ledger left it before the settings were facts, with rows its writers added
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("161").load().migrate();
        jdbc.update("INSERT INTO sag_politik_konfiguration (kommune, kle_praefiks, politik, sagsbegreb, gyldig_fra, registreret, registreret_af) "
                + "VALUES (?, '', 'VED_KLAGEFRIST', 'ENKELTSAGER', DATE '2024-01-01', ?, 'konf-1')", AALBORG.value(), Timestamp.from(MARTS));
        jdbc.update("INSERT INTO sag_politik_konfiguration (kommune, kle_praefiks, politik, sagsbegreb, gyldig_fra, registreret, registreret_af) "
                + "VALUES (?, '27.36', 'VED_LEVERINGSOPHOER', 'BORGERSAG_PR_OMRAADE', DATE '2025-01-01', ?, 'konf-2')", AALBORG.value(),
                Timestamp.from(JUNI));
        jdbc.update("INSERT INTO sagsbehandlingsfrist (kommune, kle_praefiks, indsats_kode, frist_dage, gyldig_fra, registreret, registreret_af) "
                + "VALUES (?, '27.36.04', NULL, 5, DATE '2025-01-01', ?, 'konf-1')", AALBORG.value(), Timestamp.from(APRIL));
        jdbc.update("INSERT INTO borgerblik_konfiguration (kommune, kle_praefiks, gyldig_fra, titel_kilde, dokumenttitler, fradato, "
                + "vis_aeldre_aktive, niveau2, skjul_for_borger, registreret, registreret_af) VALUES (?, '27', DATE '2024-06-01', 'KLE', false, "
                + "NULL, false, false, true, ?, 'konf-3')", AARHUS.value(), Timestamp.from(MAJ));
        List<Map<String, Object>> standardFoer = jdbc.queryForList("SELECT kommune, kle_praefiks, indsats_kode, frist_dage FROM sagsbehandlingsfrist "
                + "WHERE kommune = '00000000' ORDER BY id");

        // when: the application starts with this version, and Flyway runs what is left, the one-time migration included
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").javaMigrations(new KommuneindstillingerSomFakta()).load().migrate();

        // then: each kommune's stream holds its settings as facts, in the order they were registered, with who and when
        List<Map<String, Object>> haendelser = jdbc.queryForList("SELECT global_index, aggregate_identifier, sequence_number, type, payload_type, "
                + "payload_revision, convert_from(payload, 'UTF8') AS payload FROM domain_event_entry ORDER BY global_index");
        Registrering konf1Marts = registrering(AALBORG, "konf-1", MARTS);
        Registrering konf2Juni = registrering(AALBORG, "konf-2", JUNI);
        assertThat(haendelser.stream().map(this::haendelse).toList()).containsExactly(
                new AfslutningspolitikFastsat(AALBORG, "", Politik.VED_KLAGEFRIST, LocalDate.of(2024, 1, 1), konf1Marts),
                new SagsbegrebFastsat(AALBORG, "", Sagsbegreb.ENKELTSAGER, LocalDate.of(2024, 1, 1), konf1Marts),
                new SagsbehandlingsfristFastsat(AALBORG, "27.36.04", null, 5, LocalDate.of(2025, 1, 1), registrering(AALBORG, "konf-1", APRIL)),
                new BorgerblikFastsat(AARHUS, "27", LocalDate.of(2024, 6, 1), Titelkilde.KLE, false, null, false, false, true,
                        registrering(AARHUS, "konf-3", MAJ)),
                new AfslutningspolitikFastsat(AALBORG, "27.36", Politik.VED_LEVERINGSOPHOER, LocalDate.of(2025, 1, 1), konf2Juni),
                new SagsbegrebFastsat(AALBORG, "27.36", Sagsbegreb.BORGERSAG_PR_OMRAADE, LocalDate.of(2025, 1, 1), konf2Juni));
        assertThat(haendelser).extracting(h -> h.get("aggregate_identifier") + "#" + h.get("sequence_number")).containsExactly(
                "29189420#0", "29189420#1", "29189420#2", "55133018#0", "29189420#3", "29189420#4");
        assertThat(haendelser).allMatch(h -> h.get("type").equals("KommuneindstillingAggregate") && h.get("payload_revision").equals("1"));

        // the rows are kept, under the global index of their (first) fact; the shipped defaults are untouched
        List<Long> indeks = haendelser.stream().map(h -> ((Number) h.get("global_index")).longValue()).toList();
        assertThat(jdbc.queryForList("SELECT id FROM sag_politik_konfiguration ORDER BY id", Long.class)).containsExactly(indeks.get(0), indeks.get(4));
        assertThat(jdbc.queryForList("SELECT id FROM sagsbehandlingsfrist WHERE kommune <> '00000000'", Long.class)).containsExactly(indeks.get(2));
        assertThat(jdbc.queryForList("SELECT id FROM borgerblik_konfiguration", Long.class)).containsExactly(indeks.get(3));
        assertThat(jdbc.queryForList("SELECT kommune, kle_praefiks, indsats_kode, frist_dage FROM sagsbehandlingsfrist WHERE kommune = '00000000' "
                + "ORDER BY id DESC")).isEqualTo(standardFoer);
        assertThat(new Politikindstillinger(jdbc).effektiv(AALBORG.value(), "27.36.04", LocalDate.of(2025, 2, 1)).sagsbegreb())
                .isEqualTo(Sagsbegreb.BORGERSAG_PR_OMRAADE);

        // and the projections of those facts are exactly these rows: built on start-up over the rows, and rebuilt from zero
        List<Haendelse> strom = haendelser.stream().map(h -> new Haendelse(((Number) h.get("global_index")).longValue(),
                (String) h.get("aggregate_identifier"), ((Number) h.get("sequence_number")).longValue(), (String) h.get("type"), Instant.EPOCH,
                haendelse(h))).toList();
        List<Projektion> projektioner = List.of(new PolitikindstillingProjektion(jdbc, new Politikindstillinger(jdbc)),
                new SagsbehandlingsfristProjektion(jdbc), new BorgerblikindstillingProjektion(jdbc));
        Map<String, List<Map<String, Object>>> migreret = indhold(jdbc, projektioner);
        projektioner.forEach(p -> p.anvend(strom));
        assertThat(indhold(jdbc, projektioner)).as("the first build over the migrated rows adds nothing").isEqualTo(migreret);
        projektioner.forEach(Projektion::nulstil);
        projektioner.forEach(p -> p.anvend(strom));
        assertThat(indhold(jdbc, projektioner)).as("a rebuild from the facts").isEqualTo(migreret);

        // the aggregate knows its facts: setting what is already set writes nothing
        KommuneindstillingState aalborg = KommuneindstillingDecider.replay(haendelser.stream().map(this::haendelse)
                .filter(e -> e.kommune().equals(AALBORG)).toList());
        Kontekst kontekst = new Kontekst(registrering(AALBORG, "konf-4", Instant.parse("2026-12-01T10:00:00Z")), TestKontekst.KATALOG,
                new SynligKryptering());
        assertThat(KommuneindstillingDecider.decide(aalborg, new FastsaetPolitik(AALBORG, "27.36", Politik.VED_LEVERINGSOPHOER, null,
                LocalDate.of(2025, 1, 1)), kontekst)).isEmpty();
    }

    private static Map<String, List<Map<String, Object>>> indhold(JdbcTemplate jdbc, List<Projektion> projektioner) {
        return projektioner.stream().flatMap(p -> p.tabeller().stream()).collect(java.util.stream.Collectors.toMap(t -> t,
                t -> jdbc.queryForList("SELECT * FROM " + t)));
    }

    private static Registrering registrering(Cvr kommune, String bruger, Instant tid) {
        return new Registrering(kommune, new Aktoer(bruger, Rolle.KONFIGURATOR), tid);
    }

    private KommuneindstillingEvent haendelse(Map<String, Object> h) {
        try {
            return (KommuneindstillingEvent) JSON.readValue((String) h.get("payload"), Class.forName((String) h.get("payload_type")));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
