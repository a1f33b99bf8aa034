package dk.careledger.app.arbejdsliste;

import static dk.careledger.app.arbejdsliste.Klient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.projection.arbejdsliste.ArbejdslisteProjektion;
import dk.careledger.projection.motor.Projektionsmotor;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
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
 * The caseworkers' worklists over REST, driven by commands: every test works in a kommune of its own, uses dates
 * relative to the real today, waits for the projections, and reads the lists as a caseworker would. Expected day
 * counts are taken relative to the {@code dato} each list reports it was computed for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class ArbejdslisterTest {
    private static final String VISITATION = "visitation-syd";
    private static final String SYGEPLEJE = "sygepleje-nord";

    @LocalServerPort
    int port;

    @Autowired
    Projektionsmotor projektionsmotor;

    @Autowired
    ArbejdslisteProjektion projektion;

    @Autowired
    JdbcTemplate jdbc;

    String kommune;
    Klient klient;
    LocalDate idag;

    @BeforeEach
    void kommuneForTesten() {
        kommune = Klient.nyKommune();
        klient = new Klient(port, kommune);
        idag = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    }

    private JsonNode liste(String sti) {
        assertThat(projektionsmotor.venTilAjour(Duration.ofSeconds(20))).isTrue();
        Klient.Svar svar = klient.get(sti);
        assertThat(svar.status()).as("%s", svar).isEqualTo(200);
        assertThat(svar.krop().get("kommune").asText()).isEqualTo(kommune);
        assertThat(svar.krop().get("antal").asInt()).isEqualTo(svar.krop().get("poster").size());
        return svar.krop();
    }

    private static LocalDate dato(JsonNode liste) {
        return LocalDate.parse(liste.get("dato").asText());
    }

    private static List<String> ids(JsonNode liste, String felt) {
        List<String> ids = new ArrayList<>();
        liste.get("poster").forEach(p -> ids.add(p.get(felt).asText()));
        return ids;
    }

    private static Map<String, JsonNode> efterId(JsonNode liste, String felt) {
        Map<String, JsonNode> m = new HashMap<>();
        liste.get("poster").forEach(p -> m.put(p.get(felt).asText(), p));
        return m;
    }

    @Test
    void henvendelserNotYetHandledAreListedOldestFirstWithDaysWaitingAndLeaveWhenHandled() {
        UUID borger = klient.borger();
        UUID henvisning = klient.henvendelse(borger, "A12", idag.minusDays(5), null, "Udskrevet efter hoftefraktur");
        UUID fraBorger = klient.henvendelse(borger, "A1", idag.minusDays(2), "SEL-83-PP", "Kan ikke komme i bad");
        UUID afvist = klient.henvendelse(borger, "A2", idag.minusDays(3), null, "Datteren spørger til hjælp");

        JsonNode foer = liste("/api/arbejdslister/henvendelser?kommune=" + kommune);
        assertThat(ids(foer, "henvendelseId")).containsExactly(henvisning.toString(), afvist.toString(), fraBorger.toString());
        JsonNode anden = foer.get("poster").get(2);
        assertThat(anden.get("henvisning").asBoolean()).isFalse();
        assertThat(anden.get("oensketIndsatsKode").asText()).isEqualTo("SEL-83-PP");

        // UC1 step 6: opening the sag from the henvendelse handles it; a henvendelse answered without a sag leaves too
        klient.sag(borger, VISITATION, "27.36.04", idag.minusDays(1), fraBorger);
        klient.haandter(afvist, "INGEN_SAG", idag);
        JsonNode liste = liste("/api/arbejdslister/henvendelser?kommune=" + kommune);

        assertThat(ids(liste, "henvendelseId")).containsExactly(henvisning.toString());
        JsonNode foerste = liste.get("poster").get(0);
        assertThat(foerste.get("modtagetDato").asText()).isEqualTo(idag.minusDays(5).toString());
        assertThat(foerste.get("dageVentet").asLong()).isEqualTo(dato(liste).toEpochDay() - idag.minusDays(5).toEpochDay());
        assertThat(foerste.get("kildeKode").asText()).isEqualTo("A12");
        assertThat(foerste.get("henvisning").asBoolean()).isTrue();
        assertThat(foerste.get("aarsag").asText()).isEqualTo("Udskrevet efter hoftefraktur");
        assertThat(foerste.get("sager")).isEmpty();
        // per unit: a henvendelse with no sag yet belongs to no unit
        assertThat(liste("/api/arbejdslister/henvendelser?kommune=" + kommune + "&enhed=" + VISITATION).get("poster")).isEmpty();
    }

    @Test
    void sagerAreMeasuredAgainstTheirFristFromTheFirstHenvendelseWithoutTheDaysIBero() {
        UUID borger = klient.borger();
        // personlig pleje applied for 20 days ago, sag opened 18 days ago: 7 days (default rule for SEL-83-PP), overdue
        UUID ansoegning = klient.henvendelse(borger, "A1", idag.minusDays(20), "SEL-83-PP", "Hjælp til bad");
        UUID overskredet = klient.sag(borger, VISITATION, "27.36.04", idag.minusDays(18), ansoegning);
        // opened 10 days ago (7 days for 27.36.04), i bero from 8 to 3 days ago: 5 days i bero, 2 days left
        UUID beroSag = klient.sag(borger, VISITATION, "27.36.04", idag.minusDays(10));
        klient.iBero(beroSag, idag.minusDays(8));
        klient.genoptag(beroSag, idag.minusDays(3));
        // i bero since 2 days ago: the clock stands still at 2 days
        UUID iBero = klient.sag(borger, VISITATION, "27.36.04", idag.minusDays(4));
        klient.iBero(iBero, idag.minusDays(2));
        // aflastning, 28 days, opened yesterday
        UUID iTide = klient.sag(borger, SYGEPLEJE, "27.36.08", idag.minusDays(1));
        // overdue in another unit
        UUID andenEnhed = klient.sag(borger, SYGEPLEJE, "27.36.04", idag.minusDays(30));
        // leave the list: afgørelse sent, closed without afgørelse, no frist configured for the area
        UUID afgjort = klient.sag(borger, VISITATION, "27.36.04", idag.minusDays(30));
        klient.afgoer(afgjort, idag.minusDays(1));
        UUID lukket = klient.sag(borger, VISITATION, "27.36.04", idag.minusDays(30));
        klient.afslutUdenAfgoerelse(lukket, idag.minusDays(1));
        UUID udenFrist = klient.sag(borger, VISITATION, "29.18.00", idag.minusDays(30));

        JsonNode liste = liste("/api/arbejdslister/frister?kommune=" + kommune);
        LocalDate d = dato(liste);

        assertThat(ids(liste, "sagId")).containsExactly(andenEnhed.toString(), overskredet.toString(), beroSag.toString(),
                iBero.toString(), iTide.toString()).doesNotContain(afgjort.toString(), lukket.toString(), udenFrist.toString());
        Map<String, JsonNode> sager = efterId(liste, "sagId");

        JsonNode a = sager.get(overskredet.toString());
        assertThat(a.get("fristStart").asText()).isEqualTo(idag.minusDays(20).toString());
        assertThat(a.get("opstaaetDato").asText()).isEqualTo(idag.minusDays(18).toString());
        assertThat(a.get("fristDage").asInt()).isEqualTo(7);
        assertThat(a.get("regel").get("kommune").asText()).isEqualTo("00000000");
        assertThat(a.get("regel").get("indsatsKode").asText()).isEqualTo("SEL-83-PP");
        assertThat(a.get("indsatser")).extracting(JsonNode::asText).containsExactly("SEL-83-PP");
        assertThat(a.get("fristDato").asText()).isEqualTo(idag.minusDays(13).toString());
        assertThat(a.get("dageTilbage").asLong()).isEqualTo(idag.minusDays(13).toEpochDay() - d.toEpochDay());
        assertThat(a.get("status").asText()).isEqualTo("OVERSKREDET");
        assertThat(a.get("titel").asText()).isEqualTo("Ansøgning om hjælp");
        assertThat(a.get("enhed").asText()).isEqualTo(VISITATION);

        JsonNode b = sager.get(beroSag.toString());
        assertThat(b.get("beroDage").asLong()).isEqualTo(5);
        assertThat(b.get("iBero").asBoolean()).isFalse();
        assertThat(b.get("fristDato").asText()).isEqualTo(idag.plusDays(2).toString());
        assertThat(b.get("aktiveDage").asLong()).isEqualTo(d.toEpochDay() - idag.minusDays(10).toEpochDay() - 5);
        assertThat(b.get("status").asText()).isEqualTo("TAET_PAA");

        JsonNode g = sager.get(iBero.toString());
        assertThat(g.get("iBero").asBoolean()).isTrue();
        assertThat(g.get("aktiveDage").asLong()).isEqualTo(2);
        assertThat(g.get("fristDato").asText()).isEqualTo(d.plusDays(5).toString());
        assertThat(g.get("status").asText()).isEqualTo("I_TIDE");

        JsonNode c = sager.get(iTide.toString());
        assertThat(c.get("fristDage").asInt()).isEqualTo(28);
        assertThat(c.get("status").asText()).isEqualTo("I_TIDE");

        // filters: status (one or more), unit, and the warning window
        assertThat(ids(liste("/api/arbejdslister/frister?kommune=" + kommune + "&status=OVERSKREDET"), "sagId"))
                .containsExactly(andenEnhed.toString(), overskredet.toString());
        assertThat(ids(liste("/api/arbejdslister/frister?kommune=" + kommune + "&enhed=" + VISITATION + "&status=OVERSKREDET,TAET_PAA"), "sagId"))
                .containsExactly(overskredet.toString(), beroSag.toString());
        assertThat(ids(liste("/api/arbejdslister/frister?kommune=" + kommune + "&status=TAET_PAA&varselDage=30"), "sagId"))
                .containsExactly(beroSag.toString(), iBero.toString(), iTide.toString());
    }

    @Test
    void aKommunesOwnFristReplacesTheDefaultForItsSagerFromItsGyldigFraAndIsReadBack() {
        UUID borger = klient.borger();
        UUID ansoegning = klient.henvendelse(borger, "A1", idag.minusDays(20), "SEL-83-PP", "Hjælp til bad");
        UUID sag = klient.sag(borger, VISITATION, "27.36.04", idag.minusDays(20), ansoegning);
        assertThat(liste("/api/arbejdslister/frister?kommune=" + kommune).get("poster").get(0).get("status").asText()).isEqualTo("OVERSKREDET");

        Klient.Svar tilfoejet = klient.put("/api/konfiguration/sagsbehandlingsfrister",
                json("kommune", kommune, "klePraefiks", "27.36", "fristDage", 30, "gyldigFra", "2020-01-01"));
        assertThat(tilfoejet.status()).as("%s", tilfoejet).isEqualTo(201);
        assertThat(tilfoejet.krop().get("haendelser").get(0).asText()).as("a fact of the kommune's settings (ADR 0021)")
                .isEqualTo("SagsbehandlingsfristFastsat");
        // the same rule again changes nothing; a rule that starts tomorrow does not apply to an application received before
        assertThat(klient.put("/api/konfiguration/sagsbehandlingsfrister",
                json("kommune", kommune, "klePraefiks", "27.36", "fristDage", 30, "gyldigFra", "2020-01-01")).status()).isEqualTo(200);
        assertThat(klient.put("/api/konfiguration/sagsbehandlingsfrister",
                json("kommune", kommune, "klePraefiks", "27.36.04", "indsatsKode", "SEL-83-PP", "fristDage", 2,
                        "gyldigFra", idag.plusDays(1).toString())).status()).isEqualTo(201);

        JsonNode post = liste("/api/arbejdslister/frister?kommune=" + kommune).get("poster").get(0);
        assertThat(post.get("sagId").asText()).isEqualTo(sag.toString());
        assertThat(post.get("fristDage").asInt()).isEqualTo(30);
        assertThat(post.get("regel").get("kommune").asText()).isEqualTo(kommune);
        assertThat(post.get("regel").get("klePraefiks").asText()).isEqualTo("27.36");
        assertThat(post.get("status").asText()).isEqualTo("I_TIDE");

        Klient.Svar konfiguration = klient.get("/api/konfiguration/sagsbehandlingsfrister?kommune=" + kommune);
        assertThat(konfiguration.status()).isEqualTo(200);
        List<String> raekker = new ArrayList<>();
        konfiguration.krop().forEach(r -> raekker.add(r.get("kommune").asText() + " " + r.get("klePraefiks").asText() + " "
                + (r.get("indsatsKode").isNull() ? "-" : r.get("indsatsKode").asText()) + " " + r.get("fristDage").asInt()));
        assertThat(raekker).contains("00000000 27.36 SEL-83-PP 7", "00000000 27.36 SEL-83-PH 14", "00000000 27.60 - 56",
                kommune + " 27.36 - 30", kommune + " 27.36.04 SEL-83-PP 2");
        assertThat(konfiguration.krop()).filteredOn(r -> r.get("kommune").asText().equals(kommune))
                .allMatch(r -> r.get("registreretAf").asText().equals("sb-0001"));
        assertThat(raekker).filteredOn(r -> r.startsWith(kommune)).hasSize(2);
    }

    @Test
    void theVentelisteHoldsBevillingerWithoutStartdatoInTheirSagsUnitOrTheGrantingKommuneUntilTheyStartOrEnd() {
        UUID borger = klient.borger();
        UUID sag = klient.sag(borger, VISITATION, "27.36.04", idag.minusDays(40));
        UUID afgoerelse = klient.afgoer(sag, idag.minusDays(30));
        UUID venter = klient.bevilling(borger, sag, afgoerelse, "SEL-83-PP", idag.minusDays(30), null);
        UUID praktisk = klient.bevilling(borger, sag, afgoerelse, "SEL-83-PH", idag.minusDays(20), null);
        UUID startes = klient.bevilling(borger, sag, afgoerelse, "SEL-83-PP", idag.minusDays(25), null);
        klient.fastsaetStartdato(startes, idag.plusDays(3));
        UUID ophoeres = klient.bevilling(borger, sag, afgoerelse, "SEL-83-PP", idag.minusDays(25), null);
        klient.ophoer(ophoeres, idag);
        UUID startet = klient.bevilling(borger, sag, afgoerelse, "SEL-83-PP", idag.minusDays(25), idag.minusDays(20));
        UUID udenSag = klient.bevilling(borger, null, null, "SUL-138", idag.minusDays(10), null);

        JsonNode liste = liste("/api/arbejdslister/venteliste?kommune=" + kommune);

        assertThat(ids(liste, "bevillingId")).containsExactly(venter.toString(), praktisk.toString(), udenSag.toString())
                .doesNotContain(startes.toString(), ophoeres.toString(), startet.toString());
        Map<String, JsonNode> poster = efterId(liste, "bevillingId");
        JsonNode v = poster.get(venter.toString());
        assertThat(v.get("dageVentet").asLong()).isEqualTo(dato(liste).toEpochDay() - idag.minusDays(30).toEpochDay());
        assertThat(v.get("enhed").asText()).isEqualTo(VISITATION);
        assertThat(v.get("sagId").asText()).isEqualTo(sag.toString());
        assertThat(v.get("indsatsKode").asText()).isEqualTo("SEL-83-PP");
        assertThat(poster.get(udenSag.toString()).get("enhed").isNull()).isTrue();

        assertThat(ids(liste("/api/arbejdslister/venteliste?kommune=" + kommune + "&enhed=" + VISITATION), "bevillingId"))
                .containsExactly(venter.toString(), praktisk.toString());
        assertThat(ids(liste("/api/arbejdslister/venteliste?kommune=" + kommune + "&indsats=SEL-83-PH"), "bevillingId"))
                .containsExactly(praktisk.toString());
    }

    @Test
    void opfoelgningerDueWithinTheAskedDaysOrOverdueAreListedAndOphoerteBevillingerLeave() {
        UUID borger = klient.borger();
        UUID sag = klient.sag(borger, VISITATION, "27.36.04", idag.minusDays(200));
        UUID afgoerelse = klient.afgoer(sag, idag.minusDays(190));
        UUID forfalden = klient.bevilling(borger, sag, afgoerelse, "SEL-83-PP", idag.minusDays(190), idag.minusDays(180));
        klient.opfoelgning(forfalden, idag.minusDays(100), idag.minusDays(10));
        UUID snart = klient.bevilling(borger, sag, afgoerelse, "SEL-83-PH", idag.minusDays(190), idag.minusDays(180));
        klient.opfoelgning(snart, idag.minusDays(80), idag.plusDays(5));
        UUID senere = klient.bevilling(borger, sag, afgoerelse, "SEL-83-PP", idag.minusDays(190), idag.minusDays(180));
        klient.opfoelgning(senere, idag.minusDays(80), idag.plusDays(40));
        UUID ophoert = klient.bevilling(borger, sag, afgoerelse, "SEL-83-PP", idag.minusDays(190), idag.minusDays(180));
        klient.opfoelgning(ophoert, idag.minusDays(80), idag.minusDays(5));
        klient.ophoer(ophoert, idag.plusDays(10));
        UUID aldrigFulgtOp = klient.bevilling(borger, sag, afgoerelse, "SEL-83-PP", idag.minusDays(190), idag.minusDays(180));

        JsonNode standard = liste("/api/arbejdslister/opfoelgninger?kommune=" + kommune);
        assertThat(ids(standard, "bevillingId")).containsExactly(forfalden.toString(), snart.toString())
                .doesNotContain(senere.toString(), ophoert.toString(), aldrigFulgtOp.toString());
        JsonNode f = standard.get("poster").get(0);
        assertThat(f.get("naesteOpfoelgning").asText()).isEqualTo(idag.minusDays(10).toString());
        assertThat(f.get("overskredet").asBoolean()).isTrue();
        assertThat(f.get("dageTil").asLong()).isEqualTo(idag.minusDays(10).toEpochDay() - dato(standard).toEpochDay());
        assertThat(f.get("senesteResultatKode").asText()).isEqualTo("E1");
        assertThat(f.get("enhed").asText()).isEqualTo(VISITATION);
        assertThat(standard.get("poster").get(1).get("overskredet").asBoolean()).isFalse();

        assertThat(ids(liste("/api/arbejdslister/opfoelgninger?kommune=" + kommune + "&dage=0"), "bevillingId"))
                .containsExactly(forfalden.toString());
        assertThat(ids(liste("/api/arbejdslister/opfoelgninger?kommune=" + kommune + "&dage=60&enhed=" + VISITATION), "bevillingId"))
                .containsExactly(forfalden.toString(), snart.toString(), senere.toString());
        assertThat(liste("/api/arbejdslister/opfoelgninger?kommune=" + kommune + "&dage=60&enhed=" + SYGEPLEJE).get("poster")).isEmpty();
    }

    @Test
    void partshoeringerAwaitingAnAnswerAreListedEarliestSvarfristFirstAndLeaveWhenAnsweredOrTheSagIsClosed() {
        UUID borger = klient.borger();
        UUID sag = klient.sag(borger, VISITATION, "27.36.04", idag.minusDays(30));
        UUID overskredet = partshoering(sag, idag.minusDays(20), idag.minusDays(6));
        UUID aaben = partshoering(sag, idag.minusDays(3), idag.plusDays(11));
        UUID besvaret = partshoering(sag, idag.minusDays(10), idag.plusDays(4));
        assertThat(klient.post("/api/sager/" + sag + "/partshoeringssvar", json("partshoeringId", besvaret, "svar", "Enig",
                "besvaretDato", idag.minusDays(1).toString())).status()).isEqualTo(200);
        UUID lukket = klient.sag(borger, SYGEPLEJE, "27.36.04", idag.minusDays(30));
        UUID iLukketSag = partshoering(lukket, idag.minusDays(5), idag.plusDays(9));
        assertThat(klient.post("/api/sager/" + lukket + "/afslutning-uden-afgoerelse", json("aarsag", "TRUKKET_TILBAGE",
                "afsluttetDato", idag.toString(), "bevillingerFortsaetter", false)).status()).isEqualTo(200);

        JsonNode liste = liste("/api/arbejdslister/partshoeringer");
        assertThat(ids(liste, "partshoeringId")).containsExactly(overskredet.toString(), aaben.toString())
                .doesNotContain(besvaret.toString(), iLukketSag.toString());
        JsonNode foerste = liste.get("poster").get(0);
        assertThat(foerste.get("overskredet").asBoolean()).isTrue();
        assertThat(foerste.get("dageTilbage").asLong()).isEqualTo(idag.minusDays(6).toEpochDay() - dato(liste).toEpochDay());
        assertThat(foerste.get("borgerId").asText()).isEqualTo(borger.toString());
        assertThat(foerste.get("sagId").asText()).isEqualTo(sag.toString());
        assertThat(liste.get("poster").get(1).get("overskredet").asBoolean()).isFalse();
        assertThat(liste("/api/arbejdslister/partshoeringer?enhed=" + SYGEPLEJE).get("poster")).isEmpty();
    }

    private UUID partshoering(UUID sag, LocalDate sendt, LocalDate svarfrist) {
        UUID id = UUID.randomUUID();
        Klient.Svar svar = klient.post("/api/sager/" + sag + "/partshoeringer", json("partshoeringId", id, "emne", "Forslag til afgørelse",
                "sendtDato", sendt.toString(), "svarfrist", svarfrist.toString()));
        assertThat(svar.status()).as("%s", svar).isEqualTo(200);
        return id;
    }

    @Test
    void forgettingTheCitizenReachesTheWorklistsText() {
        UUID borger = klient.borger();
        klient.henvendelse(borger, "A1", idag.minusDays(1), null, "Ønsker hjælp til rengøring");
        klient.sag(borger, VISITATION, "27.36.04", idag.minusDays(1));
        assertThat(liste("/api/arbejdslister/henvendelser?kommune=" + kommune).get("poster").get(0).get("aarsag").asText())
                .isEqualTo("Ønsker hjælp til rengøring");

        assertThat(klient.post("/api/borgere/" + borger + "/glem", json("begrundelse", "Slettefrist udløbet")).status()).isEqualTo(200);

        assertThat(liste("/api/arbejdslister/henvendelser?kommune=" + kommune).get("poster").get(0).get("aarsag").asText()).isEqualTo("[slettet]");
        assertThat(liste("/api/arbejdslister/frister?kommune=" + kommune).get("poster").get(0).get("titel").asText()).isEqualTo("[slettet]");
    }

    @Test
    void aWorklistIsTheCallersOwnKommunesWithoutAskingAndAnotherKommunesIs404() {
        assertThat(liste("/api/arbejdslister/henvendelser").get("kommune").asText()).isEqualTo(kommune);
        String anden = kommune.equals("29189420") ? "55133018" : "29189420";
        for (String sti : List.of("/api/arbejdslister/henvendelser", "/api/arbejdslister/frister", "/api/arbejdslister/venteliste",
                "/api/arbejdslister/opfoelgninger", "/api/arbejdslister/partshoeringer", "/api/konfiguration/sagsbehandlingsfrister")) {
            Klient.Svar svar = klient.get(sti + "?kommune=" + anden);
            assertThat(svar.status()).as(sti).isEqualTo(404);
            assertThat(svar.krop().get("fejlkode").asText()).as(sti).isEqualTo("KOMMUNE_UKENDT");
        }
    }

    @Test
    void badParametersAreRefusedWithTheParameterNamed() {
        for (String[] tilfaelde : new String[][] {
                {"/api/arbejdslister/venteliste?kommune=1234", "kommune"},
                {"/api/arbejdslister/opfoelgninger?kommune=abcdefgh", "kommune"},
                {"/api/arbejdslister/frister?kommune=" + kommune + "&status=FORSINKET", "status"},
                {"/api/arbejdslister/frister?kommune=" + kommune + "&status=OVERSKREDET,x", "status"},
                {"/api/arbejdslister/frister?kommune=" + kommune + "&varselDage=tre", "varselDage"},
                {"/api/arbejdslister/frister?kommune=" + kommune + "&varselDage=-1", "varselDage"},
                {"/api/arbejdslister/opfoelgninger?kommune=" + kommune + "&dage=9999999999", "dage"},
                {"/api/arbejdslister/venteliste?kommune=" + kommune + "&indsats=SEL-999", "indsats"},
                {"/api/konfiguration/sagsbehandlingsfrister?kommune=12", "kommune"}}) {
            Klient.Svar svar = klient.get(tilfaelde[0]);
            assertThat(svar.status()).as(tilfaelde[0]).isEqualTo(400);
            assertThat(svar.krop().get("fejlkode").asText()).as(tilfaelde[0]).isEqualTo("PARAMETER_UGYLDIG");
            assertThat(svar.krop().get("felt").asText()).as(tilfaelde[0]).isEqualTo(tilfaelde[1]);
        }
    }

    @Test
    void aFristWithAnUnknownKlePrefixIndsatsOrABadValueIsRefusedWithTheFieldNamed() {
        String sti = "/api/konfiguration/sagsbehandlingsfrister";
        Map<String, Object[]> tilfaelde = Map.of(
                "ukendt KLE", new Object[] {json("kommune", kommune, "klePraefiks", "27.99", "fristDage", 7, "gyldigFra", "2026-01-01"), "UKENDT_KLE", "klePraefiks"},
                "halvt præfiks", new Object[] {json("kommune", kommune, "klePraefiks", "27.3", "fristDage", 7, "gyldigFra", "2026-01-01"), "UKENDT_KLE", "klePraefiks"},
                "ukendt indsats", new Object[] {json("kommune", kommune, "klePraefiks", "27.36", "indsatsKode", "SEL-999", "fristDage", 7, "gyldigFra", "2026-01-01"), "UKENDT_INDSATS", "indsatsKode"},
                "nul dage", new Object[] {json("kommune", kommune, "klePraefiks", "27.36", "fristDage", 0, "gyldigFra", "2026-01-01"), "FRIST_UGYLDIG", "fristDage"},
                "ingen dato", new Object[] {json("kommune", kommune, "klePraefiks", "27.36", "fristDage", 7), "FELT_PAAKRAEVET", "gyldigFra"},
                "dårlig kommune", new Object[] {json("kommune", "123", "klePraefiks", "27.36", "fristDage", 7, "gyldigFra", "2026-01-01"), "UGYLDIG_VAERDI", "kommune"});
        tilfaelde.forEach((navn, t) -> {
            @SuppressWarnings("unchecked")
            Klient.Svar svar = klient.put(sti, (Map<String, Object>) t[0]);
            assertThat(svar.status()).as(navn + ": " + svar).isEqualTo(400);
            assertThat(svar.krop().get("fejlkode").asText()).as(navn).isEqualTo(t[1]);
            assertThat(svar.krop().get("felt").asText()).as(navn).isEqualTo(t[2]);
        });
        Klient.Svar udenBruger = klient.putUdenBruger(sti, json("kommune", kommune, "klePraefiks", "27.36", "fristDage", 7, "gyldigFra", "2026-01-01"));
        assertThat(udenBruger.status()).isEqualTo(401);
        assertThat(udenBruger.krop().get("fejlkode").asText()).isEqualTo("IKKE_LOGGET_IND");
        assertThat(klient.get(sti + "?kommune=" + kommune).krop()).allMatch(r -> r.get("kommune").asText().equals("00000000"));
    }

    @Test
    void theWorklistTablesRebuiltFromTheFirstEventEqualTheOnesBuiltLive() {
        UUID borger = klient.borger();
        UUID h = klient.henvendelse(borger, "A1", idag.minusDays(9), "SEL-83-PH", "Rengøring");
        UUID sag = klient.sag(borger, VISITATION, "27.36.04", idag.minusDays(8), h);
        klient.haandter(h, "SAG_OPRETTET", idag.minusDays(8), sag);
        klient.iBero(sag, idag.minusDays(7));
        klient.genoptag(sag, idag.minusDays(5));
        klient.iBero(sag, idag.minusDays(4));
        klient.genoptag(sag, idag.minusDays(3));
        UUID besvaret = partshoering(sag, idag.minusDays(3), idag.plusDays(7));
        klient.post("/api/sager/" + sag + "/partshoeringssvar", json("partshoeringId", besvaret, "svar", "Enig", "besvaretDato",
                idag.minusDays(2).toString()));
        partshoering(sag, idag.minusDays(2), idag.plusDays(12));
        UUID afgoerelse = klient.afgoer(sag, idag.minusDays(2));
        UUID bevilling = klient.bevilling(borger, sag, afgoerelse, "SEL-83-PH", idag.minusDays(2), null);
        klient.fastsaetStartdato(bevilling, idag);
        klient.opfoelgning(bevilling, idag, idag.plusDays(90));
        assertThat(projektionsmotor.venTilAjour(Duration.ofSeconds(20))).isTrue();
        Map<String, List<Map<String, Object>>> live = tabeller();
        assertThat(live.get(projektion.tabeller().get(2))).isNotEmpty();

        projektionsmotor.genopbyg(List.of(ArbejdslisteProjektion.NAVN));
        assertThat(projektionsmotor.venTilAjour(Duration.ofSeconds(60))).isTrue();

        assertThat(tabeller()).isEqualTo(live);
    }

    private Map<String, List<Map<String, Object>>> tabeller() {
        Map<String, List<Map<String, Object>>> m = new HashMap<>();
        for (String tabel : projektion.tabeller()) {
            m.put(tabel, jdbc.queryForList("SELECT * FROM " + tabel));
        }
        return m;
    }
}
