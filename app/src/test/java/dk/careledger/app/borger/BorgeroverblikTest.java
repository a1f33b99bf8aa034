package dk.careledger.app.borger;

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
 * The citizen overview (UC1 step 2) over REST: one call shows the citizen's open and earlier sager, forløb,
 * bevillinger, current tilstande across sager and pending henvendelser; a citizen nobody knows is 404; a citizen who
 * died shows it; a forgotten citizen's texts read "[slettet]".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class BorgeroverblikTest {
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
    void oneCallShowsTheCitizensSagerForloebBevillingerCurrentTilstandeAndPendingHenvendelser() {
        UUID borger = ledger.borger();
        UUID verserende = henvendelse(borger, "A1", "Kan ikke længere gøre rent");
        UUID haandteret = henvendelse(borger, "A2", "Datteren ringer om bad");
        UUID aaben = ledger.sag(borger, "27.36.04", "Personlig pleje", START);
        ledger.ok("/api/henvendelser/" + haandteret + "/haandtering", json("udfald", "SAG_OPRETTET", "sager", List.of(aaben),
                "haandteretDato", START));
        ledger.vurderTilstand(aaben, "J1.1", 3, 2, LocalDate.of(2026, 3, 3), "Kan ikke komme i bad");
        ledger.vurderTilstand(aaben, "J2.2", 2, 2, LocalDate.of(2026, 3, 3), null);
        UUID lukket = ledger.sag(borger, "29.18.00", "Sårpleje", LocalDate.of(2026, 3, 5));
        ledger.vurderTilstand(lukket, "J1.1", 2, 1, LocalDate.of(2026, 3, 12), null);
        ledger.ok("/api/sager/" + lukket + "/afslutning-uden-afgoerelse", json("aarsag", "TRUKKET_TILBAGE", "afsluttetDato",
                LocalDate.of(2026, 3, 20), "bemaerkning", "Ønsker ikke hjælp"));
        UUID forloeb = ledger.forloeb(borger, "SEL-83", START);
        ledger.ok("/api/forloeb/" + forloeb + "/sager", json("sagId", aaben));
        UUID bevilling = ledger.bevilling(borger, aaben, "SEL-83-PP", LocalDate.of(2026, 3, 16), null);
        ajour();

        JsonNode o = ledger.hent("/api/borgere/" + borger + "/overblik");
        assertThat(o.get("borgerId").asText()).isEqualTo(borger.toString());
        assertThat(o.get("doedRegistreret").isNull()).isTrue();
        assertThat(tekster(o.get("aabneSager"), "sagId")).containsExactly(aaben.toString());
        JsonNode sag = o.get("aabneSager").get(0);
        assertThat(sag.get("titel").asText()).isEqualTo("Personlig pleje");
        assertThat(sag.get("kleNummer").asText()).isEqualTo("27.36.04");
        assertThat(sag.get("fremdrift").asText()).isEqualTo("OPSTAAET");
        assertThat(sag.get("lokalStatus").asText()).isEqualTo("OPSTAAET");
        assertThat(sag.get("lokalStatusTekst").asText()).isEqualTo("Opstået");
        assertThat(sag.get("ejer").asText()).isEqualTo(Ledger.AALBORG);
        JsonNode tidligere = o.get("tidligereSager");
        assertThat(tekster(tidligere, "sagId")).containsExactly(lukket.toString());
        assertThat(tidligere.get(0).get("lokalStatus").asText()).isEqualTo("AFSLUTTET_UDEN_AFGOERELSE");
        assertThat(tidligere.get(0).get("afslutningsaarsag").asText()).isEqualTo("TRUKKET_TILBAGE");
        assertThat(tekster(o.get("forloeb"), "forloebId")).containsExactly(forloeb.toString());
        assertThat(tekster(o.get("bevillinger"), "bevillingId")).containsExactly(bevilling.toString());
        assertThat(o.get("bevillinger").get(0).get("status").asText()).isEqualTo("AKTIV");

        JsonNode tilstande = o.get("tilstande");
        assertThat(tekster(tilstande, "fsiiiKode")).containsExactly("J1.1", "J2.2");
        assertThat(tilstande.get(0).get("niveau").asInt()).as("the latest J1.1 across sager, from the closed one").isEqualTo(2);
        assertThat(tilstande.get(0).get("sagId").asText()).isEqualTo(lukket.toString());
        assertThat(tilstande.get(1).get("sagId").asText()).isEqualTo(aaben.toString());

        JsonNode henvendelser = o.get("verserendeHenvendelser");
        assertThat(tekster(henvendelser, "henvendelseId")).containsExactly(verserende.toString());
        assertThat(henvendelser.get(0).get("aarsag").asText()).isEqualTo("Kan ikke længere gøre rent");
        assertThat(henvendelser.get(0).get("kildeKode").asText()).isEqualTo("A1");
    }

    @Test
    void aCitizenWhoDiedHasEverythingEndedAndTheDateOfDeathShown() {
        UUID borger = ledger.borger();
        LocalDate doed = LocalDate.of(2026, 5, 12);
        UUID sag = ledger.sag(borger, "27.36.04", "Personlig pleje", START);
        UUID bevilling = ledger.bevilling(borger, sag, "SEL-83-PP", LocalDate.of(2026, 3, 16), null);
        UUID forloeb = ledger.forloeb(borger, "SEL-83", START);
        ledger.ok("/api/bevillinger/" + bevilling + "/ophoer", json("ophoersdato", doed, "aarsag", "DOED"));
        ledger.ok("/api/sager/" + sag + "/afslutning-uden-afgoerelse", json("aarsag", "DOED", "afsluttetDato", doed));
        ledger.ok("/api/forloeb/" + forloeb + "/afslutning", json("slutdato", doed, "aarsag", "Borgeren er død"));
        ajour();

        JsonNode o = ledger.hent("/api/borgere/" + borger + "/overblik");
        assertThat(o.get("doedRegistreret").asText()).isEqualTo("2026-05-12");
        assertThat(o.get("aabneSager")).isEmpty();
        assertThat(o.get("tidligereSager").get(0).get("afslutningsaarsag").asText()).isEqualTo("DOED");
        assertThat(o.get("bevillinger").get(0).get("status").asText()).isEqualTo("OPHOERT");
        assertThat(o.get("bevillinger").get(0).get("ophoersaarsag").asText()).isEqualTo("DOED");
        assertThat(o.get("forloeb").get(0).get("status").asText()).isEqualTo("AFSLUTTET");
    }

    @Test
    void aForgottenCitizensTextsReadSlettet() {
        UUID borger = ledger.borger();
        ledger.sag(borger, "27.36.04", "Personlig pleje", START);
        henvendelse(borger, "A1", "Har brug for hjælp");
        ledger.ok("/api/borgere/" + borger + "/glem", json("begrundelse", "Slettefrist udløbet"));
        ajour();

        JsonNode o = ledger.hent("/api/borgere/" + borger + "/overblik");
        assertThat(o.get("aabneSager").get(0).get("titel").asText()).isEqualTo("[slettet]");
        assertThat(o.get("verserendeHenvendelser").get(0).get("aarsag").asText()).isEqualTo("[slettet]");
    }

    @Test
    void aCitizenNothingIsKnownAboutIs404AndABadIdIs400() {
        Ledger.Svar ukendt = ledger.get("/api/borgere/" + UUID.randomUUID() + "/overblik");
        assertThat(ukendt.status()).isEqualTo(404);
        assertThat(ukendt.krop().get("fejlkode").asText()).isEqualTo("BORGER_UKENDT");
        assertThat(ukendt.krop().get("felt").asText()).isEqualTo("borgerId");
        assertThat(ledger.get("/api/borgere/ikke-et-id/overblik").status()).isEqualTo(400);
    }

    @Test
    void aRegisteredCitizenWithNothingElseYetHasAnEmptyOverview() {
        UUID kunRegistreret = ledger.borger();
        ajour();

        JsonNode o = ledger.hent("/api/borgere/" + kunRegistreret + "/overblik");
        for (String liste : List.of("aabneSager", "tidligereSager", "forloeb", "bevillinger", "tilstande", "verserendeHenvendelser")) {
            assertThat(o.get(liste)).as(liste).isEmpty();
        }
    }

    private UUID henvendelse(UUID borger, String kilde, String aarsag) {
        UUID id = UUID.randomUUID();
        ledger.ok("/api/henvendelser", json("henvendelseId", id, "borgerId", borger, "kildeKode", kilde, "kanal", "TELEFON",
                "modtagetDato", START, "aarsag", aarsag, "oensketIndsatsKode", "SEL-83-PH"));
        return id;
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
