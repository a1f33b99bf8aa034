package dk.careledger.app.e2e;

import static dk.careledger.app.ydelse.Ledger.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.app.testsupport.HoldtTransaktion;
import dk.careledger.app.testsupport.Testtokens;
import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.projection.borger.BorgeroverblikProjektion;
import dk.careledger.projection.motor.Haendelse;
import dk.careledger.projection.tilbageblik.laesning.Genafspilning;
import dk.careledger.query.borger.BorgeroverblikLaeser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.Set;
import javax.sql.DataSource;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
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
import org.springframework.transaction.PlatformTransactionManager;
import dk.careledger.app.ydelse.Ledger;
import dk.careledger.projection.motor.Projektionsmotor;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "As of" on both time axes (issue 17 item 2, ADR 0026): a generated history of one citizen, with corrections (ADR 0022)
 * and an afslutning, is read live after every step; asked afterwards {@code kendtPr} each of those instants, every read
 * answers what the live read answered then, and says which instants it describes; {@code gaeldendePr} judges the day;
 * bad or unknown time parameters are a 400 naming the parameter; kommune isolation and the access log hold.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class TilbageblikTest {
    private static final LocalDate START = LocalDate.of(2026, 3, 2);

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

    @Autowired
    DataSource dataSource;

    @Autowired
    Genafspilning genafspilning;

    @Autowired
    BorgeroverblikLaeser overblik;

    @Autowired
    BorgeroverblikProjektion borgeroverblikProjektion;

    @Autowired
    EventStore eventStore;

    Ledger sagsbehandler;
    Ledger revisor;
    UUID borger;
    final List<Trin> historik = new ArrayList<>();

    /** What the live reads answered after one step (status and body), and an instant after it (and before the next step). */
    record Trin(String navn, Instant kendtPr, List<Ledger.Svar> svar) {
    }

    /** A read compared: its path (null while what it reads does not exist yet), and where an as-of answer has the live body. */
    record Laesning(Supplier<String> sti, Function<JsonNode, JsonNode> liveDel) {
    }
    UUID sag;
    UUID bevilling;

    @BeforeEach
    void klienter() {
        sagsbehandler = new Ledger(port);
        revisor = sagsbehandler.som("rev-1", "REVISOR");
    }

    @Test
    void askedAsKnownAtEachInstantOfAHistoryWithCorrectionsEveryReadAnswersWhatTheLiveReadAnsweredThen() {
        borger = sagsbehandler.borger();
        trin("borger registreret");
        sag = sagsbehandler.sag(borger, "27.36.04", "Personlig pleje", START);
        trin("sag oprettet");
        sagsbehandler.vurderTilstand(sag, "J1.1", 3, 2, LocalDate.of(2026, 3, 3), "Kan ikke komme i bad");
        UUID forloeb = sagsbehandler.forloeb(borger, "SEL-83", START);
        sagsbehandler.ok("/api/forloeb/" + forloeb + "/sager", json("sagId", sag));
        trin("tilstand vurderet, forløb startet");
        bevilling = sagsbehandler.bevilling(borger, sag, "SEL-83-PP", LocalDate.of(2026, 3, 16), null);
        trin("bevilling givet");
        UUID forkert = levering("2026-03-17T08:00:00Z", 20);
        levering("2026-03-18T08:00:00Z", 25);
        trin("to leveringer");
        sagsbehandler.ok("/api/bevillinger/" + bevilling + "/startdato-rettelse", json("startdato", "2026-03-17", "begrundelse", "Tastefejl"));
        trin("startdato rettet");
        sagsbehandler.ok("/api/bevillinger/" + bevilling + "/annulleringer", json("leveringId", forkert, "begrundelse", "Registreret to gange"));
        trin("levering annulleret");
        sagsbehandler.ok("/api/bevillinger/" + bevilling + "/ophoer", json("ophoersdato", LocalDate.of(2026, 5, 12), "aarsag", "DOED"));
        sagsbehandler.ok("/api/sager/" + sag + "/afslutning-uden-afgoerelse", json("aarsag", "DOED", "afsluttetDato", LocalDate.of(2026, 5, 12)));
        trin("ophørt og afsluttet");

        int sammenlignet = 0;
        for (Trin t : historik) {
            for (int i = 0; i < laesninger().size(); i++) {
                Laesning l = laesninger().get(i);
                Ledger.Svar live = t.svar().get(i);
                if (live == null) {
                    continue;
                }
                Ledger.Svar asOf = revisor.get(med(l.sti().get(), "kendtPr=" + t.kendtPr()));
                assertThat(asOf.status()).as("%s, %s: %s", t.navn(), l.sti().get(), asOf).isEqualTo(live.status());
                if (live.status() == 200) {
                    JsonNode tid = asOf.krop().get("tidsangivelse");
                    assertThat(Instant.parse(tid.get("kendtPr").asText())).isEqualTo(t.kendtPr());
                    assertThat(tid.get("gaeldendePr").asText()).isEqualTo(LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString());
                    assertThat(l.liveDel().apply(asOf.krop())).as("%s as known after '%s'", l.sti().get(), t.navn()).isEqualTo(live.krop());
                    sammenlignet++;
                }
            }
        }
        assertThat(sammenlignet).isGreaterThan(historik.size() * 4);
        assertThat(revisor.get("/api/sager/" + sag + "/tidslinje?kendtPr=" + historik.get(0).kendtPr()).status())
                .as("the sag was not known yet").isEqualTo(404);
    }

    @Test
    void aCaseworkerAsksAsOfTooAndTheNowOfTheLiveReadIsTheSameAnswerAsKnownNow() {
        borger = sagsbehandler.borger();
        sag = sagsbehandler.sag(borger, "27.36.04", "Personlig pleje", START);
        bevilling = sagsbehandler.bevilling(borger, sag, "SEL-83-PP", LocalDate.of(2026, 3, 16), null);
        ajour();
        JsonNode live = sagsbehandler.hent("/api/borgere/" + borger + "/overblik");

        Ledger.Svar asOf = sagsbehandler.get("/api/borgere/" + borger + "/overblik?kendtPr=" + Instant.now());

        assertThat(asOf.status()).as(asOf.toString()).isEqualTo(200);
        assertThat(udenTidsangivelse(asOf.krop())).isEqualTo(live);
        assertThat(live.has("tidsangivelse")).as("the live read is unchanged").isFalse();
    }

    @Test
    void aFactCommittedOutOfOrderBelongsToTheInstantItWasRegisteredNotToItsPlaceInTheStore() throws Exception {
        borger = sagsbehandler.borger();
        UUID holdt = UUID.randomUUID();
        Instant[] foerAndenSag = new Instant[1];
        UUID[] anden = new UUID[1];
        HoldtTransaktion.mens(transaktioner, () -> kommandoer.send(Aggregattype.SAG, holdt.toString(), new OpretSag(new SagId(holdt),
                "27.36.04-G01-" + holdt.toString().substring(0, 6) + "-26", new BorgerId(borger), new Cvr(Ledger.AALBORG), "visitation", "27.36.04",
                "G01", Foelsomhed.FOELSOMME_PERSONOPLYSNINGER, "Praktisk hjælp", START, List.of(), null), UUID.randomUUID(), null,
                new Kalder(new Aktoer("sb-holdt", Rolle.SAGSBEHANDLER), new Cvr(Ledger.AALBORG))), () -> {
                    Thread.sleep(20);
                    foerAndenSag[0] = Instant.now();
                    Thread.sleep(20);
                    anden[0] = sagsbehandler.sag(borger, "27.36.04", "Personlig pleje", START);
                });
        ajour();
        long holdtIndeks = indeks(holdt);
        long andenIndeks = indeks(anden[0]);

        JsonNode foer = revisor.hent("/api/borgere/" + borger + "/overblik?kendtPr=" + foerAndenSag[0]);
        JsonNode nu = revisor.hent("/api/borgere/" + borger + "/overblik?kendtPr=" + Instant.now());

        assertThat(holdtIndeks).as("the held sag has the lower index but committed last").isLessThan(andenIndeks);
        assertThat(foer.get("aabneSager")).extracting(x -> x.get("sagId").asText()).containsExactly(holdt.toString());
        assertThat(nu.get("aabneSager")).extracting(x -> x.get("sagId").asText()).containsExactlyInAnyOrder(holdt.toString(), anden[0].toString());
    }

    private long indeks(UUID aggregat) {
        return jdbc.queryForObject("SELECT min(global_index) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, aggregat.toString());
    }

    @Test
    void gaeldendePrJudgesABevillingOnThatDayAndWithKendtPrAsTheLedgerKnewItThen() {
        borger = sagsbehandler.borger();
        sag = sagsbehandler.sag(borger, "27.36.04", "Personlig pleje", START);
        bevilling = sagsbehandler.bevilling(borger, sag, "SEL-83-PP", LocalDate.of(2026, 3, 16), null);
        ajour();
        Instant foerOphoer = Instant.now();
        sagsbehandler.ok("/api/bevillinger/" + bevilling + "/ophoer", json("ophoersdato", LocalDate.of(2026, 4, 1), "aarsag", "DOED"));
        ajour();
        String sti = "/api/borgere/" + borger + "/overblik";

        assertThat(status(revisor.get(med(sti, "gaeldendePr=2026-03-10")))).as("before its start").isEqualTo("FREMTIDIG");
        assertThat(status(revisor.get(med(sti, "gaeldendePr=2026-03-20")))).isEqualTo("AKTIV");
        assertThat(status(revisor.get(med(sti, "gaeldendePr=2026-04-01")))).as("from the ophoersdato on").isEqualTo("OPHOERT");
        assertThat(status(revisor.get(med(sti, "gaeldendePr=2026-04-01&kendtPr=" + foerOphoer)))).as("the ophør was not known yet")
                .isEqualTo("AKTIV");
        assertThat(revisor.hent("/api/ydelser/" + bevilling + "?gaeldendePr=2026-03-20").get("ydelse").get("status").asText()).isEqualTo("AKTIV");
        assertThat(revisor.hent("/api/ydelser/" + bevilling + "?gaeldendePr=2026-04-02").get("ydelse").get("status").asText()).isEqualTo("OPHOERT");
        assertThat(revisor.hent("/api/ydelser/" + bevilling + "?kendtPr=" + foerOphoer).get("ydelse").get("ophoersdato").isNull()).isTrue();
        JsonNode tid = revisor.get(med(sti, "gaeldendePr=2026-03-10")).krop().get("tidsangivelse");
        assertThat(tid.get("gaeldendePr").asText()).isEqualTo("2026-03-10");
        assertThat(tid.get("kendtPr").isNull()).as("known now: the moment of the read").isFalse();
    }

    @Test
    void gaeldendePrOnATimelineKeepsTheFactsThatHadTakenEffectByThatDay() {
        borger = sagsbehandler.borger();
        sag = sagsbehandler.sag(borger, "27.36.04", "Personlig pleje", START);
        bevilling = sagsbehandler.bevilling(borger, sag, "SEL-83-PP", LocalDate.of(2026, 3, 16), null);
        sagsbehandler.ok("/api/bevillinger/" + bevilling + "/ophoer", json("ophoersdato", LocalDate.of(2026, 4, 1), "aarsag", "DOED"));

        JsonNode foer = revisor.get("/api/haendelser/" + bevilling + "?gaeldendePr=2026-03-20").krop();
        JsonNode efter = revisor.get("/api/haendelser/" + bevilling + "?gaeldendePr=2026-04-01").krop();

        assertThat(foer.get("poster")).extracting(p -> p.get("haendelse").asText()).containsExactly("BevillingGivet");
        assertThat(efter.get("poster")).extracting(p -> p.get("haendelse").asText()).containsExactly("BevillingGivet", "BevillingOphoert");
        assertThat(revisor.get("/api/haendelser/" + bevilling + "?gaeldendePr=2026-03-01").status()).as("granted 2026-03-02").isEqualTo(404);
    }

    @Test
    void unknownMalformedAndContradictoryTimeParametersAre400NamingTheParameter() {
        borger = sagsbehandler.borger();
        sag = sagsbehandler.sag(borger, "27.36.04", "Personlig pleje", START);
        bevilling = sagsbehandler.bevilling(borger, sag, "SEL-83-PP", LocalDate.of(2026, 3, 16), null);
        ajour();
        for (String sti : alleStier()) {
            assertThat(fejl(revisor.get(med(sti, "kendtPr=2026-03-01T10:00:00")))).as(sti + ": an instant without zone")
                    .isEqualTo("400 PARAMETER_UGYLDIG kendtPr");
            assertThat(fejl(revisor.get(med(sti, "kendtPr=2026-03-01")))).as(sti + ": a date is not an instant").isEqualTo("400 PARAMETER_UGYLDIG kendtPr");
            assertThat(fejl(revisor.get(med(sti, "kendtPr=" + Instant.now().plusSeconds(3600))))).as(sti + ": in the future")
                    .isEqualTo("400 PARAMETER_UGYLDIG kendtPr");
            assertThat(fejl(revisor.get(med(sti, "kendtPr=2026-03-01T10:00:00Z&kendtPr=2026-03-02T10:00:00Z")))).as(sti + ": given twice")
                    .isEqualTo("400 PARAMETER_UGYLDIG kendtPr");
            assertThat(fejl(revisor.get(med(sti, "gaeldendePr=2026-03-01T10:00:00Z")))).as(sti + ": a date with a time part")
                    .isEqualTo("400 PARAMETER_UGYLDIG gaeldendePr");
            assertThat(fejl(revisor.get(med(sti, "gaeldendePr=i-gaar")))).isEqualTo("400 PARAMETER_UGYLDIG gaeldendePr");
            assertThat(fejl(revisor.get(med(sti, "gaeldendePr=%2B999999999-12-31")))).isEqualTo("400 DATO_UDEN_FOR_OMRAADE gaeldendePr");
            assertThat(fejl(revisor.get(med(sti, "kendtPr=1800-01-01T00:00:00Z")))).isEqualTo("400 DATO_UDEN_FOR_OMRAADE kendtPr");
            assertThat(fejl(revisor.get(med(sti, "dato=2026-03-01")))).as(sti + ": the old name is not ignored").isEqualTo("400 PARAMETER_UKENDT dato");
            assertThat(fejl(revisor.get(med(sti, "asOf=2026-03-01T10:00:00Z")))).isEqualTo("400 PARAMETER_UKENDT asOf");
        }
    }

    @Test
    void aSearchOfYdelserTakesKendtPrWithOrWithoutOneCitizenAndWorklistsAreJudgedOnGaeldendePrAndTakeKendtPr() {
        borger = sagsbehandler.borger();
        sag = sagsbehandler.sag(borger, "27.36.04", "Personlig pleje", START);
        bevilling = sagsbehandler.bevilling(borger, sag, "SEL-83-PP", null, null);
        ajour();

        Ledger.Svar udenBorger = revisor.get("/api/ydelser?kendtPr=" + Instant.now());
        Ledger.Svar iSagen = revisor.get("/api/ydelser?sagId=" + sag + "&kendtPr=" + Instant.now() + "&gaeldendePr=2026-03-10");
        Ledger.Svar venteliste = sagsbehandler.get("/api/arbejdslister/venteliste?gaeldendePr=2026-03-12");

        assertThat(udenBorger.status()).as("the kommune-wide search reads the index's history (ADR 0031): %s", udenBorger).isEqualTo(200);
        assertThat(iSagen.krop().get("ydelser")).extracting(y -> y.get("status").asText()).containsExactly("VENTELISTE");
        assertThat(venteliste.status()).as(venteliste.toString()).isEqualTo(200);
        assertThat(venteliste.krop().get("tidsangivelse").get("gaeldendePr").asText()).isEqualTo("2026-03-12");
        JsonNode ventende = null;
        for (JsonNode p : venteliste.krop().get("poster")) {
            ventende = p.get("bevillingId").asText().equals(bevilling.toString()) ? p : ventende;
        }
        assertThat(ventende).as("the bevilling waits").isNotNull();
        assertThat(ventende.get("dageVentet").asLong()).as("granted 2026-03-02, counted to 2026-03-12").isEqualTo(10);
        for (String liste : List.of("henvendelser", "frister", "venteliste", "opfoelgninger")) {
            assertThat(revisor.get("/api/arbejdslister/" + liste + "?kendtPr=" + Instant.now()).status()).as("ADR 0031").isEqualTo(200);
            assertThat(fejl(revisor.get("/api/arbejdslister/" + liste + "?gaeldendePr=2026-03-12T10:00:00Z"))).isEqualTo("400 PARAMETER_UGYLDIG gaeldendePr");
            assertThat(revisor.get("/api/arbejdslister/" + liste + "?gaeldendePr=2026-03-12").status()).isEqualTo(200);
        }
    }

    @Test
    void anAsOfReadIsLoggedAndARevisorOfAnotherKommuneFindsNothing() {
        borger = sagsbehandler.borger();
        sag = sagsbehandler.sag(borger, "27.36.04", "Personlig pleje", START);
        bevilling = sagsbehandler.bevilling(borger, sag, "SEL-83-PP", LocalDate.of(2026, 3, 16), null);
        ajour();
        Instant t = Instant.now();

        for (String sti : alleStier()) {
            assertThat(revisor.get(med(sti, "kendtPr=" + t)).status()).as(sti).isEqualTo(200);
            Ledger.Svar andenKommune = revisor.iKommune(Ledger.AARHUS).get(med(sti, "kendtPr=" + t));
            if (sti.startsWith("/api/ydelser?")) {
                assertThat(andenKommune.krop().get("ydelser")).as("a search in another kommune finds nothing").isEmpty();
            } else {
                assertThat(andenKommune.status()).as(sti + " in another kommune").isEqualTo(404);
            }
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM adgangslog WHERE borger_id = ? AND bruger_id = 'rev-1' AND visning = 'borgeroverblik'",
                Long.class, borger)).isPositive();
    }

    @Test
    void judgedOnADayTheOverviewShowsEachSagsFremdriftAsTheSagReadJudgesItThatDay() {
        borger = sagsbehandler.borger();
        sag = sagsbehandler.sag(borger, "27.36.04", "Personlig pleje", START);
        sagsbehandler.ok("/api/sager/" + sag + "/oplyst", json("oplystDato", LocalDate.of(2026, 3, 10)));
        ajour();
        Instant foerAfslutning = Instant.now();
        sagsbehandler.ok("/api/sager/" + sag + "/afslutning-uden-afgoerelse", json("aarsag", "TRUKKET_TILBAGE", "afsluttetDato", LocalDate.of(2026, 4, 1)));
        ajour();
        String overblik = "/api/borgere/" + borger + "/overblik";

        JsonNode foerOplyst = sagIOverblik(revisor.hent(med(overblik, "gaeldendePr=2026-03-05")), "aabneSager");
        JsonNode oplyst = sagIOverblik(revisor.hent(med(overblik, "gaeldendePr=2026-03-20")), "aabneSager");
        JsonNode afsluttet = sagIOverblik(revisor.hent(med(overblik, "gaeldendePr=2026-04-02")), "tidligereSager");
        JsonNode endnuIkkeAfsluttet = sagIOverblik(revisor.hent(med(overblik, "gaeldendePr=2026-04-02&kendtPr=" + foerAfslutning)), "aabneSager");

        assertThat(foerOplyst.get("fremdrift").asText()).isEqualTo("OPSTAAET").isEqualTo(sagensFremdrift("gaeldendePr=2026-03-05"));
        assertThat(oplyst.get("fremdrift").asText()).isEqualTo("OPLYST").isEqualTo(sagensFremdrift("gaeldendePr=2026-03-20"));
        assertThat(oplyst.get("lokalStatus").asText()).isEqualTo("OPLYST");
        assertThat(afsluttet.get("fremdrift").asText()).isEqualTo("AFSLUTTET").isEqualTo(sagensFremdrift("gaeldendePr=2026-04-02"));
        assertThat(afsluttet.get("lokalStatus").asText()).isEqualTo("AFSLUTTET_UDEN_AFGOERELSE");
        assertThat(endnuIkkeAfsluttet.get("fremdrift").asText()).as("the afslutning was not known yet").isEqualTo("OPLYST")
                .isEqualTo(sagensFremdrift("gaeldendePr=2026-04-02&kendtPr=" + foerAfslutning));
        assertThat(sagIOverblik(revisor.hent(overblik), "tidligereSager").get("fremdrift").asText()).as("the live read as before")
                .isEqualTo("AFSLUTTET");
    }

    @Test
    void aSagReclassifiedSinceTIsShownAsOfTOnlyToAUserClearedForItsClassificationBothNowAndThen() {
        borger = sagsbehandler.borger();
        sag = sagsbehandler.sag(borger, "27.36.04", "Personlig pleje", START);
        UUID nedgraderet = sagsbehandler.sag(borger, "27.36.04", "Praktisk hjælp", START);
        sagsbehandler.ok("/api/sager/" + nedgraderet + "/omklassificering", json("foelsomhed", "VIP_SAGER", "begrundelse", "Offentlig person"));
        ajour();
        Instant t = Instant.now();
        sagsbehandler.ok("/api/sager/" + sag + "/omklassificering", json("foelsomhed", "VIP_SAGER", "begrundelse", "Offentlig person"));
        sagsbehandler.ok("/api/sager/" + nedgraderet + "/omklassificering", json("foelsomhed", "FOELSOMME_PERSONOPLYSNINGER", "begrundelse",
                "Ikke længere VIP"));
        ajour();
        Bruger ikkeVip = new Bruger("rev-ikke-vip", new Cvr(Ledger.AALBORG), Set.of(Adgangsrolle.REVISOR), List.of(),
                Foelsomhed.FOELSOMME_PERSONOPLYSNINGER, null);
        String somDa = "kendtPr=" + t;

        assertThat(sager(som(ikkeVip, "/api/borgere/" + borger + "/overblik?" + somDa))).as("the sag is VIP now; the other was VIP then")
                .isEmpty();
        assertThat(sager(som(ikkeVip, "/api/borgere/" + borger + "/overblik"))).as("live").containsExactly(nedgraderet.toString());
        for (String sti : List.of("/api/sager/" + sag, "/api/sager/" + sag + "/tidslinje", "/api/haendelser/" + sag)) {
            assertThat(som(ikkeVip, med(sti, somDa)).status()).as(sti + " as of T, VIP now").isEqualTo(404);
            assertThat(som(ikkeVip, sti).status()).as(sti + " live").isEqualTo(404);
        }
        for (String sti : List.of("/api/sager/" + nedgraderet, "/api/sager/" + nedgraderet + "/tidslinje")) {
            assertThat(som(ikkeVip, med(sti, somDa)).status()).as(sti + " as of T, VIP then").isEqualTo(404);
            assertThat(som(ikkeVip, sti).status()).as(sti + " live").isEqualTo(200);
        }
        JsonNode somKendt = revisor.hent("/api/borgere/" + borger + "/overblik?" + somDa);
        assertThat(sagIOverblik(somKendt, "aabneSager").get("foelsomhed").asText()).as("shown as classified then")
                .isEqualTo("FOELSOMME_PERSONOPLYSNINGER");
        assertThat(revisor.hent("/api/sager/" + sag + "?" + somDa).get("foelsomhed").asText()).isEqualTo("FOELSOMME_PERSONOPLYSNINGER");
        assertThat(revisor.hent("/api/sager/" + sag + "/tidslinje?" + somDa).get("poster")).extracting(p -> p.get("haendelse").asText())
                .containsExactly("SagOprettet");
    }

    @Test
    void theCopiesKeptOnAPooledConnectionNeverHideTheLiveTablesFromItsOtherUses() throws Exception {
        // another citizen's sag, so the live table holds more than the copy whichever tests ran before
        sagsbehandler.sag(sagsbehandler.borger(), "27.36.04", "Personlig pleje", START);
        medEnSagPaaEnForbindelse(skema -> {
            List<UUID> iKopien = genafspilning.borgerKendtPr(borger, Instant.now(),
                    () -> jdbc.queryForList("SELECT sag_id FROM borgeroverblik_sag", UUID.class));
            long live = jdbc.queryForObject("SELECT count(*) FROM " + skema + ".borgeroverblik_sag", Long.class);

            assertThat(iKopien).as("inside the as-of read: the copy, with this citizen's sag only").containsExactly(sag);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_temp.borgeroverblik_sag", Long.class)).as("kept, and empty").isZero();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM borgeroverblik_sag", Long.class)).as("a live read").isEqualTo(live);
            assertThat(live).isGreaterThan(1);
            assertThat(overblik.hent(borger, Testtokens.bruger("rev-1", Ledger.AALBORG, Adgangsrolle.REVISOR).som(Adgangsrolle.REVISOR)))
                    .map(o -> o.aabneSager().size()).contains(1);

            jdbc.update("DELETE FROM " + skema + ".borgeroverblik_sag WHERE sag_id = ?", sag);
            List<Haendelse> haendelser = sagensHaendelser();
            new TransactionTemplate(transaktioner).executeWithoutResult(s -> borgeroverblikProjektion.anvend(haendelser));
            assertThat(jdbc.queryForObject("SELECT count(*) FROM " + skema + ".borgeroverblik_sag WHERE sag_id = ?", Long.class, sag))
                    .as("a live projection write reached the live table").isEqualTo(1);

            long iSagensLaesning = genafspilning.sagKendtPr(sag, Instant.now(),
                    () -> jdbc.queryForObject("SELECT count(*) FROM borgeroverblik_sag", Long.class));
            assertThat(iSagensLaesning).as("a sag read as of T replays other tables: the overview's copies no longer hide the live one")
                    .isEqualTo(live);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM sag WHERE sag_id = ?", Long.class, sag)).isEqualTo(1);
        });
    }

    @Test
    void theDeadRowsRolledBackReadsLeaveInTheKeptCopiesAreEmptiedOnceTheyPassTheLimitAndTheAnswerStaysRight() throws Exception {
        medEnSagPaaEnForbindelse(skema -> {
            genafspilning.borgerKendtPr(borger, Instant.now(), () -> jdbc.queryForList("SELECT sag_id FROM borgeroverblik_sag", UUID.class));
            // as many rolled-back rows as thousands of reads leave: dead tuples, which autovacuum never visits in a temp table
            new TransactionTemplate(transaktioner).executeWithoutResult(status -> {
                jdbc.update("INSERT INTO pg_temp.borgeroverblik_sag SELECT (jsonb_populate_record(NULL::pg_temp.borgeroverblik_sag, "
                        + "to_jsonb(l) || jsonb_build_object('sag_id', gen_random_uuid()))).* FROM " + skema + ".borgeroverblik_sag l, "
                        + "generate_series(1, 60000) WHERE l.sag_id = ?", sag);
                status.setRollbackOnly();
        });
        long foer = jdbc.queryForObject("SELECT pg_relation_size('pg_temp.borgeroverblik_sag')", Long.class);
        assertThat(foer).as("the dead rows pass the limit").isGreaterThan(8L * 1024 * 1024);

        List<UUID> iKopien = genafspilning.borgerKendtPr(borger, Instant.now(),
                () -> jdbc.queryForList("SELECT sag_id FROM borgeroverblik_sag", UUID.class));

        assertThat(iKopien).as("the answer: this citizen's sag only").containsExactly(sag);
        assertThat(jdbc.queryForObject("SELECT pg_relation_size('pg_temp.borgeroverblik_sag')", Long.class))
                .as("emptied before the read").isLessThan(1024L * 1024);
        });
    }

    /**
     * A new citizen with one sag, the projections up to date, then {@code test} with the live schema's name, on one
     * pooled connection that every use of JdbcTemplate and every transaction on this thread takes.
     */
    private void medEnSagPaaEnForbindelse(java.util.function.Consumer<String> test) throws java.sql.SQLException {
        borger = sagsbehandler.borger();
        sag = sagsbehandler.sag(borger, "27.36.04", "Personlig pleje", START);
        ajour();
        String skema = jdbc.queryForObject("SELECT quote_ident(current_schema())", String.class);
        try (Connection forbindelse = dataSource.getConnection()) {
            TransactionSynchronizationManager.bindResource(dataSource, new ConnectionHolder(forbindelse));
            try {
                test.accept(skema);
            } finally {
                TransactionSynchronizationManager.unbindResource(dataSource);
            }
        }
    }

    private List<Haendelse> sagensHaendelser() {
        return eventStore.readEvents(sag.toString()).asStream().map(m -> new Haendelse(jdbc.queryForObject(
                "SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?", Long.class,
                m.getAggregateIdentifier(), m.getSequenceNumber()), m.getAggregateIdentifier(), m.getSequenceNumber(), m.getType(),
                m.getTimestamp(), m.getPayload())).toList();
    }

    private String sagensFremdrift(String parametre) {
        return revisor.hent("/api/sager/" + sag + "?" + parametre).get("fremdrift").get("EKSPLICIT").get("fremdrift").asText();
    }

    private JsonNode sagIOverblik(JsonNode overblik, String liste) {
        for (JsonNode s : overblik.get(liste)) {
            if (s.get("sagId").asText().equals(sag.toString())) {
                return s;
            }
        }
        throw new AssertionError("no sag " + sag + " in " + liste + " of " + overblik);
    }

    private static List<String> sager(Ledger.Svar overblik) {
        assertThat(overblik.status()).as(overblik.toString()).isEqualTo(200);
        List<String> ider = new ArrayList<>();
        for (String liste : List.of("aabneSager", "tidligereSager")) {
            overblik.krop().get(liste).forEach(s -> ider.add(s.get("sagId").asText()));
        }
        return ider;
    }

    /** A GET as {@code bruger}, whose token carries their KLE and følsomhed limits. */
    private Ledger.Svar som(Bruger bruger, String sti) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + sti))
                    .header("Authorization", Testtokens.bearer(bruger)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return new Ledger.Svar(r.statusCode(), r.body().isBlank() ? null : new ObjectMapper().readTree(r.body()));
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the reads compared ----

    private List<Laesning> laesninger() {
        Function<JsonNode, JsonNode> poster = n -> n.get("poster");
        return List.of(
                new Laesning(() -> "/api/borgere/" + borger + "/overblik", TilbageblikTest::udenTidsangivelse),
                new Laesning(() -> sag == null ? null : "/api/sager/" + sag + "/tidslinje", poster),
                new Laesning(() -> bevilling == null ? null : "/api/haendelser/" + bevilling, poster),
                new Laesning(() -> sag == null ? null : "/api/sager/" + sag, TilbageblikTest::udenTidsangivelse),
                new Laesning(() -> bevilling == null ? null : "/api/ydelser/" + bevilling, TilbageblikTest::udenTidsangivelse),
                new Laesning(() -> bevilling == null ? null : "/api/ydelser/" + bevilling + "/leveringer", n -> n.get("perioder")),
                new Laesning(() -> "/api/ydelser?borgerId=" + borger, n -> n.get("ydelser")));
    }

    private List<String> alleStier() {
        return laesninger().stream().map(l -> l.sti().get()).toList();
    }

    /** Waits for the projections, reads every read live, and notes an instant after the step. */
    private void trin(String navn) {
        ajour();
        List<Ledger.Svar> svar = new ArrayList<>();
        for (Laesning l : laesninger()) {
            String sti = l.sti().get();
            Ledger.Svar s = sti == null ? null : revisor.get(sti);
            assertThat(s == null || s.status() == 200).as("%s: %s", navn, s).isTrue();
            svar.add(s);
        }
        historik.add(new Trin(navn, Instant.now(), svar));
    }

    private UUID levering(String leveret, int minutter) {
        UUID id = UUID.randomUUID();
        sagsbehandler.ok("/api/bevillinger/" + bevilling + "/leveringer", json("leveringId", id, "leveret", leveret, "udfoertAf", "hp-0042",
                "varighedMinutter", minutter));
        return id;
    }

    /** The path with one more query parameter. */
    private static String med(String sti, String parameter) {
        return sti + (sti.contains("?") ? "&" : "?") + parameter;
    }

    private static JsonNode udenTidsangivelse(JsonNode n) {
        JsonNode kopi = n.deepCopy();
        ((ObjectNode) kopi).remove("tidsangivelse");
        return kopi;
    }

    private String status(Ledger.Svar svar) {
        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        for (JsonNode y : svar.krop().get("bevillinger")) {
            if (y.get("bevillingId").asText().equals(bevilling.toString())) {
                return y.get("status").asText();
            }
        }
        throw new AssertionError("no bevilling " + bevilling + " in " + svar);
    }

    private static String fejl(Ledger.Svar s) {
        return s.status() + " " + tekst(s.krop(), "fejlkode") + " " + tekst(s.krop(), "felt");
    }

    private static String tekst(JsonNode n, String felt) {
        return n.get(felt) == null || n.get(felt).isNull() ? null : n.get(felt).asText();
    }

    private void ajour() {
        assertThat(motor.venTilAjour(Duration.ofSeconds(30))).as("projections up to date: %s", motor.status()).isTrue();
    }
}
