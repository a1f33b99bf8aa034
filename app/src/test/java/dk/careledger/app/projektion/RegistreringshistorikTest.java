package dk.careledger.app.projektion;

import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.projection.jdbc.Registreringshistorik;
import dk.careledger.projection.tilbageblik.laesning.Historikudsnit;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The record-time history of a projection table (ADR 0031), written by {@link Registreringshistorik} into a temporary
 * table {@code proeve_historik} (one transaction, rolled back): the same versions give the same history however they are
 * cut into batches, at any instant exactly one version is valid, and a fact registered before its predecessor in the
 * same stream (a clock stepped back) only shortens the predecessor's interval.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class RegistreringshistorikTest {
    private static final Registreringshistorik HISTORIK = new Registreringshistorik("proeve", new String[] {"id", "vaerdi"},
            new String[] {"uuid", "text"}, "id");
    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000031");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transaktioner;

    private static Instant t(int sekund) {
        return Instant.parse("2026-03-02T10:00:00Z").plusSeconds(sekund);
    }

    /** Runs {@code laes} after writing the versions (instant, value) in the batches given, in a transaction rolled back. */
    private <T> T efter(List<List<Object[]>> batches, java.util.function.Supplier<T> laes) {
        return new TransactionTemplate(transaktioner).execute(s -> {
            s.setRollbackOnly();
            jdbc.execute("CREATE TEMP TABLE proeve_historik (id UUID NOT NULL, vaerdi TEXT, registreret_fra TIMESTAMPTZ NOT NULL, "
                    + "registreret_til TIMESTAMPTZ, PRIMARY KEY (id, registreret_fra)) ON COMMIT DROP");
            for (List<Object[]> batch : batches) {
                Registreringshistorik.Batch b = HISTORIK.batch();
                batch.forEach(v -> b.version((Instant) v[0], new Object[] {ID, v[1]}));
                b.skriv(jdbc);
            }
            return laes.get();
        });
    }

    /** The history the versions leave, as "value [fra, til)" in seconds of the hour. */
    private List<String> historik(List<List<Object[]>> batches) {
        return efter(batches, () -> jdbc.queryForList("SELECT vaerdi || ' [' || extract(epoch FROM registreret_fra)::bigint % 3600 || ', ' "
                    + "|| coalesce((extract(epoch FROM registreret_til)::bigint % 3600)::text, '') || ')' FROM proeve_historik "
                    + "ORDER BY registreret_fra", String.class));
    }

    /** What a read as known at each instant sees: the value of the version valid then, or none. */
    private List<String> gyldige(List<Object[]> versioner, int... sekunder) {
        return efter(List.of(versioner), () -> java.util.Arrays.stream(sekunder).mapToObj(sek -> String.join("+", jdbc.queryForList(
                "SELECT vaerdi FROM " + Historikudsnit.kendtPr(t(sek)).tabel("proeve") + " p", String.class))).toList());
    }

    /** Each version in a batch of its own. */
    private static List<List<Object[]>> enkeltvis(List<Object[]> versioner) {
        return versioner.stream().map(v -> java.util.Collections.singletonList(v)).toList();
    }

    private static Object[] v(int sekund, String vaerdi) {
        return new Object[] {t(sekund), vaerdi};
    }

    @Test
    void theSameVersionsGiveTheSameHistoryHoweverTheyAreCutIntoBatches() {
        List<Object[]> alle = List.of(v(10, "a"), v(20, "b"), v(20, "c"), v(30, "d"));

        List<String> eet = historik(List.of(alle));
        List<String> enkeltvis = historik(enkeltvis(alle));
        List<String> delt = historik(List.of(alle.subList(0, 2), alle.subList(2, 4)));

        assertThat(eet).containsExactly("a [10, 20)", "c [20, 30)", "d [30, )");
        assertThat(enkeltvis).isEqualTo(eet);
        assertThat(delt).isEqualTo(eet);
    }

    @Test
    void atEachInstantExactlyTheVersionOfTheLatestFactRegisteredByThenIsValid() {
        List<String> set = gyldige(List.of(v(10, "a"), v(20, "b"), v(30, "c")), 5, 10, 15, 20, 29, 30, 40);

        assertThat(set).containsExactly("", "a", "a", "b", "b", "c", "c");
    }

    @Test
    void aFactRegisteredBeforeItsPredecessorShortensThePredecessorsIntervalToNothing() {
        // b's clock stood before a's: a is valid nowhere, b from its own instant, and b is what a read between the two sees
        List<Object[]> versioner = List.of(v(20, "a"), v(10, "b"));

        assertThat(historik(List.of(versioner))).containsExactly("b [10, )", "a [20, 10)");
        assertThat(historik(enkeltvis(versioner))).containsExactly("b [10, )", "a [20, 10)");
        assertThat(gyldige(versioner, 5, 15, 25)).containsExactly("", "b", "b");
    }
}
