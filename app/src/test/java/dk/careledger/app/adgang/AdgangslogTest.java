package dk.careledger.app.adgang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.app.testsupport.Testtokens;
import dk.careledger.app.testsupport.Vent;
import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The access log (SUL § 42 a, ADR 0019): every endpoint that shows a citizen's data leaves a row naming that citizen and
 * the user, the revisor and the citizen can ask who read, and the log cannot be changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class AdgangslogTest {
    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Adgangsklient klient;
    Adgangsklient.Verden aalborg;
    final Bruger laeser = Testtokens.bruger("laeser-1", Testtokens.AALBORG, Adgangsrolle.SAGSBEHANDLER);

    @BeforeEach
    void enVerden() {
        klient = new Adgangsklient(port);
        aalborg = klient.verden(Testtokens.AALBORG, Testtokens.AALBORG);
    }

    private long raekker(UUID borger, String visning, String bruger) {
        return jdbc.queryForObject("SELECT count(*) FROM adgangslog WHERE borger_id = ? AND visning = ? AND bruger_id = ?", Long.class,
                borger, visning, bruger);
    }

    @Test
    void givenEveryEndpointThatShowsACitizenWhenItIsReadThenARowNamesTheCitizenTheUserAndTheView() {
        Map<String, String> visninger = new LinkedHashMap<>();
        visninger.put("/api/borgere/" + aalborg.borgerId() + "/overblik", "borgeroverblik");
        visninger.put("/api/borgere/" + aalborg.borgerId(), "borgerregister");
        visninger.put("/api/borgere/" + aalborg.borgerId() + "/borgerblik", "borgerblik");
        visninger.put("/api/sager/" + aalborg.sagId(), "sag");
        visninger.put("/api/sager/" + aalborg.sagId() + "/fremdrift", "sag-fremdrift");
        visninger.put("/api/sager/" + aalborg.sagId() + "/tidslinje", "sag-tidslinje");
        visninger.put("/api/haendelser/" + aalborg.bevillingId(), "haendelser");
        visninger.put("/api/sager?stoerrelse=500", "sagsliste");
        visninger.put("/api/ydelser/" + aalborg.bevillingId(), "ydelse");
        visninger.put("/api/ydelser/" + aalborg.bevillingId() + "/leveringer", "ydelse-leveringer");
        visninger.put("/api/ydelser?borgerId=" + aalborg.borgerId(), "ydelser");
        visninger.put("/api/forloeb/" + aalborg.forloebId(), "forloeb");
        visninger.put("/api/forloeb?borgerId=" + aalborg.borgerId(), "forloeb");
        visninger.put("/api/arbejdslister/henvendelser", "arbejdsliste-henvendelser");
        visninger.put("/api/sagsbegreb/ENKELTSAGER?borgerId=" + aalborg.borgerId(), "sagsbegreb");
        Vent.til(() -> klient.get("/api/forloeb/" + aalborg.forloebId(), laeser).status() == 200
                && klient.get("/api/ydelser/" + aalborg.bevillingId(), laeser).status() == 200
                && klient.get("/api/sager/" + aalborg.sagId(), laeser).status() == 200, "the projections have the world");
        visninger.forEach((sti, visning) -> {
            long foer = raekker(aalborg.borgerId(), visning, "laeser-1");
            Adgangsklient.Svar s = klient.get(sti, laeser);
            assertThat(s.status()).as("%s: %s", sti, s).isEqualTo(200);
            assertThat(raekker(aalborg.borgerId(), visning, "laeser-1")).as("a row for %s", sti).isEqualTo(foer + 1);
        });
        Bruger integration = Testtokens.bruger("int-1", Testtokens.AALBORG, Adgangsrolle.INTEGRATION);
        Vent.til(() -> klient.get("/api/feeds/sagsindeks/leverancer?efter=0&antal=1000", integration).raa().contains(aalborg.sagId().toString()),
                "the feed has the sag");
        assertThat(raekker(aalborg.borgerId(), "feed-sagsindeks", "int-1")).as("a feed page with the citizen's CPR").isPositive();
        Map<String, Object> raekke = jdbc.queryForMap("SELECT * FROM adgangslog WHERE borger_id = ? AND visning = 'sag' ORDER BY loebenummer DESC LIMIT 1",
                aalborg.borgerId());
        assertThat(raekke.get("rolle")).isEqualTo("SAGSBEHANDLER");
        assertThat(raekke.get("kommune")).isEqualTo(Testtokens.AALBORG);
        assertThat(raekke.get("reference")).isEqualTo(aalborg.sagId().toString());
    }

    @Test
    void givenAWorklistOfManyCitizensWhenItIsReadThenEveryCitizenShownHasItsOwnRow() {
        Adgangsklient.Verden anden = klient.verden(Testtokens.AALBORG, Testtokens.AALBORG);
        Vent.til(() -> klient.get("/api/arbejdslister/henvendelser", laeser).raa().contains(anden.borgerId().toString())
                && klient.get("/api/arbejdslister/henvendelser", laeser).raa().contains(aalborg.borgerId().toString()), "both henvendelser listed");
        long foer = jdbc.queryForObject("SELECT count(*) FROM adgangslog WHERE visning = 'arbejdsliste-henvendelser'", Long.class);
        JsonNode liste = klient.get("/api/arbejdslister/henvendelser", laeser).krop();
        long efter = jdbc.queryForObject("SELECT count(*) FROM adgangslog WHERE visning = 'arbejdsliste-henvendelser'", Long.class);
        long borgere = java.util.stream.StreamSupport.stream(liste.get("poster").spliterator(), false).map(p -> p.get("borgerId").asText()).distinct().count();
        assertThat(efter - foer).isEqualTo(borgere);
        assertThat(raekker(anden.borgerId(), "arbejdsliste-henvendelser", "laeser-1")).isPositive();
    }

    @Test
    void givenReadsWhenTheRevisorAndTheCitizenAskWhoReadThenTheyGetTheUserTimeViewAndPurpose() {
        Vent.til(() -> klient.get("/api/sager/" + aalborg.sagId(), laeser).status() == 200, "the sag is projected");
        klient.send("GET", "/api/sager/" + aalborg.sagId(), Testtokens.bearer(laeser), null, Map.of("X-Formaal", "Visitation af ansoegning"));
        Bruger revisor = Testtokens.bruger("rev-1", Testtokens.AALBORG, Adgangsrolle.REVISOR);
        JsonNode revision = klient.get("/api/adgangslog?borgerId=" + aalborg.borgerId() + "&fra=2020-01-01T00:00:00Z", revisor).krop();
        assertThat(revision).anySatisfy(r -> {
            assertThat(r.get("brugerId").asText()).isEqualTo("laeser-1");
            assertThat(r.get("formaal").asText()).isEqualTo("Visitation af ansoegning");
            assertThat(r.get("visning").asText()).isEqualTo("sag");
        });
        JsonNode svar = klient.get("/api/borgere/" + aalborg.borgerId() + "/adgangslog", revisor).krop();
        assertThat(svar.get("laesninger")).anySatisfy(r -> assertThat(r.get("bruger").asText()).isEqualTo("laeser-1"));
        JsonNode tom = klient.get("/api/adgangslog?borgerId=" + aalborg.borgerId() + "&til=2020-01-01T00:00:00Z", revisor).krop();
        assertThat(tom).isEmpty();
        Bruger aarhusRevisor = Testtokens.bruger("rev-2", Testtokens.AARHUS, Adgangsrolle.REVISOR);
        assertThat(klient.get("/api/adgangslog?borgerId=" + aalborg.borgerId(), aarhusRevisor).krop())
                .as("another kommune's revisor sees only its own kommune's reads").noneMatch(r -> r.get("kommune").asText().equals(Testtokens.AALBORG));
        assertThat(klient.get("/api/adgangslog?borgerId=" + aalborg.borgerId(), laeser).status()).as("a caseworker is no revisor").isEqualTo(403);
    }

    @Test
    void givenTheLogWhenAnyoneTriesToChangeOrDeleteARowThenTheDatabaseRefuses() {
        klient.get("/api/borgere/" + aalborg.borgerId(), laeser);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM adgangslog WHERE borger_id = ?", Long.class, aalborg.borgerId())).isPositive();
        assertThatThrownBy(() -> jdbc.update("UPDATE adgangslog SET bruger_id = 'ingen' WHERE borger_id = ?", aalborg.borgerId()))
                .rootCause().hasMessageContaining("kun til tilføjelse");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM adgangslog WHERE borger_id = ?", aalborg.borgerId()))
                .rootCause().hasMessageContaining("kun til tilføjelse");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE adgangslog")).rootCause().hasMessageContaining("kun til tilføjelse");
    }
}
