package dk.careledger.app.bevis;

import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.app.adgang.Adgangslog;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.app.testsupport.Testtokens;
import dk.careledger.domain.adgang.Adgangsrolle;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The access log's leaf as the trigger writes it (app V260, ADR 0024 and the amendment of ADR 0019 of 2026-12-08): one
 * expression of built-in functions instead of V220's SQL functions, so a one-row insert does not plan eight functions.
 * It must give the same bytes as V220's definition {@code adgangslog_blad(a)} and as the Java verifier
 * ({@link Bevislog#ADGANGSLOG}), for rows the application writes and for rows anyone inserts directly, with every kind
 * of value a column can hold.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class AdgangslogBladTest {
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Adgangslog adgangslog;

    @Test
    void givenRowsFromTheApplicationAndFromADirectInsertWithNullsEmptyTextsDanishLettersAndATimeBefore1970_whenTheyAreInserted_thenEachLeafIsV220sAndTheVerifiersBytes() {
        long foer = jdbc.queryForObject("SELECT coalesce(max(loebenummer), 0) FROM adgangslog", Long.class);
        // the application: one citizen, then a worklist's three in one batch (a multi-row INSERT)
        adgangslog.laest(Testtokens.bruger("blad-1", Testtokens.AALBORG, Adgangsrolle.SAGSBEHANDLER).som(Adgangsrolle.SAGSBEHANDLER),
                "borgeroverblik", UUID.randomUUID().toString(), List.of(UUID.randomUUID()));
        adgangslog.laest(Testtokens.bruger("blad-2", Testtokens.AARHUS, Adgangsrolle.LEDER).som(Adgangsrolle.LEDER), "arbejdsliste-henvendelser",
                null, List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()));
        // someone with database access, several rows in one statement, with the values the columns allow at their edges
        jdbc.update("INSERT INTO adgangslog (tidspunkt, bruger_id, rolle, kommune, borger_id, visning, reference, formaal) VALUES "
                + "('1969-12-31 23:59:59.999999+00', 'æøå-Ærø', 'REVISOR', '29189420', gen_random_uuid(), 'sag', '', ''), "
                + "('2026-12-08 01:02:03.000001+01', 'x', '?', '55133018', gen_random_uuid(), 'feed-sagsindeks', NULL, 'ansøgning om 🏠'), "
                + "(now(), 'y', 'SAGSBEHANDLER', '29189420', gen_random_uuid(), 'sag-tidslinje', 'ref', NULL)");
        long til = jdbc.queryForObject("SELECT max(loebenummer) FROM adgangslog", Long.class);

        List<Long> positioner = new ArrayList<>();
        jdbc.query(Bevislog.ADGANGSLOG.raekkerSql(), rs -> {
            long p = rs.getLong(1);
            positioner.add(p);
            byte[] java = Bevislog.ADGANGSLOG.blad(rs);
            byte[] gemt = jdbc.queryForObject("SELECT blad FROM adgangslog_blad WHERE loebenummer = ?", byte[].class, p);
            byte[] v220 = jdbc.queryForObject("SELECT adgangslog_blad(a) FROM adgangslog a WHERE loebenummer = ?", byte[].class, p);
            assertThat(gemt).as("the stored leaf of %d is the verifier's", p).isEqualTo(java);
            assertThat(gemt).as("the stored leaf of %d is V220's", p).isEqualTo(v220);
        }, foer, til);
        assertThat(positioner).as("every row inserted got its leaf").hasSize(7);
    }
}
