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
import dk.careledger.domain.felles.Foelsomhed;
import dk.careledger.domain.katalog.Katalog;
import dk.careledger.indeksfeed.Feed;
import dk.careledger.indeksfeed.Leveranceaarsag;
import dk.careledger.indeksfeed.Leverancelog;
import dk.careledger.indeksfeed.Leverancelog.Leverance;
import dk.careledger.indeksfeed.sagsindeks.Anvisningskontrol;
import dk.careledger.indeksfeed.sagsindeks.Sagsregistrering;
import dk.careledger.indeksfeed.sagsindeks.Sagsregistrering.Operation;
import dk.careledger.indeksfeed.sagsindeks.Sagsregistreringer;
import dk.careledger.indeksfeed.ydelsesindeks.Bevillingsregistrering;
import dk.careledger.indeksfeed.ydelsesindeks.Ydelsesregistrering;
import dk.careledger.indeksfeed.ydelsesindeks.Ydelsesregistreringer;
import dk.careledger.projection.motor.Projektionsmotor;
import dk.careledger.domain.indstilling.Politik;
import dk.careledger.domain.indstilling.Sagsbegreb;
import dk.careledger.projection.sag.laesning.SagTilstand.Periode;
import dk.careledger.app.testsupport.Indstillingskommandoer;
import dk.careledger.commandside.kommando.Kommandoafsender;
import dk.careledger.projection.sag.politik.laesning.Politikindstillinger;
import dk.careledger.projection.sag.sagsbegreb.laesning.VariantSag;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
 * The Sagsindeks delivers each kommune's configured case concept (ADR 0014), over a generated history in three kommuner:
 * one on borgersag per område, one on FSIII per forløb, one on the default enkeltsager. Every delivery validates against
 * KOMBIT's XSDs and passes the anvisning checks; the feed a receiver assembles from pages equals the rows of each
 * kommune's variant (the sagsbegreb projection's rows, the sager projection for enkeltsager) field by field and fremdrift
 * row by row; switching a kommune's variant reaches receivers as a regrouping (Fjern for the index sager that vanished,
 * Importer for the new ones, nothing for the others); and a rebuild appends nothing. The tests share one history and run
 * in order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ledger.test.kontekst=sagsbegrebindeks")
@EmbeddedPostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SagsbegrebIndeksTest {
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
    Katalog katalog;

    @Autowired
    JdbcTemplate jdbc;

    /** The kommune on borgersag per område, the one on FSIII per forløb, the one on the default. */
    String borgersag;
    String fsiii;
    String standard;

    @BeforeAll
    void enGenereretHistorieITreKommunerMedHverSitSagsbegreb() {
        Arbejdsbyrde byrde = Arbejdsbyrde.af(Parametre.af(4242L, 200, 200, 3));
        List<String> kommuner = byrde.parametre().kommuner().stream().map(Kommune::cvr).map(c -> c.value()).toList();
        borgersag = kommuner.get(0);
        fsiii = kommuner.get(1);
        standard = kommuner.get(2);
        Indstillingskommandoer indstillinger = new Indstillingskommandoer(kommandoafsender);
        indstillinger.politik(borgersag, "", Politik.VED_AFGOERELSE, Sagsbegreb.BORGERSAG_PR_OMRAADE, LAENGE_SIDEN);
        indstillinger.politik(fsiii, "", Politik.VED_LEVERINGSOPHOER, Sagsbegreb.FSIII_PR_FORLOEB, LAENGE_SIDEN);
        bulkindlaeser.registrerBorgere(byrde.borgere(), byrde.parametre().startdato().atStartOfDay(ZoneOffset.UTC).toInstant());
        bulkindlaeser.indlaesHaendelser(byrde.koer(noegleBoks), 400, Bulkindlaeser.Fremskridt.ingen());
        assertThat(motor.venTilAjour(Duration.ofMinutes(3))).as("the feeds caught up").isTrue();
    }

    @Test
    @Order(1)
    void everyDeliveryOfEveryVariantValidatesAgainstTheXsdsAndPassesTheAnvisningChecks() throws Exception {
        List<Leverance> alle = log.efter(Feed.SAGSINDEKS, 0, Integer.MAX_VALUE);
        assertThat(log.antalBlokerede(Feed.SAGSINDEKS)).isZero();
        Map<UUID, List<Operation>> prEmne = new LinkedHashMap<>();
        for (Leverance l : alle) {
            Sagsregistrering r = Sagsregistreringer.fraJson(l.indhold());
            assertThat(Anvisningskontrol.kontroller(r)).as("delivery %d of %s", l.loebenummer(), l.emneId()).isEmpty();
            prEmne.computeIfAbsent(l.emneId(), k -> new ArrayList<>()).add(r.operation());
        }
        prEmne.forEach((emne, ops) -> {
            assertThat(ops.get(0)).as("first delivery of %s", emne).isEqualTo(Operation.IMPORTER);
            for (int i = 1; i < ops.size(); i++) {
                assertThat(ops.get(i) == Operation.IMPORTER).as("an Importer of %s only after a Fjern", emne)
                        .isEqualTo(ops.get(i - 1) == Operation.FJERN);
            }
        });
        assertThat(prEmne.values()).as("an FSIII sag that joins its forløb after it was delivered on its own is removed")
                .anyMatch(ops -> ops.contains(Operation.FJERN));
        Set<String> sagsnumre = alle.stream().map(l -> Sagsregistreringer.fraJson(l.indhold()).sagsnummer()).collect(Collectors.toSet());
        assertThat(sagsnumre).as("borgersager and forløb sager are delivered").anyMatch(s -> s.startsWith("BS-"))
                .anyMatch(s -> s.startsWith("FL-"));

        modtager().sagsindeksdokumenterErGyldige(alle.size());
    }

    @Test
    @Order(2)
    void theFeedAReceiverAssemblesEqualsTheRowsOfEachKommunesVariant() throws Exception {
        sammenlign(modtager().modtagFraStart("sagsindeks"), Map.of(borgersag, Sagsbegreb.BORGERSAG_PR_OMRAADE, fsiii, Sagsbegreb.FSIII_PR_FORLOEB, standard,
                Sagsbegreb.ENKELTSAGER));
    }

    @Test
    @Order(3)
    void everyBevillingssagTheYdelsesindeksNamesIsASagTheSagsindeksHoldsUnderEachVariant() throws Exception {
        bevillingssagerFindesISagsindekset(true);
    }

    @Test
    @Order(4)
    void switchingAKommunesVariantRemovesTheVanishedIndexSagerImportsTheNewAndLeavesTheOthers() throws Exception {
        List<Leverance> foer = log.efter(Feed.SAGSINDEKS, 0, Integer.MAX_VALUE);
        Set<UUID> havde = modtager().modtagFraStart("sagsindeks").keySet();

        HttpResponse<String> svar = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/politik/aendringer"))
                .header("Content-Type", "application/json").header("X-Kommando-Id", UUID.randomUUID().toString()).header("Authorization", Testtokens.bearer(Testtokens.bruger("sagsbegrebschef", standard, Adgangsrolle.KONFIGURATION)))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("kommune", standard, "klePraefiks", "",
                        "sagsbegreb", "BORGERSAG_PR_OMRAADE", "gyldigFra", LAENGE_SIDEN.toString())))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(201);
        assertThat(motor.venTilAjour(Duration.ofMinutes(1))).as("the feed applied the setting's fact").isTrue();

        List<Leverance> efter = log.efter(Feed.SAGSINDEKS, 0, Integer.MAX_VALUE);
        assertThat(efter.subList(0, foer.size())).as("what receivers already had is unchanged").isEqualTo(foer);
        List<Leverance> rettelser = efter.subList(foer.size(), efter.size());
        assertThat(rettelser).isNotEmpty().allMatch(l -> l.aarsag() == Leveranceaarsag.KORREKTION)
                .allMatch(l -> Sagsregistreringer.fraJson(l.indhold()).brugerRef().equals("sagsbegrebschef"));
        Map<UUID, JsonNode> modtaget = modtager().modtagFraStart("sagsindeks");
        Set<UUID> forsvundne = new HashSet<>(havde);
        forsvundne.removeAll(modtaget.keySet());
        Set<UUID> nye = new HashSet<>(modtaget.keySet());
        nye.removeAll(havde);
        assertThat(forsvundne).as("the kommune's enkeltsager").isNotEmpty()
                .isEqualTo(Set.copyOf(jdbc.queryForList("SELECT sag_id FROM sag WHERE ejer = ?", UUID.class, standard)));
        assertThat(rettelser.stream().filter(l -> l.operation().equals("FJERN")).map(Leverance::emneId))
                .containsExactlyInAnyOrderElementsOf(forsvundne);
        assertThat(rettelser.stream().filter(l -> l.operation().equals("IMPORTER")).map(Leverance::emneId))
                .containsExactlyInAnyOrderElementsOf(nye).isNotEmpty();
        assertThat(rettelser).as("nothing for the index sager that stay").noneMatch(l -> l.operation().equals("OPDATER"));

        sammenlign(modtaget, Map.of(borgersag, Sagsbegreb.BORGERSAG_PR_OMRAADE, fsiii, Sagsbegreb.FSIII_PR_FORLOEB, standard,
                Sagsbegreb.BORGERSAG_PR_OMRAADE));
        assertThat(log.antalBlokerede(Feed.SAGSINDEKS)).isZero();
        modtager().sagsindeksdokumenterErGyldige(efter.size());
    }

    @Test
    @Order(5)
    void afterTheRegroupingTheYdelsesindeksPointsEveryBevillingOfTheKommuneAtItsBorgersagWithAnOpdater() throws Exception {
        List<UUID> kommunensSager = jdbc.queryForList("SELECT sag_id FROM sag WHERE ejer = ?", UUID.class, standard);
        bevillingssagerFindesISagsindekset(false);
        List<Bevillingsregistrering> paaKommunensSager = bevillingerMedSag().stream().filter(b -> b.ejerCvr().equals(standard)).toList();
        assertThat(paaKommunensSager).as("bevillinger on the regrouped kommune's sager").isNotEmpty()
                .allMatch(b -> b.sag().sagsnummer().startsWith("BS-"))
                .noneMatch(b -> kommunensSager.contains(b.sag().sagUuid()));
        assertThat(paaKommunensSager).as("each reached receivers as an Opdater by the settings' user")
                .allMatch(b -> b.operation() == Ydelsesregistrering.Operation.OPDATER && b.brugerRef().equals("sagsbegrebschef"));
        assertThat(log.antalBlokerede(Feed.YDELSESINDEKS)).isZero();
    }

    @Test
    @Order(6)
    void rebuildingTheFeedsAfterTheRegroupingAppendsNothing() {
        List<Leverance> foer = log.efter(Feed.SAGSINDEKS, 0, Integer.MAX_VALUE);
        List<Leverance> ydelserFoer = log.efter(Feed.YDELSESINDEKS, 0, Integer.MAX_VALUE);
        motor.genopbyg(List.of("sagsindeks-feed", "ydelsesindeks-feed"));
        assertThat(motor.venTilAjour(Duration.ofMinutes(3))).isTrue();
        assertThat(log.efter(Feed.SAGSINDEKS, 0, Integer.MAX_VALUE)).isEqualTo(foer);
        assertThat(log.efter(Feed.YDELSESINDEKS, 0, Integer.MAX_VALUE)).isEqualTo(ydelserFoer);
    }

    /**
     * What a receiver holds of the Ydelsesindeks against what it holds of the Sagsindeks: every Bevillingssag names an
     * index sag the Sagsindeks holds, with that sag's number; {@code alleVarianter}: borgersager and forløb sager are among them.
     */
    private void bevillingssagerFindesISagsindekset(boolean alleVarianter) throws Exception {
        Map<UUID, JsonNode> sager = modtager().modtagFraStart("sagsindeks");
        List<Bevillingsregistrering> medSag = bevillingerMedSag();
        assertThat(medSag).isNotEmpty();
        for (Bevillingsregistrering b : medSag) {
            assertThat(sager).as("the Bevillingssag of bevilling %s", b.bevillingUuid()).containsKey(b.sag().sagUuid());
            assertThat(b.sag().sagsnummer()).isEqualTo(sager.get(b.sag().sagUuid()).get("registrering").get("sagsnummer").asText());
        }
        if (alleVarianter) {
            assertThat(medSag).extracting(b -> b.sag().sagsnummer().substring(0, 3))
                    .as("borgersager, forløb sager and ledger sager").contains("BS-", "FL-").anyMatch(n -> !n.startsWith("BS-") && !n.startsWith("FL-"));
        }
    }

    /** Each bevilling's latest registration in the Ydelsesindeks delivery log, of those that rest on a sag. */
    private List<Bevillingsregistrering> bevillingerMedSag() {
        Map<UUID, Bevillingsregistrering> seneste = new LinkedHashMap<>();
        for (Leverance l : log.efter(Feed.YDELSESINDEKS, 0, Integer.MAX_VALUE)) {
            if (Ydelsesregistreringer.fraJson(l.indhold()) instanceof Bevillingsregistrering b) {
                seneste.put(l.emneId(), b);
            }
        }
        return seneste.values().stream().filter(b -> b.sag() != null).toList();
    }

    // ---- the expectation ----

    /**
     * What a receiver holds (index sag → its latest registration as served, Fjern'd ones left out) against each kommune's
     * variant: the sagsbegreb projection's rows with a member sag (borgersag, forløb), and the kommune's own sager where
     * the ledger sag is the index sag (enkeltsager, FSIII sager tied to no forløb).
     */
    private void sammenlign(Map<UUID, JsonNode> modtaget, Map<String, Sagsbegreb> varianter) {
        Map<UUID, VariantSag> raekker = new HashMap<>();
        Set<UUID> enkeltsager = new HashSet<>();
        varianter.forEach((kommune, variant) -> {
            if (variant == Sagsbegreb.ENKELTSAGER) {
                enkeltsager.addAll(jdbc.queryForList("SELECT sag_id FROM sag WHERE ejer = ?", UUID.class, kommune));
                return;
            }
            jdbc.query("SELECT * FROM sagsbegreb_sag WHERE variant = ? AND kommune = ?", rs -> {
                VariantSag v = VariantSag.fra(rs);
                if (v.noegle().startsWith("sag:")) {
                    enkeltsager.add(v.sagIds().get(0));
                } else if (!v.sagIds().isEmpty() && !v.noegle().startsWith("bevilling:")) {
                    raekker.put(v.id(), v);
                }
            }, variant.name(), kommune);
        });
        assertThat(raekker.values()).extracting(VariantSag::variant).containsAll(varianter.values().stream()
                .filter(v -> v != Sagsbegreb.ENKELTSAGER).toList());
        Set<UUID> forventet = new HashSet<>(raekker.keySet());
        forventet.addAll(enkeltsager);
        assertThat(modtaget.keySet()).containsExactlyInAnyOrderElementsOf(forventet);

        Map<UUID, Map<String, Object>> sager = new HashMap<>();
        jdbc.queryForList("SELECT sag_id, sagsnummer, kle_nummer, handlingsfacet, foelsomhed, ejer, ansvarlig_enhed, primaer_behandler, "
                + "borger_id, sagsstatus, opstaaet_dato FROM sag").forEach(s -> sager.put((UUID) s.get("sag_id"), s));
        raekker.values().forEach(v -> sammenlignRaekke(v, modtaget.get(v.id()), sager));
        enkeltsager.forEach(id -> sammenlignSag(sager.get(id), modtaget.get(id).get("registrering")));
    }

    /** A borgersag or forløb sag against its variant row and its member sager. */
    private void sammenlignRaekke(VariantSag v, JsonNode gengivet, Map<UUID, Map<String, Object>> sager) {
        JsonNode r = gengivet.get("registrering");
        String hex = v.id().toString().replace("-", "");
        boolean borgersag = v.variant() == Sagsbegreb.BORGERSAG_PR_OMRAADE;
        String kle = borgersag ? v.omraade() + ".00" : v.omraade().length() == 5 ? v.omraade() + ".00" : v.omraade();
        assertThat(r.get("sagUuid").asText()).isEqualTo(v.id().toString());
        assertThat(r.get("sagsnummer").asText()).isEqualTo(borgersag ? "BS-" + v.omraade() + "-" + hex : "FL-" + hex);
        assertThat(r.get("kleEmne").asText()).isEqualTo(kle);
        assertThat(gengivet.get("titel").asText()).as("the public title").isEqualTo(borgersag ? katalog.kleEmne(kle).orElseThrow().titel()
                : katalog.forloebstype(v.titelKode()).orElseThrow().navn());
        assertThat(r.get("ejerCvr").asText()).isEqualTo(v.kommune());
        assertThat(r.get("borgerId").asText()).isEqualTo(v.borgerId().toString());
        List<Map<String, Object>> medlemmer = v.sagIds().stream().map(sager::get).toList();
        assertThat(r.get("foelsomhed").asText()).isEqualTo(medlemmer.stream().map(s -> Foelsomhed.valueOf((String) s.get("foelsomhed")))
                .max(Enum::compareTo).orElseThrow().name());
        java.sql.Date senest = medlemmer.stream().map(s -> (java.sql.Date) s.get("opstaaet_dato")).max(java.util.Comparator.naturalOrder())
                .orElseThrow();
        assertThat(r.get("ansvarligEnhed").asText()).as("a unit of the member begun most recently").isIn(medlemmer.stream()
                .filter(s -> s.get("opstaaet_dato").equals(senest)).map(s -> s.get("ansvarlig_enhed")).toList());
        assertThat(tilstande(r)).as("fremdrift of %s", v.noegle()).isEqualTo(v.tidslinje().stream().map(SagsbegrebIndeksTest::tekst).toList());
    }

    /** An enkeltsag against the sager projection: its row and its fremdrift under the kommune's policy today. */
    private void sammenlignSag(Map<String, Object> s, JsonNode r) {
        assertThat(r.get("sagsnummer").asText()).isEqualTo(s.get("sagsnummer"));
        assertThat(r.get("kleEmne").asText()).isEqualTo(s.get("kle_nummer"));
        assertThat(r.get("ejerCvr").asText()).isEqualTo(s.get("ejer"));
        assertThat(r.get("ansvarligEnhed").asText()).isEqualTo(s.get("ansvarlig_enhed"));
        assertThat(r.get("borgerId").asText()).isEqualTo(s.get("borger_id").toString());
        Politik politik = politikker.effektiv((String) s.get("ejer"), (String) s.get("kle_nummer"), LocalDate.now()).politik();
        List<String> forventet = jdbc.query("SELECT fremdrift, virkning_fra, virkning_til FROM sag_fremdrift WHERE sag_id = ? AND politik = ? "
                + "AND registreret_til IS NULL ORDER BY virkning_fra, loebenummer", (rs, n) -> rs.getString(1) + " " + rs.getDate(2) + " "
                        + rs.getDate(3), s.get("sag_id"), politik.name());
        assertThat(tilstande(r)).as("fremdrift of sag %s under %s", s.get("sag_id"), politik).isEqualTo(forventet);
    }

    private static List<String> tilstande(JsonNode r) {
        List<String> ud = new ArrayList<>();
        r.get("tilstande").forEach(t -> ud.add(t.get("fremdrift").asText() + " " + t.get("fra").asText() + " "
                + (t.get("til").isNull() ? "null" : t.get("til").asText())));
        return ud;
    }

    private static String tekst(Periode p) {
        return p.fremdrift() + " " + p.fra() + " " + p.til();
    }

    // ---- the receiver ----

    /** A receiver that pulls as the integration of every kommune with data (each sees only its own, ADR 0019). */
    private Feedmodtager modtager() {
        return new Feedmodtager(port, jdbc.queryForList("SELECT ejer FROM sag UNION SELECT kommune FROM ydelse ORDER BY 1", String.class));
    }
}
