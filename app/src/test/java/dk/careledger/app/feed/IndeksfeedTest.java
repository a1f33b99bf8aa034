package dk.careledger.app.feed;

import dk.careledger.app.testsupport.Testtokens;
import dk.careledger.domain.adgang.Adgangsrolle;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.arbejdsbyrde.Arbejdsbyrde;
import dk.careledger.arbejdsbyrde.Bulkindlaeser;
import dk.careledger.arbejdsbyrde.Kommune;
import dk.careledger.arbejdsbyrde.Parametre;
import dk.careledger.commandside.borger.NoegleBoks;
import dk.careledger.domain.bevilling.event.BevillingEvent;
import dk.careledger.domain.forloeb.event.ForloebEvent;
import dk.careledger.domain.henvendelse.event.HenvendelseEvent;
import dk.careledger.domain.sag.event.SagEvent;
import dk.careledger.domain.indstilling.Titelkilde;
import dk.careledger.indeksfeed.Feed;
import dk.careledger.indeksfeed.Leveranceaarsag;
import dk.careledger.indeksfeed.Leverancelog;
import dk.careledger.indeksfeed.Leverancelog.Leverance;
import dk.careledger.indeksfeed.sagsindeks.Anvisningskontrol;
import dk.careledger.indeksfeed.sagsindeks.Sagsregistrering;
import dk.careledger.indeksfeed.sagsindeks.Sagsregistreringer;
import dk.careledger.indeksfeed.ydelsesindeks.Bevillingsregistrering;
import dk.careledger.indeksfeed.ydelsesindeks.Effektueringsregistrering;
import dk.careledger.indeksfeed.ydelsesindeks.YdelsesindeksSkema;
import dk.careledger.indeksfeed.ydelsesindeks.Ydelsesregistrering;
import dk.careledger.indeksfeed.ydelsesindeks.Ydelsesregistreringer;
import dk.careledger.projection.motor.Projektionsmotor;
import dk.careledger.domain.indstilling.Politik;
import dk.careledger.domain.indstilling.Sagsbegreb;
import dk.careledger.projection.sag.politik.laesning.Effektiv;
import dk.careledger.app.testsupport.Indstillingskommandoer;
import dk.careledger.commandside.kommando.Kommandoafsender;
import dk.careledger.projection.sag.politik.laesning.Politikindstillinger;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The index feeds over a generated history of more than 10,000 events covering every event type, in three kommuner
 * with different closing policies: every delivery validates against KOMBIT's XSDs and passes the anvisning checks, the
 * feed a receiver assembles equals the projections, a policy change reaches receivers as correcting registrations after
 * everything they already had, and a rebuild of the feeds sends nothing again. The tests share one history and run in
 * order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ledger.test.kontekst=indeksfeed")
@EmbeddedPostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IndeksfeedTest {
    private static final LocalDate LAENGE_SIDEN = LocalDate.of(2020, 1, 1);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Bulkindlaeser bulkindlaeser;

    @Autowired
    NoegleBoks noegleBoks;

    @Autowired
    Projektionsmotor motor;

    @Autowired
    Politikindstillinger politikker;

    @Autowired
    Kommandoafsender kommandoafsender;

    @Autowired
    Leverancelog log;

    @Autowired
    MeterRegistry metrik;

    @Autowired
    JdbcTemplate jdbc;

    List<String> kommuner;

    @BeforeAll
    void enGenereretHistorieITreKommunerMedHverSinAfslutningspolitik() {
        Arbejdsbyrde byrde = Arbejdsbyrde.af(Parametre.af(4711L, 220, 200, 3));
        kommuner = byrde.parametre().kommuner().stream().map(Kommune::cvr).map(c -> c.value()).toList();
        Indstillingskommandoer indstillinger = new Indstillingskommandoer(kommandoafsender);
        indstillinger.politik(kommuner.get(1), "", Politik.VED_LEVERINGSOPHOER, Sagsbegreb.ENKELTSAGER, LAENGE_SIDEN);
        indstillinger.politik(kommuner.get(2), "", Politik.VED_KLAGEFRIST, Sagsbegreb.ENKELTSAGER, LAENGE_SIDEN);
        indstillinger.politik(kommuner.get(2), "27.24", Politik.EKSPLICIT, Sagsbegreb.ENKELTSAGER, LAENGE_SIDEN);
        indstillinger.skjulForBorger(kommuner.get(1), "27", LAENGE_SIDEN);
        bulkindlaeser.registrerBorgere(byrde.borgere(), byrde.parametre().startdato().atStartOfDay(ZoneOffset.UTC).toInstant());
        Bulkindlaeser.Resultat resultat = bulkindlaeser.indlaesHaendelser(byrde.koer(noegleBoks), 400, Bulkindlaeser.Fremskridt.ingen());
        assertThat(resultat.haendelser()).isGreaterThanOrEqualTo(10_000);
        assertThat(resultat.prType().keySet()).containsAll(alleHaendelsestyper());
        assertThat(motor.venTilAjour(Duration.ofMinutes(3))).as("the feeds caught up").isTrue();
    }

    @Test
    @Order(1)
    void everySagsindeksDeliveryValidatesAgainstTheXsdsAndPassesTheAnvisningChecks() throws Exception {
        List<Leverance> alle = log.efter(Feed.SAGSINDEKS, 0, Integer.MAX_VALUE);
        assertThat(alle).hasSizeGreaterThan(1000);
        assertThat(log.antalBlokerede(Feed.SAGSINDEKS)).isZero();
        Map<UUID, List<Sagsregistrering>> prSag = new LinkedHashMap<>();
        for (Leverance l : alle) {
            Sagsregistrering r = Sagsregistreringer.fraJson(l.indhold());
            assertThat(Anvisningskontrol.kontroller(r)).as("delivery %d of sag %s", l.loebenummer(), l.emneId()).isEmpty();
            prSag.computeIfAbsent(l.emneId(), k -> new ArrayList<>()).add(r);
        }
        prSag.forEach((sag, liste) -> {
            assertThat(liste.get(0).operation()).as("first delivery of %s", sag).isEqualTo(Sagsregistrering.Operation.IMPORTER);
            assertThat(liste.subList(1, liste.size())).as("later deliveries of %s", sag)
                    .allMatch(r -> r.operation() == Sagsregistrering.Operation.OPDATER);
        });
        assertThat(prSag.values().stream().flatMap(List::stream).map(Sagsregistrering::skjultForBorger)).contains(true, false);
        assertThat(prSag.values().stream().flatMap(List::stream).map(Sagsregistrering::afgoerelsesklasse)).contains(null, "Bevilget", "Afslag");

        modtager().sagsindeksdokumenterErGyldige(alle.size());
        assertThat(metrik.find("ledger.feed.valideringsfejl").counters()).allMatch(c -> c.count() == 0);
        assertThat(metrik.find("ledger.feed.leverancer").tag("feed", "SAGSINDEKS").counter().count()).isEqualTo(alle.size());
    }

    @Test
    @Order(2)
    void everyYdelsesindeksDeliveryValidatesAndEachBevillingOfANamedCitizenWithAStartdatoIsDeliveredWithItsDates() throws Exception {
        List<Leverance> alle = log.efter(Feed.YDELSESINDEKS, 0, Integer.MAX_VALUE);
        assertThat(log.antalBlokerede(Feed.YDELSESINDEKS)).isZero();
        int valideret = 0;
        for (String dokument : modtager().xmlDokumenter("ydelsesindeks")) {
            assertThat(YdelsesindeksSkema.valider(dokument)).as("schema errors in %s", dokument).isEmpty();
            valideret++;
        }
        assertThat(valideret).isEqualTo(alle.size());

        Map<UUID, Ydelsesregistrering> seneste = new HashMap<>();
        alle.forEach(l -> seneste.put(l.emneId(), Ydelsesregistreringer.fraJson(l.indhold())));
        List<Map<String, Object>> ydelser = jdbc.queryForList("SELECT y.bevilling_id, y.sag_id, y.startdato, y.slut, y.beloeb_oere "
                + "FROM ydelse y JOIN borger b ON b.borger_id = y.borger_id WHERE y.startdato IS NOT NULL AND b.identtype = 'CPR'");
        assertThat(ydelser).hasSizeGreaterThan(100);
        for (Map<String, Object> y : ydelser) {
            UUID id = (UUID) y.get("bevilling_id");
            assertThat(seneste.get(id)).as("bevilling %s", id).isInstanceOf(Bevillingsregistrering.class);
            Bevillingsregistrering b = (Bevillingsregistrering) seneste.get(id);
            assertThat(b.ydelser().get(0).startdato()).isEqualTo(((java.sql.Date) y.get("startdato")).toLocalDate());
            java.sql.Date slut = (java.sql.Date) y.get("slut");
            assertThat(b.ydelser().get(0).slutdato()).isEqualTo(slut == null ? null : slut.toLocalDate().plusDays(1));
            assertThat(b.sag() == null ? null : b.sag().sagUuid()).as("Bevillingssag only with a sag").isEqualTo(y.get("sag_id"));
        }
        List<UUID> venteliste = jdbc.queryForList("SELECT bevilling_id FROM ydelse WHERE startdato IS NULL", UUID.class);
        assertThat(venteliste).as("no start date, nothing the index can hold").isNotEmpty().noneMatch(seneste::containsKey);
        List<UUID> anonyme = jdbc.queryForList("SELECT y.bevilling_id FROM ydelse y JOIN borger b ON b.borger_id = y.borger_id "
                + "WHERE b.identtype = 'ANONYM'", UUID.class);
        assertThat(anonyme).as("no ydelsesmodtager the index can name").isNotEmpty().noneMatch(seneste::containsKey);
        List<UUID> oekonomiske = ydelser.stream().filter(y -> y.get("beloeb_oere") != null).map(y -> (UUID) y.get("bevilling_id")).toList();
        assertThat(oekonomiske).as("cash ydelser (SEL § 95) in the history").isNotEmpty();

        HttpResponse<String> afstemt = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/admin/feeds/ydelsesindeks/afstemning")).header("Authorization", Testtokens.bearer(Testtokens.bruger("drift", Testtokens.AALBORG, Adgangsrolle.DRIFT))).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(afstemt.statusCode()).as(afstemt.body()).isEqualTo(200);
        List<Leverance> medEffektueringer = log.efter(Feed.YDELSESINDEKS, 0, Integer.MAX_VALUE);
        assertThat(medEffektueringer.subList(0, alle.size())).isEqualTo(alle);
        Map<UUID, List<Effektueringsregistrering>> effektueringer = new HashMap<>();
        medEffektueringer.stream().map(l -> Ydelsesregistreringer.fraJson(l.indhold())).filter(r -> r instanceof Effektueringsregistrering)
                .map(r -> (Effektueringsregistrering) r).forEach(e -> effektueringer.computeIfAbsent(e.bevillingUuid(), k -> new ArrayList<>()).add(e));
        assertThat(effektueringer.keySet()).as("every cash ydelse has its monthly effektueringer").containsAll(oekonomiske);
        assertThat(log.antalBlokerede(Feed.YDELSESINDEKS)).isZero();
        int alleValideret = 0;
        for (String dokument : modtager().xmlDokumenter("ydelsesindeks")) {
            assertThat(YdelsesindeksSkema.valider(dokument)).as("schema errors in %s", dokument).isEmpty();
            alleValideret++;
        }
        assertThat(alleValideret).isEqualTo(medEffektueringer.size());
    }

    @Test
    @Order(3)
    void theFeedAReceiverAssemblesFromPagesEqualsTheSagerProjectionUnderEachKommunesPolicy() throws Exception {
        Map<UUID, JsonNode> modtaget = modtager().modtagFraStart("sagsindeks");
        assertThat(modtaget.keySet()).containsExactlyInAnyOrderElementsOf(jdbc.queryForList("SELECT sag_id FROM sag", UUID.class));
        sammenlignMedProjektionen(modtaget);
    }

    @Test
    @Order(4)
    void aPolicyChangeReachesReceiversAsCorrectingRegistrationsAfterEverythingTheyHad() throws Exception {
        List<Leverance> foer = log.efter(Feed.SAGSINDEKS, 0, Integer.MAX_VALUE);
        String kommune = kommuner.get(0);
        List<UUID> skifter = jdbc.queryForList("SELECT s.sag_id FROM sag s WHERE s.ejer = ? AND "
                + "(SELECT string_agg(fremdrift || virkning_fra || coalesce(virkning_til::text, '-'), ',' ORDER BY loebenummer) "
                + " FROM sag_fremdrift f WHERE f.sag_id = s.sag_id AND f.politik = 'VED_AFGOERELSE' AND registreret_til IS NULL) IS DISTINCT FROM "
                + "(SELECT string_agg(fremdrift || virkning_fra || coalesce(virkning_til::text, '-'), ',' ORDER BY loebenummer) "
                + " FROM sag_fremdrift f WHERE f.sag_id = s.sag_id AND f.politik = 'EKSPLICIT' AND registreret_til IS NULL)", UUID.class, kommune);
        assertThat(skifter).as("sager whose fremdrift differs between the policies").isNotEmpty();

        HttpResponse<String> svar = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/politik/aendringer"))
                .header("Content-Type", "application/json").header("X-Kommando-Id", UUID.randomUUID().toString()).header("Authorization", Testtokens.bearer(Testtokens.bruger("politikchef", kommune, Adgangsrolle.KONFIGURATION)))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("kommune", kommune, "klePraefiks", "",
                        "politik", "EKSPLICIT", "gyldigFra", LAENGE_SIDEN.toString())))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(201);
        assertThat(motor.venTilAjour(Duration.ofMinutes(1))).as("the feed applied the setting's fact").isTrue();

        List<Leverance> efter = log.efter(Feed.SAGSINDEKS, 0, Integer.MAX_VALUE);
        assertThat(efter.subList(0, foer.size())).as("what receivers already had is unchanged").isEqualTo(foer);
        List<Leverance> rettelser = efter.subList(foer.size(), efter.size());
        assertThat(rettelser).allMatch(l -> l.aarsag() == Leveranceaarsag.KORREKTION && l.operation().equals("OPDATER"));
        assertThat(rettelser.stream().map(Leverance::emneId)).containsExactlyInAnyOrderElementsOf(skifter);
        assertThat(rettelser).allMatch(l -> Sagsregistreringer.fraJson(l.indhold()).brugerRef().equals("politikchef"));

        Map<UUID, JsonNode> modtaget = modtager().modtagFraStart("sagsindeks");
        sammenlignMedProjektionen(modtaget);
    }

    @Test
    @Order(5)
    void hidingAKleGroupFromCitizensReachesTheSagsindeksAtOnceWithoutWaitingForTheNight() throws Exception {
        List<Leverance> foer = log.efter(Feed.SAGSINDEKS, 0, Integer.MAX_VALUE);
        String kommune = kommuner.get(2);
        List<UUID> underPleje = jdbc.queryForList("SELECT sag_id FROM sag WHERE ejer = ? AND kle_nummer LIKE '27.36.%'", UUID.class, kommune);
        assertThat(underPleje).as("the kommune's sager under 27.36, none hidden so far").isNotEmpty();

        HttpResponse<String> svar = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/borgerblik/konfiguration"))
                .header("Content-Type", "application/json").header("X-Kommando-Id", UUID.randomUUID().toString())
                .header("Authorization", Testtokens.bearer(Testtokens.bruger("borgerblikchef", kommune, Adgangsrolle.KONFIGURATION)))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("kommune", kommune, "klePraefiks", "27.36",
                        "gyldigFra", LAENGE_SIDEN.toString(), "titelKilde", "KLE", "dokumenttitler", false, "niveau2", false,
                        "skjulForBorger", true)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(201);
        assertThat(motor.venTilAjour(Duration.ofMinutes(1))).as("the feed applied the setting's fact").isTrue();

        List<Leverance> efter = log.efter(Feed.SAGSINDEKS, 0, Integer.MAX_VALUE);
        assertThat(efter.subList(0, foer.size())).as("what receivers already had is unchanged").isEqualTo(foer);
        List<Leverance> rettelser = efter.subList(foer.size(), efter.size());
        assertThat(rettelser.stream().map(Leverance::emneId)).containsExactlyInAnyOrderElementsOf(underPleje);
        assertThat(rettelser).allMatch(l -> l.aarsag() == Leveranceaarsag.KORREKTION && l.operation().equals("OPDATER"))
                .allMatch(l -> Sagsregistreringer.fraJson(l.indhold()).skjultForBorger())
                .allMatch(l -> Sagsregistreringer.fraJson(l.indhold()).brugerRef().equals("borgerblikchef"));
        assertThat(log.antalBlokerede(Feed.SAGSINDEKS)).isZero();
    }

    @Test
    @Order(6)
    void rebuildingTheFeedsFromZeroSendsNothingAgain() {
        Map<Feed, List<Leverance>> foer = Map.of(Feed.SAGSINDEKS, log.efter(Feed.SAGSINDEKS, 0, Integer.MAX_VALUE), Feed.YDELSESINDEKS,
                log.efter(Feed.YDELSESINDEKS, 0, Integer.MAX_VALUE));
        motor.genopbyg(List.of("sagsindeks-feed", "ydelsesindeks-feed"));
        assertThat(motor.venTilAjour(Duration.ofMinutes(3))).isTrue();
        assertThat(log.efter(Feed.SAGSINDEKS, 0, Integer.MAX_VALUE)).isEqualTo(foer.get(Feed.SAGSINDEKS));
        assertThat(log.efter(Feed.YDELSESINDEKS, 0, Integer.MAX_VALUE)).isEqualTo(foer.get(Feed.YDELSESINDEKS));
    }

    /** Each sag's latest registration against its row and its believed fremdrift under the kommune's policy today. */
    private void sammenlignMedProjektionen(Map<UUID, JsonNode> modtaget) {
        Map<String, List<dk.careledger.projection.sag.politik.laesning.Politikindstilling>> konf = new HashMap<>();
        List<Map<String, Object>> sager = jdbc.queryForList("SELECT sag_id, sagsnummer, kle_nummer, handlingsfacet, foelsomhed, ejer, "
                + "ansvarlig_enhed, primaer_behandler, borger_id, sagsstatus FROM sag");
        for (Map<String, Object> s : sager) {
            UUID sagId = (UUID) s.get("sag_id");
            JsonNode gengivet = modtaget.get(sagId);
            JsonNode r = gengivet.get("registrering");
            assertThat(r.get("sagsnummer").asText()).isEqualTo(s.get("sagsnummer"));
            assertThat(r.get("kleEmne").asText()).isEqualTo(s.get("kle_nummer"));
            assertThat(r.get("handlingsfacet").asText()).isEqualTo(s.get("handlingsfacet"));
            assertThat(r.get("foelsomhed").asText()).isEqualTo(s.get("foelsomhed"));
            assertThat(r.get("ejerCvr").asText()).isEqualTo(s.get("ejer"));
            assertThat(r.get("ansvarligEnhed").asText()).isEqualTo(s.get("ansvarlig_enhed"));
            assertThat(r.get("primaerBehandler").isNull() ? null : r.get("primaerBehandler").asText()).isEqualTo(s.get("primaer_behandler"));
            assertThat(r.get("borgerId").asText()).isEqualTo(s.get("borger_id").toString());
            assertThat(r.get("sagsstatus").asText()).isEqualTo(s.get("sagsstatus"));
            if (!gengivet.get("primaerPart").isNull()) {
                assertThat(gengivet.get("primaerPart").asText()).startsWith("urn:oio:");
            }

            String kommune = (String) s.get("ejer");
            Politik politik = Effektiv.for_(konf.computeIfAbsent(kommune, politikker::forKommune), kommune, (String) s.get("kle_nummer"),
                    LocalDate.now()).politik();
            List<String> forventet = jdbc.query("SELECT fremdrift, virkning_fra, virkning_til FROM sag_fremdrift WHERE sag_id = ? AND politik = ? "
                    + "AND registreret_til IS NULL ORDER BY virkning_fra, loebenummer", (rs, n) -> rs.getString(1) + " " + rs.getDate(2)
                            + " " + rs.getDate(3), sagId, politik.name());
            List<String> leveret = new ArrayList<>();
            r.get("tilstande").forEach(t -> leveret.add(t.get("fremdrift").asText() + " " + t.get("fra").asText() + " "
                    + (t.get("til").isNull() ? "null" : t.get("til").asText())));
            assertThat(leveret).as("fremdrift of sag %s under %s", sagId, politik).isEqualTo(forventet);
        }
    }

    private static List<String> alleHaendelsestyper() {
        return Stream.of(HenvendelseEvent.class, SagEvent.class, BevillingEvent.class, ForloebEvent.class)
                .flatMap(s -> Arrays.stream(s.getPermittedSubclasses())).map(Class::getSimpleName).collect(Collectors.toList());
    }

    /** A receiver that pulls as the integration of every kommune with data (each sees only its own, ADR 0019). */
    private Feedmodtager modtager() {
        return new Feedmodtager(port, jdbc.queryForList("SELECT ejer FROM sag UNION SELECT kommune FROM ydelse ORDER BY 1", String.class));
    }
}
