package dk.careledger.app.bevis;

import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.app.testsupport.Testtokens;
import dk.careledger.commandside.borger.BorgerRegister;
import dk.careledger.commandside.borger.Identtype;
import dk.careledger.commandside.kommando.Aggregattype;
import dk.careledger.commandside.kommando.Kalder;
import dk.careledger.commandside.kommando.Kommandoafsender;
import dk.careledger.domain.felles.Aktoer;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.felles.Rolle;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.sag.command.OpretSag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event store's leaf as the trigger writes it (command-side V261, ADR 0024): one expression of built-in functions
 * instead of V10's SQL functions, so a one-row insert of Axon's batch does not plan some eighteen functions. It must give
 * the same bytes as V10's definition {@code haendelse_blad(e)} and as the Java verifier ({@link Bevislog#HAENDELSER}),
 * for events the application appends and for rows anyone inserts directly, with every kind of value a column can hold.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class HaendelseBladTest {
    private static final Cvr AALBORG = new Cvr(Testtokens.AALBORG);
    private static final Kalder SAGSBEHANDLER = new Kalder(new Aktoer("sb-blad", Rolle.SAGSBEHANDLER), AALBORG);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Kommandoafsender kommandoer;
    @Autowired
    BorgerRegister borgere;
    @Autowired
    PlatformTransactionManager transaktioner;
    @Autowired
    Clock clock;

    @Test
    void givenEventsTheApplicationAppendsAndRowsInsertedDirectlyWithNullsEmptyValuesAndDanishLetters_whenStored_thenEachLeafIsV10sAndTheVerifiersBytes() {
        long foer = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
        UUID borger = borgere.registrer(UUID.randomUUID(), Identtype.ANONYM, null, null, SAGSBEHANDLER.registrering(clock.instant())).borgerId();
        for (int i = 0; i < 3; i++) {
            UUID sag = UUID.randomUUID();
            kommandoer.send(Aggregattype.SAG, sag.toString(), new OpretSag(new SagId(sag), "27.36.04-G01-" + (900 + i) + "-26",
                    new BorgerId(borger), AALBORG, "visitation", "27.36.04", "G01", Foelsomhed.FOELSOMME_PERSONOPLYSNINGER, "Praktisk hjælp",
                    LocalDate.of(2026, 3, 2), List.of(), null), UUID.randomUUID(), null, SAGSBEHANDLER);
        }
        long appensSidste = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        assertThat(appensSidste).as("the application appended events").isGreaterThan(foer);
        assertThat(ensBlade(foer, appensSidste)).isEqualTo(appensSidste - foer);

        // someone with database access, several rows in one statement, with the values the columns allow at their edges;
        // rolled back afterwards, so the projections never meet rows that are no events
        TransactionTemplate tx = new TransactionTemplate(transaktioner);
        tx.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp, "
                    + "payload_type, payload_revision, payload, meta_data) VALUES "
                    + "('blad-æøå-🏠', 'blad-a', 0, NULL, '2026-12-08T01:02:03Z', 'x', NULL, ''::bytea, NULL), "
                    + "('blad-2', 'blad-b', 0, '', '', 'Ærø', '', '\\x00ff'::bytea, ''::bytea)");
            long sidste = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
            assertThat(ensBlade(appensSidste, sidste)).as("every row inserted directly got its leaf").isEqualTo(2);
            status.setRollbackOnly();
        });
    }

    /** How many rows in (fra, til] have a stored leaf equal to V10's function and to the verifier's (fails on any other). */
    private long ensBlade(long fra, long til) {
        List<Long> positioner = new ArrayList<>();
        jdbc.query(Bevislog.HAENDELSER.raekkerSql(), rs -> {
            long p = rs.getLong(1);
            positioner.add(p);
            byte[] java = Bevislog.HAENDELSER.blad(rs);
            byte[] gemt = jdbc.queryForObject("SELECT blad FROM haendelse_blad WHERE global_index = ?", byte[].class, p);
            byte[] v10 = jdbc.queryForObject("SELECT haendelse_blad(e) FROM domain_event_entry e WHERE global_index = ?", byte[].class, p);
            assertThat(gemt).as("the stored leaf of %d is the verifier's", p).isEqualTo(java);
            assertThat(gemt).as("the stored leaf of %d is V10's", p).isEqualTo(v10);
        }, fra, til);
        return positioner.size();
    }
}
