package dk.careledger.app.forloeb;

import static dk.careledger.app.ydelse.Ledger.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.app.ydelse.Ledger;
import dk.careledger.projection.motor.Projektionsmotor;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Forløb over REST: a pathway built through the command API (sager attached before and after their tilstande were
 * assessed, a bevilling placed under it, then ended) reads back with its sager, bevillinger, tilstande, status and
 * dates; lists filter by citizen and status; unknown ids are 404 and bad filters 400.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class ForloebLaesningTest {
    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    @LocalServerPort
    int port;

    @Autowired
    Projektionsmotor motor;

    Ledger ledger;

    @BeforeEach
    void klient() {
        ledger = new Ledger(port);
    }

    @Test
    void aForloebShowsItsSagerBevillingerAndTheLatestTilstandPerCodeAlsoFromBeforeASagWasAttached() {
        UUID borger = ledger.borger();
        UUID plejesag = ledger.sag(borger, "27.36.04", "Personlig og praktisk hjælp", START);
        ledger.vurderTilstand(plejesag, "J1.1", 3, 2, LocalDate.of(2026, 3, 3), "Kan ikke komme i bad selv");
        ledger.vurderTilstand(plejesag, "J2.2", 2, 2, LocalDate.of(2026, 3, 3), null);
        UUID forloeb = ledger.forloeb(borger, "SEL-83", START);
        UUID sygeplejesag = ledger.sag(borger, "29.18.00", "Sårpleje", LocalDate.of(2026, 3, 10));
        ledger.ok("/api/forloeb/" + forloeb + "/sager", json("sagId", sygeplejesag));
        // attached after its tilstande were assessed
        ledger.ok("/api/forloeb/" + forloeb + "/sager", json("sagId", plejesag));
        // assessed after attachment, later than the assessment on the other sag
        ledger.vurderTilstand(sygeplejesag, "J1.1", 2, 1, LocalDate.of(2026, 3, 20), "Bedre efter træning");
        ledger.vurderTilstand(sygeplejesag, "I4.1", null, null, LocalDate.of(2026, 3, 20), null);
        UUID bevilling = ledger.bevilling(borger, plejesag, "SEL-83-PP", LocalDate.of(2026, 3, 16), null);
        ledger.ok("/api/forloeb/" + forloeb + "/bevillinger", json("bevillingId", bevilling));
        ajour();

        JsonNode f = ledger.hent("/api/forloeb/" + forloeb);
        assertThat(f.get("status").asText()).isEqualTo("AKTIV");
        assertThat(f.get("borgerId").asText()).isEqualTo(borger.toString());
        assertThat(f.get("forloebstypeKode").asText()).isEqualTo("SEL-83");
        assertThat(f.get("kleNummer").asText()).isEqualTo("27.36.04");
        assertThat(f.get("startdato").asText()).isEqualTo("2026-03-02");
        assertThat(f.get("slutdato").isNull()).isTrue();
        assertThat(tekster(f.get("sager"), "sagId")).containsExactly(sygeplejesag.toString(), plejesag.toString());
        assertThat(f.get("sager").get(1).get("titel").asText()).isEqualTo("Personlig og praktisk hjælp");
        assertThat(f.get("sager").get(1).get("sagsnummer").asText()).startsWith("27.36.04-G01-");
        assertThat(f.get("sager").get(1).get("fremdrift").asText()).isEqualTo("OPSTAAET");
        assertThat(f.get("bevillinger")).hasSize(1);
        assertThat(f.get("bevillinger").get(0).get("bevillingId").asText()).isEqualTo(bevilling.toString());
        assertThat(f.get("bevillinger").get(0).get("ydelse").get("indsatsKode").asText()).isEqualTo("SEL-83-PP");

        JsonNode tilstande = f.get("tilstande");
        assertThat(tekster(tilstande, "fsiiiKode")).containsExactly("I4.1", "J1.1", "J2.2");
        JsonNode j11 = tilstande.get(1);
        assertThat(j11.get("niveau").asInt()).isEqualTo(2);
        assertThat(j11.get("forventetNiveau").asInt()).isEqualTo(1);
        assertThat(j11.get("sagId").asText()).isEqualTo(sygeplejesag.toString());
        assertThat(j11.get("borgerensVurdering").asText()).isEqualTo("Bedre efter træning");
        assertThat(j11.get("titel").asText()).isNotBlank();
        JsonNode j22 = tilstande.get(2);
        assertThat(j22.get("niveau").asInt()).as("assessed before the sag was attached").isEqualTo(2);
        assertThat(j22.get("sagId").asText()).isEqualTo(plejesag.toString());
        assertThat(tilstande.get(0).get("niveau").isNull()).isTrue();
    }

    @Test
    void forloebAreListedByCitizenAndStatusAndAnEndedOneShowsItsSlutdatoAndReason() {
        UUID borger = ledger.borger();
        UUID afsluttes = ledger.forloeb(borger, "SEL-83", START);
        UUID fortsaetter = ledger.forloeb(borger, "SUL-138", LocalDate.of(2026, 4, 1));
        UUID sag = ledger.sag(borger, "27.36.04", "Hjælp", START);
        ledger.ok("/api/forloeb/" + afsluttes + "/sager", json("sagId", sag));
        ledger.ok("/api/forloeb/" + afsluttes + "/afslutning", json("slutdato", LocalDate.of(2026, 6, 30), "aarsag", "Klarer sig selv igen"));
        ajour();

        assertThat(ids("borgerId=" + borger)).containsExactly(afsluttes, fortsaetter);
        assertThat(ids("borgerId=" + borger + "&status=aktiv")).containsExactly(fortsaetter);
        assertThat(ids("borgerId=" + borger + "&status=AFSLUTTET")).containsExactly(afsluttes);
        JsonNode oversigt = ledger.hent("/api/forloeb?borgerId=" + borger + "&status=afsluttet").get(0);
        assertThat(oversigt.get("sager").get(0).asText()).isEqualTo(sag.toString());
        assertThat(oversigt.get("bevillinger")).isEmpty();

        JsonNode f = ledger.hent("/api/forloeb/" + afsluttes);
        assertThat(f.get("status").asText()).isEqualTo("AFSLUTTET");
        assertThat(f.get("slutdato").asText()).isEqualTo("2026-06-30");
        assertThat(f.get("afslutningsaarsag").asText()).isEqualTo("Klarer sig selv igen");
    }

    @Test
    void anUnknownForloebIs404AndBadFiltersAre400NamingTheParameter() {
        Ledger.Svar ukendt = ledger.get("/api/forloeb/" + UUID.randomUUID());
        assertThat(ukendt.status()).isEqualTo(404);
        assertThat(ukendt.krop().get("fejlkode").asText()).isEqualTo("FORLOEB_UKENDT");
        assertThat(ukendt.krop().get("felt").asText()).isEqualTo("forloebId");

        for (String[] tilfaelde : new String[][] {{"status=lukket", "status"}, {"borgerId=123", "borgerId"}, {"graense=-1", "graense"}}) {
            Ledger.Svar svar = ledger.get("/api/forloeb?" + tilfaelde[0]);
            assertThat(svar.status()).as(tilfaelde[0]).isEqualTo(400);
            assertThat(svar.krop().get("fejlkode").asText()).isEqualTo("PARAMETER_UGYLDIG");
            assertThat(svar.krop().get("felt").asText()).isEqualTo(tilfaelde[1]);
        }
        assertThat(ledger.get("/api/forloeb/ikke-et-id").status()).isEqualTo(400);
    }

    private List<UUID> ids(String filtre) {
        List<UUID> ids = new ArrayList<>();
        for (JsonNode f : ledger.hent("/api/forloeb?" + filtre)) {
            ids.add(UUID.fromString(f.get("forloebId").asText()));
        }
        return ids;
    }

    private static List<String> tekster(JsonNode liste, String felt) {
        List<String> ud = new ArrayList<>();
        liste.forEach(n -> ud.add(n.get(felt).asText()));
        return ud;
    }

    private void ajour() {
        assertThat(motor.venTilAjour(Duration.ofSeconds(20))).as("projections up to date: %s", motor.status()).isTrue();
    }
}
