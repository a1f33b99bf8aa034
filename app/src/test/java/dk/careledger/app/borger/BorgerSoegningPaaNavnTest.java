package dk.careledger.app.borger;

import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.app.e2e.Cprnumre;
import dk.careledger.app.sag.Sagshandlinger;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.commandside.borger.BorgerRegister;
import dk.careledger.commandside.borger.Identtype;
import dk.careledger.commandside.borger.MasterNoegle;
import dk.careledger.commandside.borger.NoegleBoks;
import dk.careledger.domain.felles.Aktoer;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Rolle;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finding a citizen by name (issue 16 item 3, ADR 0029): the register decrypts the names of the caller's kommune at read
 * and keeps those with a word beginning with each word searched for. Another kommune's citizens and forgotten ones are
 * never found. The last test times the scan of a kommune with a few thousand citizens, with the data keys cached and
 * with a cold cache (a node just started), for the numbers in ADR 0029.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class BorgerSoegningPaaNavnTest {
    @Autowired
    BorgerRegister register;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MasterNoegle master;
    @Autowired
    ApplicationEventPublisher haendelser;

    final String kommune = Sagshandlinger.egenKommune();

    @Test
    void givenCitizensOfTwoKommunerWhenSearchingByTheBeginningsOfTheirNamesThenOnlyTheKommunesOwnMatchingCitizensAreFoundSortedByName() {
        UUID karen = registrer("Karen Marie Testesen", kommune);
        UUID kaare = registrer("Kåre Testesen", kommune);
        registrer("Karl Hansen", kommune);
        registrer("Karen Testesen", Sagshandlinger.egenKommune());
        UUID glemt = registrer("Karen Testesen-Glemt", kommune);
        register.glem(glemt, "Sletning efter anmodning", registrering(kommune));

        assertThat(register.medNavn(kommune, "kar test", 10)).extracting(BorgerRegister.Navnetraef::borgerId).containsExactly(karen);
        assertThat(register.medNavn(kommune, "TESTESEN", 10)).extracting(BorgerRegister.Navnetraef::navn)
                .as("Danish order: å after z").containsExactly("Karen Marie Testesen", "Kåre Testesen");
        assertThat(register.medNavn(kommune, "marie", 10)).extracting(BorgerRegister.Navnetraef::borgerId).containsExactly(karen);
        assertThat(register.medNavn(kommune, "kå", 10)).extracting(BorgerRegister.Navnetraef::borgerId).containsExactly(kaare);
        assertThat(register.medNavn(kommune, "estesen", 10)).as("a word is found by its beginning only").isEmpty();
        assertThat(register.medNavn(kommune, "  ", 10)).isEmpty();
        assertThat(register.medNavn(kommune, "testesen", 1)).hasSize(1);
    }

    @Test
    void givenAKommuneWithThreeThousandCitizensWhenOneIsSearchedByNameThenTheScanFindsThemWarmAndCold() {
        String stor = Sagshandlinger.egenKommune();
        for (int i = 0; i < 3000; i++) {
            registrer("Borger" + i + " Efternavn" + (i % 97), stor);
        }
        UUID soegt = registrer("Søren Kierkegaard", stor);

        long start = System.nanoTime();
        List<BorgerRegister.Navnetraef> varm = register.medNavn(stor, "søren kierke", 50);
        long varmMs = (System.nanoTime() - start) / 1_000_000;
        BorgerRegister koldt = new BorgerRegister(jdbc, new NoegleBoks(jdbc, master), master, haendelser);
        start = System.nanoTime();
        List<BorgerRegister.Navnetraef> kold = koldt.medNavn(stor, "søren kierke", 50);
        long koldMs = (System.nanoTime() - start) / 1_000_000;

        System.out.printf("Name search over 3001 citizens: %d ms with the data keys cached, %d ms with a cold cache%n", varmMs, koldMs);
        assertThat(varm).extracting(BorgerRegister.Navnetraef::borgerId).containsExactly(soegt);
        assertThat(kold).extracting(BorgerRegister.Navnetraef::borgerId).containsExactly(soegt);
    }

    private UUID registrer(String navn, String kommune) {
        return register.registrer(UUID.randomUUID(), Identtype.CPR, Cprnumre.tilfaeldigt(), navn, registrering(kommune)).borgerId();
    }

    private static Registrering registrering(String kommune) {
        return new Registrering(new Cvr(kommune), new Aktoer("sb-0001", Rolle.SAGSBEHANDLER), Instant.now());
    }
}
