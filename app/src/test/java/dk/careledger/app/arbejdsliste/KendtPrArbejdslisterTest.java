package dk.careledger.app.arbejdsliste;

import static dk.careledger.app.arbejdsliste.Klient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.app.testsupport.HoldtTransaktion;
import dk.careledger.app.testsupport.Testtokens;
import dk.careledger.commandside.kommando.Aggregattype;
import dk.careledger.commandside.kommando.Kalder;
import dk.careledger.commandside.kommando.Kommandoafsender;
import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.felles.Aktoer;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.felles.Rolle;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.sag.command.OpretSag;
import dk.careledger.projection.motor.Projektionsmotor;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The worklists and the kommune-wide ydelse search as known at T (issue 17 item 2, ADR 0031): a generated history of a
 * kommune, with corrections (ADR 0022), a changed sagsbehandlingsfrist and an afslutning, is read live by a revisor after
 * every step; asked afterwards {@code kendtPr} each of those instants, every list answers what the live list answered
 * then, and says which instants it describes. With {@code gaeldendePr} too the days are counted to that day; bad time
 * parameters are a 400 naming the parameter; each citizen shown is logged; another kommune's revisor finds nothing; and a
 * fact committed out of order belongs to the instant it was registered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class KendtPrArbejdslisterTest {
    private static final String VISITATION = "visitation-nord";
    private static final String SYGEPLEJE = "sygepleje-syd";
    private static final List<String> LISTER = List.of("/api/arbejdslister/henvendelser", "/api/arbejdslister/frister",
            "/api/arbejdslister/venteliste", "/api/arbejdslister/opfoelgninger?dage=30", "/api/arbejdslister/partshoeringer", "/api/ydelser");

    @LocalServerPort
    int port;

    @Autowired
    Projektionsmotor motor;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Kommandoafsender kommandoer;

    @Autowired
    PlatformTransactionManager transaktioner;

    String kommune;
    Klient klient;
    LocalDate idag;
    final List<Trin> historik = new ArrayList<>();

    /** What the lists answered live after one step, and an instant after it (and before the next step). */
    record Trin(String navn, Instant kendtPr, List<JsonNode> svar) {
    }

    @BeforeEach
    void kommuneForTesten() {
        kommune = Klient.nyKommune();
        klient = new Klient(port, kommune);
        idag = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    }

    @Test
    void askedAsKnownAtEachInstantOfAKommunesHistoryEveryWorklistAndTheYdelseSearchAnswerWhatTheLiveReadAnsweredThen() {
        UUID borger = klient.borger();
        UUID henvendelse = klient.henvendelse(borger, "A1", idag.minusDays(20), "SEL-83-PP", "Hjælp til bad");
        trin("henvendelse modtaget");
        UUID sag = klient.sag(borger, VISITATION, "27.36.04", idag.minusDays(18), henvendelse);
        klient.haandter(henvendelse, "SAG_OPRETTET", idag.minusDays(18), sag);
        trin("sag oprettet af henvendelsen");
        UUID anden = klient.sag(borger, SYGEPLEJE, "27.36.04", idag.minusDays(10));
        klient.iBero(anden, idag.minusDays(8));
        UUID partshoering = UUID.randomUUID();
        ok(klient.post("/api/sager/" + sag + "/partshoeringer", json("partshoeringId", partshoering, "emne", "Forslag til afgørelse",
                "sendtDato", idag.minusDays(5).toString(), "svarfrist", idag.plusDays(3).toString())));
        ok(klient.post("/api/sager/" + sag + "/sagsbehandler", json("sagsbehandler", "sb-0002", "fra", idag.minusDays(5).toString())));
        trin("i bero, partshøring sendt, sagsbehandler skiftet");
        klient.genoptag(anden, idag.minusDays(3));
        ok(klient.post("/api/sager/" + sag + "/partshoeringssvar", json("partshoeringId", partshoering, "svar", "Enig",
                "besvaretDato", idag.minusDays(2).toString())));
        trin("genoptaget, partshøring besvaret");
        UUID afgoerelse = klient.afgoer(sag, idag.minusDays(2));
        UUID bevilling = klient.bevilling(borger, sag, afgoerelse, "SEL-83-PP", idag.minusDays(2), null);
        ok(klient.post("/api/sager/" + sag + "/sendt-dato-rettelse", json("afgoerelseId", afgoerelse, "sendtDato", idag.minusDays(1).toString(),
                "begrundelse", "Brevet gik først dagen efter")));
        trin("afgjort, bevilget på venteliste, sendt-dato rettet");
        klient.fastsaetStartdato(bevilling, idag);
        klient.opfoelgning(bevilling, idag, idag.plusDays(5));
        trin("startdato fastsat, opfølgning planlagt");
        ok(klient.post("/api/bevillinger/" + bevilling + "/startdato-rettelse", json("startdato", idag.minusDays(1).toString(), "begrundelse",
                "Startede dagen før")));
        ok(klient.put("/api/konfiguration/sagsbehandlingsfrister", json("kommune", kommune, "klePraefiks", "27.36.04", "indsatsKode", null,
                "fristDage", 30, "gyldigFra", "2000-01-01")));
        trin("startdato rettet, ny sagsbehandlingsfrist");
        klient.ophoer(bevilling, idag.plusDays(10));
        klient.afslutUdenAfgoerelse(anden, idag);
        trin("ophørt og afsluttet");

        int sammenlignet = 0;
        for (Trin t : historik) {
            for (int i = 0; i < LISTER.size(); i++) {
                Klient.Svar asOf = revisor(med(LISTER.get(i), "kendtPr=" + t.kendtPr()));
                assertThat(asOf.status()).as("%s, %s: %s", t.navn(), LISTER.get(i), asOf).isEqualTo(200);
                JsonNode tid = asOf.krop().get("tidsangivelse");
                assertThat(Instant.parse(tid.get("kendtPr").asText())).isEqualTo(t.kendtPr());
                assertThat(tid.get("gaeldendePr").asText()).isEqualTo(idag.toString());
                assertThat(liveDel(asOf.krop())).as("%s as known after '%s'", LISTER.get(i), t.navn()).isEqualTo(t.svar().get(i));
                sammenlignet += t.svar().get(i).has("poster") ? t.svar().get(i).get("poster").size() : t.svar().get(i).size();
            }
        }
        assertThat(sammenlignet).as("rows compared").isGreaterThan(historik.size() * 2);
        assertThat(historik.get(0).svar().get(1).get("poster")).as("no sag yet").isEmpty();
        assertThat(historik.get(6).svar().get(1).get("poster").get(0).get("fristDage").asInt()).as("the new frist").isEqualTo(30);
        assertThat(historik.get(5).svar().get(1).get("poster").get(0).get("fristDage").asInt()).as("before it").isEqualTo(7);
    }

    @Test
    void withKendtPrAndGaeldendePrTogetherAListIsTheOneKnownThenCountedToThatDay() {
        UUID borger = klient.borger();
        UUID sag = klient.sag(borger, VISITATION, "27.36.04", idag.minusDays(12));
        UUID afgoerelse = klient.afgoer(sag, idag.minusDays(2));
        UUID bevilling = klient.bevilling(borger, sag, afgoerelse, "SEL-83-PP", idag.minusDays(2), null);
        ajour();
        Instant paaVenteliste = Instant.now();
        klient.fastsaetStartdato(bevilling, idag);
        ajour();

        JsonNode ventede = revisor("/api/arbejdslister/venteliste?kendtPr=" + paaVenteliste + "&gaeldendePr=" + idag.plusDays(7)).krop();
        JsonNode nu = revisor("/api/arbejdslister/venteliste?gaeldendePr=" + idag.plusDays(7)).krop();

        assertThat(ventede.get("tidsangivelse").get("kendtPr").asText()).isEqualTo(paaVenteliste.toString());
        assertThat(ventede.get("tidsangivelse").get("gaeldendePr").asText()).isEqualTo(idag.plusDays(7).toString());
        assertThat(ventede.get("dato").asText()).isEqualTo(idag.plusDays(7).toString());
        assertThat(ventede.get("poster")).extracting(p -> p.get("bevillingId").asText()).containsExactly(bevilling.toString());
        assertThat(ventede.get("poster").get(0).get("dageVentet").asLong()).as("granted %s, counted to %s", idag.minusDays(2), idag.plusDays(7))
                .isEqualTo(9);
        assertThat(nu.get("poster")).as("its startdato is known now").isEmpty();
    }

    @Test
    void unknownMalformedFutureAndRepeatedTimeParametersAre400NamingTheParameter() {
        for (String sti : LISTER) {
            assertThat(revisor(med(sti, "kendtPr=2026-03-01T10:00:00")).fejl()).as(sti + ": no zone").isEqualTo("400 PARAMETER_UGYLDIG kendtPr");
            assertThat(revisor(med(sti, "kendtPr=2026-03-01")).fejl()).as(sti + ": a date").isEqualTo("400 PARAMETER_UGYLDIG kendtPr");
            assertThat(revisor(med(sti, "kendtPr=" + Instant.now().plusSeconds(3600))).fejl()).as(sti + ": in the future")
                    .isEqualTo("400 PARAMETER_UGYLDIG kendtPr");
            assertThat(revisor(med(sti, "kendtPr=2026-03-01T10:00:00Z&kendtPr=2026-03-02T10:00:00Z")).fejl()).as(sti + ": twice")
                    .isEqualTo("400 PARAMETER_UGYLDIG kendtPr");
            assertThat(revisor(med(sti, "kendtPr=1800-01-01T00:00:00Z")).fejl()).isEqualTo("400 DATO_UDEN_FOR_OMRAADE kendtPr");
            assertThat(revisor(med(sti, "gaeldendePr=2026-03-01T10:00:00Z")).fejl()).as(sti).isEqualTo("400 PARAMETER_UGYLDIG gaeldendePr");
            assertThat(revisor(med(sti, "asOf=2026-03-01T10:00:00Z")).fejl()).as(sti).isEqualTo("400 PARAMETER_UKENDT asOf");
        }
    }

    @Test
    void everyCitizenAnAsOfListShowsIsLoggedAndAnotherKommunesRevisorFindsNothing() {
        // something on every list: a henvendelse, a sag waiting with a partshøring, a bevilling waiting and one due for opfølgning
        UUID borger = klient.borger();
        klient.henvendelse(borger, "A1", idag.minusDays(3), null, "Rengøring");
        UUID venter = klient.sag(borger, VISITATION, "27.36.04", idag.minusDays(12));
        ok(klient.post("/api/sager/" + venter + "/partshoeringer", json("partshoeringId", UUID.randomUUID(), "emne", "Forslag til afgørelse",
                "sendtDato", idag.minusDays(1).toString(), "svarfrist", idag.plusDays(13).toString())));
        UUID afgjort = klient.sag(borger, VISITATION, "27.36.04", idag.minusDays(12));
        UUID afgoerelse = klient.afgoer(afgjort, idag.minusDays(2));
        klient.bevilling(borger, afgjort, afgoerelse, "SEL-83-PP", idag.minusDays(2), null);
        UUID startet = klient.bevilling(borger, afgjort, afgoerelse, "SEL-83-PH", idag.minusDays(2), idag.minusDays(1));
        klient.opfoelgning(startet, idag, idag.plusDays(5));
        ajour();
        Instant t = Instant.now();
        String andenKommune = Klient.nyKommune();
        String andenRevisor = Testtokens.bearer(Testtokens.bruger("rev-anden", andenKommune, Adgangsrolle.REVISOR));

        for (String sti : LISTER) {
            JsonNode svar = revisor(med(sti, "kendtPr=" + t)).krop();
            JsonNode poster = svar.has("poster") ? svar.get("poster") : svar.get("ydelser");
            assertThat(poster).as(sti).isNotEmpty().allMatch(p -> p.get("borgerId").asText().equals(borger.toString()));
            assertThat(klient.get(med(sti, "kommune=" + kommune + "&kendtPr=" + t), andenRevisor).status()).as(sti + " of another kommune")
                    .isEqualTo(404);
            JsonNode egen = klient.get(med(sti, "kendtPr=" + t), andenRevisor).krop();
            assertThat(egen.has("poster") ? egen.get("poster") : egen.get("ydelser")).as(sti + " in the other kommune").isEmpty();
        }
        for (String visning : List.of("arbejdsliste-henvendelser", "arbejdsliste-frister", "arbejdsliste-venteliste", "ydelser")) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM adgangslog WHERE borger_id = ? AND bruger_id = 'rev-kendtpr' AND visning = ?",
                    Long.class, borger, visning)).as(visning).isPositive();
        }
    }

    @Test
    void aSagCommittedOutOfOrderIsOnTheListAsKnownFromTheInstantItWasRegisteredNotFromItsCommit() throws Exception {
        UUID borger = klient.borger();
        UUID holdt = UUID.randomUUID();
        Instant[] foerAnden = new Instant[1];
        UUID[] anden = new UUID[1];
        HoldtTransaktion.mens(transaktioner, () -> kommandoer.send(Aggregattype.SAG, holdt.toString(), new OpretSag(new SagId(holdt),
                "27.36.04-G01-" + holdt.toString().substring(0, 6) + "-26", new BorgerId(borger), new Cvr(kommune), VISITATION, "27.36.04", "G01",
                Foelsomhed.FOELSOMME_PERSONOPLYSNINGER, "Praktisk hjælp", idag.minusDays(3), List.of(), null), UUID.randomUUID(), null,
                new Kalder(new Aktoer("sb-holdt", Rolle.SAGSBEHANDLER), new Cvr(kommune))), () -> {
                    Thread.sleep(20);
                    foerAnden[0] = Instant.now();
                    Thread.sleep(20);
                    anden[0] = klient.sag(borger, VISITATION, "27.36.04", idag.minusDays(2));
                    ajour();
                    assertThat(sager(revisor("/api/arbejdslister/frister").krop())).as("live, the held sag is not committed yet")
                            .containsExactly(anden[0].toString());
                });
        ajour();

        assertThat(jdbc.queryForObject("SELECT min(global_index) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class,
                holdt.toString())).as("the held sag has the lower index but committed last").isLessThan(jdbc.queryForObject(
                        "SELECT min(global_index) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, anden[0].toString()));
        assertThat(sager(revisor("/api/arbejdslister/frister?kendtPr=" + foerAnden[0]).krop())).containsExactly(holdt.toString());
        assertThat(sager(revisor("/api/arbejdslister/frister?kendtPr=" + Instant.now()).krop())).containsExactlyInAnyOrder(holdt.toString(),
                anden[0].toString());
    }

    // ---- helpers ----

    /** Waits for the projections, reads every list live as the revisor, and notes an instant after the step. */
    private void trin(String navn) {
        ajour();
        List<JsonNode> svar = new ArrayList<>();
        for (String sti : LISTER) {
            Klient.Svar s = revisor(sti);
            assertThat(s.status()).as("%s: %s %s", navn, sti, s).isEqualTo(200);
            assertThat(s.krop().has("tidsangivelse")).as("a live list is unchanged").isFalse();
            svar.add(s.krop());
        }
        historik.add(new Trin(navn, Instant.now(), svar));
    }

    /** A revisor of the test's kommune. */
    private Klient.Svar revisor(String sti) {
        return klient.get(sti, Testtokens.bearer(Testtokens.bruger("rev-kendtpr", kommune, Adgangsrolle.REVISOR)));
    }

    /** The part of an as-of answer that the live read answers: the list without its tidsangivelse, the ydelser of a search. */
    private static JsonNode liveDel(JsonNode asOf) {
        if (asOf.has("ydelser")) {
            return asOf.get("ydelser");
        }
        JsonNode kopi = asOf.deepCopy();
        ((ObjectNode) kopi).remove("tidsangivelse");
        return kopi;
    }

    private static List<String> sager(JsonNode liste) {
        List<String> ids = new ArrayList<>();
        liste.get("poster").forEach(p -> ids.add(p.get("sagId").asText()));
        return ids;
    }

    private static void ok(Klient.Svar svar) {
        assertThat(svar.status()).as("%s", svar).isIn(200, 201);
    }

    private static String med(String sti, String parameter) {
        return sti + (sti.contains("?") ? "&" : "?") + parameter;
    }

    private void ajour() {
        assertThat(motor.venTilAjour(Duration.ofSeconds(30))).as("projections up to date: %s", motor.status()).isTrue();
    }
}
