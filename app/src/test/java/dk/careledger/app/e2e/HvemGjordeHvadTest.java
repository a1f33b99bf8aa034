package dk.careledger.app.e2e;

import static dk.careledger.app.e2e.LedgerKlient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.app.testsupport.Vent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Who did what" (issue 17 item 3): the revisor lists every fact a user recorded, or in a sag's unit, or on a citizen,
 * between two record times, across aggregates, paged, with the reason where one was given; only in their own kommune.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class HvemGjordeHvadTest {
    private static final String STI = "/api/revision/handlinger";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    LedgerKlient klient;
    LedgerKlient revisor;
    String sagsbehandler;
    String enhed;
    UUID borger;
    UUID sag;
    UUID bevilling;
    Instant foer;

    @BeforeEach
    void enSagMedBevilling() {
        sagsbehandler = "sb-" + UUID.randomUUID().toString().substring(0, 8);
        enhed = "visitation-" + UUID.randomUUID().toString().substring(0, 8);
        klient = new LedgerKlient(port).som(sagsbehandler, "SAGSBEHANDLER,LEDER,KONFIGURATION");
        revisor = new LedgerKlient(port).som("rev-1", "REVISOR");
        foer = Instant.now();
        borger = klient.borger(Cprnumre.tilfaeldigt(), "Revision Testesen");
        sag = UUID.randomUUID();
        ok(klient.post("/api/sager", json("sagId", sag, "borgerId", borger, "ejer", LedgerKlient.AALBORG, "ansvarligEnhed", enhed,
                "kleNummer", "27.36.04", "handlingsfacet", "G01", "foelsomhed", "FORTROLIGE_PERSONOPLYSNINGER", "titel", "Personlig pleje",
                "opstaaetDato", "2026-03-03")));
        UUID afgoerelse = UUID.randomUUID();
        ok(klient.post("/api/sager/" + sag + "/afgoerelser", json("afgoerelseId", afgoerelse, "type", "BEVILLING", "hjemmel", "SEL § 83",
                "begrundelse", "Behov for pleje", "klagevejledningGivet", true, "truffetDato", "2026-03-13", "uoplystBegrundelse", "Akut")));
        bevilling = UUID.randomUUID();
        ok(klient.post("/api/bevillinger", json("bevillingId", bevilling, "borgerId", borger, "sagId", sag, "afgoerelseId", afgoerelse,
                "indsatsKode", "SEL-83-PP", "startdato", "2026-03-16", "omfang", json("minutter", 25, "periode", "PR_DAG", "gange", 2),
                "bevilgetDato", "2026-03-13")));
        ok(klient.post("/api/bevillinger/" + bevilling + "/ophoer", json("ophoersdato", "2026-04-01", "aarsag", "DOED")));
        long haendelser = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier IN (?, ?)", Long.class,
                sag.toString(), bevilling.toString());
        Vent.til(() -> jdbc.queryForObject("SELECT count(*) FROM handling WHERE aggregat_id IN (?, ?)", Long.class, sag.toString(), bevilling.toString()) == haendelser,
                "the handlinger projection has every fact of the sag and the bevilling");
    }

    @Test
    void theFactsAUserRecordedAreListedAcrossAggregatesWithCitizenUnitAndReason() {
        LedgerKlient.Svar svar = revisor.get(STI + "?bruger=" + sagsbehandler);

        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        List<JsonNode> h = liste(svar.krop().get("handlinger"));
        assertThat(h).extracting(x -> x.get("haendelse").asText()).contains("SagOprettet", "BevillingGivet", "BevillingOphoert");
        assertThat(h).extracting(x -> x.get("aggregattype").asText()).contains("Sag", "Bevilling");
        JsonNode ophoer = h.stream().filter(x -> x.get("haendelse").asText().equals("BevillingOphoert")).findFirst().orElseThrow();
        assertThat(ophoer.get("borgerId").asText()).isEqualTo(borger.toString());
        assertThat(ophoer.get("enhed").asText()).as("a bevilling's facts are in its sag's unit").isEqualTo(enhed);
        assertThat(ophoer.get("begrundelseKode").asText()).isEqualTo("DOED");
        assertThat(ophoer.get("brugerId").asText()).isEqualTo(sagsbehandler);
        assertThat(ophoer.get("rolle").asText()).isEqualTo("SAGSBEHANDLER");
        assertThat(h).extracting(x -> x.get("position").asLong()).isSorted();
    }

    @Test
    void theFactsInAUnitAndOnACitizenAreListedAndTheReadIsLogged() {
        List<JsonNode> iEnheden = liste(revisor.get(STI + "?enhed=" + enhed).krop().get("handlinger"));
        List<JsonNode> omBorgeren = liste(revisor.get(STI + "?borgerId=" + borger).krop().get("handlinger"));

        assertThat(iEnheden).extracting(x -> x.get("haendelse").asText()).contains("SagOprettet", "BevillingGivet", "BevillingOphoert");
        assertThat(omBorgeren).extracting(x -> x.get("aggregatId").asText()).contains(sag.toString(), bevilling.toString());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM adgangslog WHERE borger_id = ? AND visning = 'handlinger' AND bruger_id = 'rev-1'",
                Long.class, borger)).isPositive();
    }

    @Test
    void aPeriodOfRecordTimeAndPagesNarrowTheList() {
        List<JsonNode> alle = liste(revisor.get(STI + "?bruger=" + sagsbehandler).krop().get("handlinger"));
        List<JsonNode> foerStart = liste(revisor.get(STI + "?bruger=" + sagsbehandler + "&til=" + foer).krop().get("handlinger"));

        List<JsonNode> sider = new ArrayList<>();
        String efter = "0";
        int kald = 0;
        while (efter != null && kald++ < 20) {
            JsonNode side = revisor.get(STI + "?bruger=" + sagsbehandler + "&antal=2&efter=" + efter).krop();
            sider.addAll(liste(side.get("handlinger")));
            efter = side.get("naesteEfter").isNull() ? null : side.get("naesteEfter").asText();
        }

        assertThat(foerStart).isEmpty();
        assertThat(sider).isEqualTo(alle);
        assertThat(alle.size()).isGreaterThan(2);
    }

    @Test
    void aReclassifiedSagsFactsCountInItsNewUnitFromThenOnAndTheReasonIsShownDecrypted() {
        String ny = enhed + "-ny";
        ok(klient.post("/api/sager/" + sag + "/omklassificering", json("ansvarligEnhed", ny, "begrundelse", "Forkert enhed ved oprettelsen")));
        ok(klient.post("/api/sager/" + sag + "/omklassificering", json("titel", "Personlig pleje og praktisk hjælp", "begrundelse", "Præcisering")));
        Vent.til(() -> jdbc.queryForObject("SELECT count(*) FROM handling WHERE aggregat_id = ? AND haendelse = 'SagOmklassificeret'", Long.class,
                sag.toString()) == 2, "the reclassifications are in the handlinger projection");

        List<JsonNode> iNyEnhed = liste(revisor.get(STI + "?enhed=" + ny).krop().get("handlinger"));

        assertThat(iNyEnhed).extracting(x -> x.get("haendelse").asText()).containsExactly("SagOmklassificeret", "SagOmklassificeret");
        assertThat(iNyEnhed.get(0).get("begrundelse").asText()).isEqualTo("Forkert enhed ved oprettelsen");
        assertThat(liste(revisor.get(STI + "?enhed=" + enhed).krop().get("handlinger"))).extracting(x -> x.get("haendelse").asText())
                .doesNotContain("SagOmklassificeret");
    }

    @Test
    void aRevisorOfAnotherKommuneSeesNothingOfIt() {
        LedgerKlient.Svar svar = revisor.iKommune("55133018").get(STI + "?bruger=" + sagsbehandler);

        assertThat(svar.status()).isEqualTo(200);
        assertThat(svar.krop().get("handlinger")).isEmpty();
    }

    @Test
    void withoutAUserUnitOrCitizenOrWithBadOrUnknownParametersTheAnswerIs400() {
        assertThat(revisor.get(STI).kode()).isEqualTo("400 PARAMETER_PAAKRAEVET");
        assertThat(revisor.get(STI + "?bruger=x&fra=i-morgen").kode()).isEqualTo("400 PARAMETER_UGYLDIG");
        assertThat(revisor.get(STI + "?bruger=x&fra=2026-03-02T00:00:00Z&til=2026-03-01T00:00:00Z").kode()).isEqualTo("400 PARAMETER_UGYLDIG");
        assertThat(revisor.get(STI + "?bruger=x&antal=5000").kode()).isEqualTo("400 PARAMETER_UGYLDIG");
        assertThat(revisor.get(STI + "?bruger=x&kendtPr=2026-03-01T00:00:00Z").kode()).isEqualTo("400 PARAMETER_UKENDT");
    }

    private static List<JsonNode> liste(JsonNode n) {
        List<JsonNode> l = new ArrayList<>();
        n.forEach(l::add);
        return l;
    }

    private static void ok(LedgerKlient.Svar svar) {
        assertThat(svar.status()).as(svar.toString()).isIn(200, 201);
    }
}
