package dk.careledger.app.sag;

import static dk.careledger.app.e2e.LedgerKlientAdgang.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.careledger.app.e2e.LedgerKlientAdgang;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.projection.motor.Projektionsmotor;
import dk.careledger.domain.indstilling.Sagsbegreb;
import dk.careledger.projection.sag.politik.PolitikAendringFraKommandolinjen;
import dk.careledger.projection.sag.politik.PolitikAendringsrapport;
import dk.careledger.projection.sag.sagsbegreb.laesning.VariantSag;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sager read model, the case-concept variants and the policy change, over REST on real PostgreSQL: commands in,
 * projections caught up, queries out. Each test owns a kommune (a random CVR as the sager's ejer), so lists and reports
 * see only its own sager.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class SagerOgPolitikTest {
    private static final LocalDate IDAG = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
    private static final LocalDate SOMMER = LocalDate.of(2026, 8, 3);

    @LocalServerPort
    int port;

    @Autowired
    Projektionsmotor motor;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PolitikAendringsrapport rapport;

    @Autowired
    ConfigurableApplicationContext context;

    Sagshandlinger ledger;
    LedgerKlientAdgang klient;

    @BeforeEach
    void klient() {
        ledger = new Sagshandlinger(port);
        klient = ledger.klient;
    }

    /** The sager of one citizen whose states differ between the policies (see the test names). */
    private record Scenarie(String kommune, UUID borger, UUID afslag, UUID bevilget, UUID aaben, UUID andenKle, UUID klagefristLoeber,
            UUID bevilling) {
    }

    private Scenarie scenarie() {
        String k = ledger.kommune();
        UUID b = ledger.borger();
        // afslag in the summer: closed at sending; the klagefrist is long over; no bevilling
        UUID afslag = ledger.sag(b, k, "27.36.04", "Visitation Nord", "Praktisk hjælp", SOMMER);
        ledger.oplyst(afslag, SOMMER.plusDays(5));
        ledger.afgoerelse(afslag, "AFSLAG", SOMMER.plusDays(7), SOMMER.plusDays(7));
        // a bevilling in the summer, still delivered
        UUID bevilget = ledger.sag(b, k, "27.36.04", "Visitation Nord", "Personlig pleje", SOMMER);
        ledger.oplyst(bevilget, SOMMER.plusDays(5));
        UUID afg = ledger.afgoerelse(bevilget, "BEVILLING", SOMMER.plusDays(7), SOMMER.plusDays(7));
        UUID bevilling = ledger.bevilling(b, bevilget, afg, "SEL-83-PP", SOMMER.plusDays(7));
        // just opened
        UUID aaben = ledger.sag(b, k, "27.36.04", "Visitation Syd", "Madservice", IDAG.minusDays(3));
        // another KLE emne, outside the prefix 27.36.04
        UUID andenKle = ledger.sag(b, k, "27.36.08", "Visitation Nord", "Aflastning", SOMMER);
        ledger.oplyst(andenKle, SOMMER.plusDays(5));
        UUID afg4 = ledger.afgoerelse(andenKle, "BEVILLING", SOMMER.plusDays(7), SOMMER.plusDays(7));
        ledger.bevilling(b, andenKle, afg4, "SEL-84-AFL", SOMMER.plusDays(7));
        // a delvis bevilling sent twelve days ago: the klagefrist still runs; no bevilling given yet
        UUID frist = ledger.sag(b, k, "27.36.04", "Visitation Nord", "Rengøring", IDAG.minusDays(40));
        ledger.oplyst(frist, IDAG.minusDays(20));
        ledger.afgoerelse(frist, "DELVIS_BEVILLING", IDAG.minusDays(12), IDAG.minusDays(12));
        ajour();
        return new Scenarie(k, b, afslag, bevilget, aaben, andenKle, frist, bevilling);
    }

    private void ajour() {
        assertThat(motor.venTilAjour(Duration.ofSeconds(20))).isTrue();
    }

    private LedgerKlientAdgang.Svar get(int status, String sti) {
        return ledger.ok(status, klient.get(sti));
    }

    private static void fejl(LedgerKlientAdgang.Svar svar, int status, String fejlkode, String felt) {
        assertThat(svar.status()).as("%s", svar.krop()).isEqualTo(status);
        assertThat(svar.krop().get("fejlkode").asText()).isEqualTo(fejlkode);
        assertThat(svar.krop().get("felt").asText()).isEqualTo(felt);
    }

    @Test
    void aSagShowsItsIndexFieldsAndTodaysFremdriftUnderEveryPolicySideBySide() {
        Scenarie s = scenarie();
        JsonNode sag = get(200, "/api/sager/" + s.bevilget()).krop();

        assertThat(sag.get("sagId").asText()).isEqualTo(s.bevilget().toString());
        assertThat(sag.get("sagsnummer").asText()).matches("27\\.36\\.04-G01-\\d+-26");
        assertThat(sag.get("titel").asText()).isEqualTo("Personlig pleje");
        assertThat(sag.get("primaerKlasse").asText()).isEqualTo("27.36.04");
        assertThat(sag.get("handlingsklasse").asText()).isEqualTo("G01");
        assertThat(sag.get("foelsomhed").asText()).isEqualTo("FOELSOMME_PERSONOPLYSNINGER");
        assertThat(sag.get("ejer").asText()).isEqualTo(s.kommune());
        assertThat(sag.get("ansvarligEnhed").asText()).isEqualTo("Visitation Nord");
        assertThat(sag.get("primaerBehandler").asText()).isEqualTo("sb-0001");
        assertThat(sag.get("primaerPart").asText()).isEqualTo(s.borger().toString());
        assertThat(sag.get("sagsstatus").asText()).isEqualTo("Afgjort – bevilling");
        assertThat(sag.get("opstaaetDato").asText()).isEqualTo(SOMMER.toString());
        assertThat(sag.get("senesteAfgoerelse").get("type").asText()).isEqualTo("BEVILLING");
        assertThat(sag.get("senesteAfgoerelse").get("klagefristLoeber").asBoolean()).isFalse();
        assertThat(sag.get("antalBevillinger").asInt()).isEqualTo(1);

        JsonNode fremdrift = sag.get("fremdrift");
        assertThat(fremdrift.get("VED_AFGOERELSE").get("fremdrift").asText()).isEqualTo("AFSLUTTET");
        assertThat(fremdrift.get("VED_AFGOERELSE").get("fra").asText()).isEqualTo(SOMMER.plusDays(7).toString());
        assertThat(fremdrift.get("VED_KLAGEFRIST").get("fremdrift").asText()).isEqualTo("AFSLUTTET");
        assertThat(fremdrift.get("VED_KLAGEFRIST").get("fra").asText()).isEqualTo(SOMMER.plusDays(7 + 29).toString());
        assertThat(fremdrift.get("VED_LEVERINGSOPHOER").get("fremdrift").asText()).isEqualTo("AFGJORT");
        assertThat(fremdrift.get("EKSPLICIT").get("fremdrift").asText()).isEqualTo("AFGJORT");

        JsonNode effektiv = sag.get("effektiv");
        assertThat(effektiv.get("politik").asText()).isEqualTo("VED_AFGOERELSE");
        assertThat(effektiv.get("sagsbegreb").asText()).isEqualTo("ENKELTSAGER");
        assertThat(effektiv.get("standard").asBoolean()).isTrue();
        assertThat(effektiv.get("fremdrift").get("fremdrift").asText()).isEqualTo("AFSLUTTET");
        assertThat(effektiv.get("variantSager").get(0).asText())
                .isEqualTo(VariantSag.id(Sagsbegreb.ENKELTSAGER, "sag:" + s.bevilget() + ":0").toString());

        JsonNode frist = get(200, "/api/sager/" + s.klagefristLoeber()).krop();
        assertThat(frist.get("senesteAfgoerelse").get("klagefristLoeber").asBoolean()).isTrue();
        assertThat(frist.get("fremdrift").get("VED_KLAGEFRIST").get("fremdrift").asText()).as("the frist has not passed today")
                .isEqualTo("AFGJORT");
        assertThat(frist.get("fremdrift").get("VED_KLAGEFRIST").get("til").asText()).isEqualTo(IDAG.minusDays(12).plusDays(29).toString());
    }

    @Test
    void theFremdriftHistoryIsBitemporalAndKendtPrShowsWhatWeKnewThen() {
        String k = ledger.kommune();
        UUID b = ledger.borger();
        UUID sag = ledger.sag(b, k, "27.36.04", "Visitation Nord", "Personlig pleje", IDAG.minusDays(30));
        ledger.oplyst(sag, IDAG.minusDays(20));
        UUID afg = ledger.afgoerelse(sag, "DELVIS_BEVILLING", IDAG.minusDays(12), IDAG.minusDays(12));
        ajour();
        ledger.klage(sag, afg, IDAG.minusDays(2));
        ajour();

        JsonNode historik = get(200, "/api/sager/" + sag + "/fremdrift?politik=VED_KLAGEFRIST").krop();
        List<JsonNode> raekker = new ArrayList<>();
        historik.get("raekker").forEach(raekker::add);
        JsonNode afsluttet = raekker.stream().filter(r -> r.get("fremdrift").asText().equals("AFSLUTTET")).findFirst().orElseThrow();
        assertThat(afsluttet.get("virkningFra").asText()).isEqualTo(IDAG.minusDays(12).plusDays(29).toString());
        assertThat(afsluttet.get("registreretTil").isNull()).as("the klage withdrew it").isFalse();
        assertThat(afsluttet.get("aktoerBruger").asText()).isEqualTo("sb-0001");
        assertThat(raekker).allSatisfy(r -> assertThat(r.get("politik").asText()).isEqualTo("VED_KLAGEFRIST"));

        String foerKlagen = afsluttet.get("registreretFra").asText();
        JsonNode dengang = get(200, "/api/sager/" + sag + "/fremdrift?politik=VED_KLAGEFRIST&kendtPr=" + foerKlagen).krop();
        assertThat(fremdrifter(dengang)).containsExactly("OPSTAAET", "OPLYST", "AFGJORT", "AFSLUTTET");
        JsonNode nu = get(200, "/api/sager/" + sag + "/fremdrift?politik=VED_KLAGEFRIST&kendtPr=" + java.time.Instant.now()).krop();
        assertThat(fremdrifter(nu)).containsExactly("OPSTAAET", "OPLYST", "AFGJORT");
        assertThat(nu.get("raekker").get(2).get("virkningTil").isNull()).isTrue();

        JsonNode alle = get(200, "/api/sager/" + sag + "/fremdrift").krop();
        assertThat(StreamSupport.stream(alle.get("raekker").spliterator(), false).map(r -> r.get("politik").asText()).distinct().toList())
                .containsExactly("VED_AFGOERELSE", "VED_KLAGEFRIST", "VED_LEVERINGSOPHOER", "EKSPLICIT");
    }

    private static List<String> fremdrifter(JsonNode historik) {
        return StreamSupport.stream(historik.get("raekker").spliterator(), false).map(r -> r.get("fremdrift").asText()).toList();
    }

    @Test
    void anUnknownSagIs404AndBadParametersAre400NamingTheParameter() {
        UUID ukendt = UUID.randomUUID();
        fejl(klient.get("/api/sager/" + ukendt), 404, "SAG_UKENDT", "sagId");
        fejl(klient.get("/api/sager/" + ukendt + "/fremdrift"), 404, "SAG_UKENDT", "sagId");
        Scenarie s = scenarie();
        fejl(klient.get("/api/sager/" + s.afslag() + "/fremdrift?politik=NAAR_DET_PASSER"), 400, "PARAMETER_UGYLDIG", "politik");
        fejl(klient.get("/api/sager/" + s.afslag() + "/fremdrift?kendtPr=i-gaar"), 400, "PARAMETER_UGYLDIG", "kendtPr");
        fejl(klient.get("/api/sager?kommune=123"), 400, "PARAMETER_UGYLDIG", "kommune");
        fejl(klient.get("/api/sager?kle=27.3"), 400, "PARAMETER_UGYLDIG", "kle");
        fejl(klient.get("/api/sager?politik=ALTID"), 400, "PARAMETER_UGYLDIG", "politik");
        fejl(klient.get("/api/sager?fremdrift=LUKKET"), 400, "PARAMETER_UGYLDIG", "fremdrift");
        fejl(klient.get("/api/sager?side=-1"), 400, "PARAMETER_UGYLDIG", "side");
        fejl(klient.get("/api/sager?stoerrelse=0"), 400, "PARAMETER_UGYLDIG", "stoerrelse");
        fejl(klient.get("/api/sager?stoerrelse=mange"), 400, "PARAMETER_UGYLDIG", "stoerrelse");
        fejl(klient.get("/api/sagsbegreb/EN_STOR_SAG"), 400, "PARAMETER_UGYLDIG", "variant");
        fejl(klient.get("/api/sagsbegreb/ENKELTSAGER?borgerId=nogen"), 400, "PARAMETER_UGYLDIG", "borgerId");
        fejl(klient.get("/api/sagsbegreb/ENKELTSAGER?kommune=aalborg"), 400, "PARAMETER_UGYLDIG", "kommune");
        assertThat(klient.get("/api/sager/ikke-et-uuid").status()).isEqualTo(400);
    }

    @Test
    void theListFiltersByKommuneKleUnitPolicyAndTodaysStateAndPages() {
        Scenarie s = scenarie();
        assertThat(sagIds("/api/sager?kommune=" + s.kommune())).containsExactlyInAnyOrder(s.afslag(), s.bevilget(), s.aaben(), s.andenKle(),
                s.klagefristLoeber());
        assertThat(sagIds("/api/sager?kommune=" + s.kommune() + "&kle=27.36.08")).containsExactly(s.andenKle());
        assertThat(sagIds("/api/sager?kommune=" + s.kommune() + "&kle=27.36&enhed=Visitation Syd".replace(" ", "%20")))
                .containsExactly(s.aaben());
        assertThat(sagIds("/api/sager?kommune=" + s.kommune() + "&kle=27.36.04&politik=EKSPLICIT&fremdrift=AFGJORT"))
                .containsExactlyInAnyOrder(s.afslag(), s.bevilget(), s.klagefristLoeber());
        assertThat(sagIds("/api/sager?kommune=" + s.kommune() + "&kle=27&politik=VED_LEVERINGSOPHOER&fremdrift=AFSLUTTET"))
                .containsExactly(s.afslag());
        assertThat(sagIds("/api/sager?kommune=" + s.kommune() + "&fremdrift=AFSLUTTET")).as("under each sag's own policy (the default)")
                .containsExactlyInAnyOrder(s.afslag(), s.bevilget(), s.andenKle(), s.klagefristLoeber());

        JsonNode side0 = get(200, "/api/sager?kommune=" + s.kommune() + "&stoerrelse=2").krop();
        JsonNode side2 = get(200, "/api/sager?kommune=" + s.kommune() + "&stoerrelse=2&side=2").krop();
        assertThat(side0.get("antal").asLong()).isEqualTo(5);
        assertThat(side0.get("sager")).hasSize(2);
        assertThat(side2.get("sager")).hasSize(1);
        assertThat(side2.get("sager").get(0).get("sagId").asText()).as("ordered by opstaaet date").isEqualTo(s.aaben().toString());
        JsonNode resume = side0.get("sager").get(0);
        assertThat(resume.get("politik").asText()).isEqualTo("VED_AFGOERELSE");
        assertThat(resume.get("titel").asText()).isIn("Praktisk hjælp", "Personlig pleje", "Aflastning");
    }

    private List<UUID> sagIds(String sti) {
        return StreamSupport.stream(get(200, sti).krop().get("sager").spliterator(), false).map(n -> UUID.fromString(n.get("sagId").asText()))
                .toList();
    }

    @Test
    void theSagsbegrebVariantsListTheSameFactsAsEnkeltsagerOneBorgersagPerAreaAndOneSagPerForloeb() {
        Scenarie s = scenarie();
        UUID forloeb = ledger.forloeb(s.borger(), SOMMER.plusDays(7));
        ledger.tilknyt(forloeb, s.bevilget(), s.bevilling());
        UUID sygepleje = ledger.bevilling(s.borger(), null, null, "SUL-138", SOMMER.plusDays(10));
        ajour();

        JsonNode enkelt = get(200, "/api/sagsbegreb/ENKELTSAGER?borgerId=" + s.borger()).krop();
        assertThat(enkelt.get("antal").asInt()).as("one per application; the sygepleje without sag is none").isEqualTo(5);

        JsonNode borgersager = get(200, "/api/sagsbegreb/BORGERSAG_PR_OMRAADE?borgerId=" + s.borger() + "&kommune=" + s.kommune()).krop();
        // the sygepleje is granted in the same kommune (every write is the caller's kommune's, ADR 0019): one borgersag per area
        assertThat(borgersager.get("sager")).extracting(x -> x.get("omraade").asText()).containsExactlyInAnyOrder("27.36", "29.18");
        JsonNode omsorg = java.util.stream.StreamSupport.stream(borgersager.get("sager").spliterator(), false)
                .filter(x -> x.get("omraade").asText().equals("27.36")).findFirst().orElseThrow();
        assertThat(omsorg.get("id").asText()).isEqualTo(
                VariantSag.id(Sagsbegreb.BORGERSAG_PR_OMRAADE, "borger:" + s.borger() + ":" + s.kommune() + ":27.36").toString());
        assertThat(omsorg.get("omraade").asText()).isEqualTo("27.36");
        assertThat(omsorg.get("titel").asText()).isEqualTo("Personlig hjælp, omsorg og pleje m.v.");
        assertThat(omsorg.get("sagIds")).hasSize(5);
        assertThat(omsorg.get("fremdrift").asText()).as("a new application is open").isEqualTo("OPSTAAET");

        JsonNode fsiii = get(200, "/api/sagsbegreb/FSIII_PR_FORLOEB?borgerId=" + s.borger()).krop();
        assertThat(fsiii.get("antal").asInt()).as("the forløb, four sager without forløb, the sygepleje").isEqualTo(6);
        JsonNode fl = StreamSupport.stream(fsiii.get("sager").spliterator(), false).filter(n -> !n.get("forloebId").isNull()).findFirst()
                .orElseThrow();
        assertThat(fl.get("id").asText()).isEqualTo(VariantSag.id(Sagsbegreb.FSIII_PR_FORLOEB, "forloeb:" + forloeb).toString());
        assertThat(fl.get("sagIds").get(0).asText()).isEqualTo(s.bevilget().toString());
        assertThat(fl.get("bevillingIds").get(0).asText()).isEqualTo(s.bevilling().toString());
        assertThat(fl.get("titel").asText()).isNotBlank();
        JsonNode alene = StreamSupport.stream(fsiii.get("sager").spliterator(), false)
                .filter(n -> n.get("titelBasis").asText().equals("INDSATS")).findFirst().orElseThrow();
        assertThat(alene.get("bevillingIds").get(0).asText()).isEqualTo(sygepleje.toString());
        assertThat(alene.get("titel").asText()).isEqualTo("Kommunal sygepleje");
        assertThat(alene.get("fremdrift").asText()).isEqualTo("AFGJORT");
    }

    @Test
    void aPolicyChangeIsReportedBeforeItIsMadeAndMadeAsAFactOfTheKommunesSettings() {
        Scenarie s = scenarie();
        String idag = IDAG.toString();

        JsonNode levering = rapport("kommune=" + s.kommune() + "&klePraefiks=27.36.04&politik=VED_LEVERINGSOPHOER&sagsbegreb=ENKELTSAGER"
                + "&gyldigFra=" + idag);
        assertThat(levering.get("sagerIOmfang").asInt()).isEqualTo(4);
        assertThat(levering.get("politikskift").get("sagerMedNyPolitik").asInt()).isEqualTo(4);
        assertThat(skift(levering)).containsExactlyInAnyOrder(
                s.bevilget() + " VED_AFGOERELSE->VED_LEVERINGSOPHOER AFSLUTTET->AFGJORT",
                s.klagefristLoeber() + " VED_AFGOERELSE->VED_LEVERINGSOPHOER AFSLUTTET->AFGJORT");
        assertThat(levering.get("sagsbegrebsskift").get("antalFoer").asInt()).isEqualTo(4);
        assertThat(levering.get("sagsbegrebsskift").get("antalEfter").asInt()).isEqualTo(4);
        assertThat(levering.get("sagsbegrebsskift").get("nye")).isEmpty();

        JsonNode klagefrist = rapport("kommune=" + s.kommune() + "&klePraefiks=27.36&politik=VED_KLAGEFRIST&gyldigFra=" + idag);
        assertThat(klagefrist.get("sagerIOmfang").asInt()).isEqualTo(5);
        assertThat(klagefrist.get("sagsbegreb").asText()).as("kept").isEqualTo("ENKELTSAGER");
        assertThat(skift(klagefrist)).containsExactly(s.klagefristLoeber() + " VED_AFGOERELSE->VED_KLAGEFRIST AFSLUTTET->AFGJORT");

        JsonNode borgersag = rapport("kommune=" + s.kommune() + "&klePraefiks=27.36.04&sagsbegreb=BORGERSAG_PR_OMRAADE&gyldigFra=" + idag);
        assertThat(borgersag.get("politikskift").get("sagerMedNyPolitik").asInt()).isZero();
        JsonNode nummer = borgersag.get("sagsbegrebsskift");
        assertThat(nummer.get("sagerMedNytSagsbegreb").asInt()).isEqualTo(4);
        assertThat(nummer.get("antalFoer").asInt()).isEqualTo(4);
        assertThat(nummer.get("antalEfter").asInt()).isEqualTo(1);
        assertThat(nummer.get("nye")).extracting(JsonNode::asText).containsExactly(
                VariantSag.id(Sagsbegreb.BORGERSAG_PR_OMRAADE, "borger:" + s.borger() + ":" + s.kommune() + ":27.36").toString());
        assertThat(nummer.get("forsvundne")).extracting(JsonNode::asText).containsExactlyInAnyOrderElementsOf(
                List.of(s.afslag(), s.bevilget(), s.aaben(), s.klagefristLoeber()).stream()
                        .map(id -> VariantSag.id(Sagsbegreb.ENKELTSAGER, "sag:" + id + ":0").toString()).toList());
        assertThat(antalKonfigurationer(s.kommune())).as("reports only").isZero();

        JsonNode fastsat = ledger.ok(201, klient.post("/api/politik/aendringer", json("kommune", s.kommune(), "klePraefiks", "27.36.04", "politik",
                "VED_LEVERINGSOPHOER", "sagsbegreb", "ENKELTSAGER", "gyldigFra", idag))).krop();
        assertThat(fastsat.get("haendelser")).extracting(JsonNode::asText).containsExactly("AfslutningspolitikFastsat", "SagsbegrebFastsat");
        assertThat(fastsat.get("aggregatId").asText()).as("the kommune's settings aggregate").isEqualTo(s.kommune());
        ledger.ok(200, klient.post("/api/politik/aendringer", json("kommune", s.kommune(), "klePraefiks", "27.36.04", "politik",
                "VED_LEVERINGSOPHOER", "gyldigFra", idag)));
        assertThat(motor.venTilAjour(Duration.ofSeconds(30))).isTrue();
        assertThat(antalKonfigurationer(s.kommune())).as("one row for the two facts of one command; the repeat wrote nothing").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT registreret_af FROM sag_politik_konfiguration WHERE kommune = ?", String.class, s.kommune()))
                .isEqualTo("sb-0001");
        JsonNode bevilget = get(200, "/api/sager/" + s.bevilget()).krop().get("effektiv");
        assertThat(bevilget.get("politik").asText()).isEqualTo("VED_LEVERINGSOPHOER");
        assertThat(bevilget.get("klePraefiks").asText()).isEqualTo("27.36.04");
        assertThat(bevilget.get("fremdrift").get("fremdrift").asText()).isEqualTo("AFGJORT");
        assertThat(get(200, "/api/sager/" + s.andenKle()).krop().get("effektiv").get("politik").asText()).isEqualTo("VED_AFGOERELSE");
        assertThat(sagIds("/api/sager?kommune=" + s.kommune() + "&fremdrift=AFGJORT")).as("each sag under its own policy now")
                .containsExactlyInAnyOrder(s.bevilget(), s.klagefristLoeber());

        // the same report from the command line: against the stored setting, nothing stored
        PolitikAendringFraKommandolinjen opgave = new PolitikAendringFraKommandolinjen(rapport, motor, context, "", "kommandolinje");
        ByteArrayOutputStream ud = new ByteArrayOutputStream();
        int kode = opgave.koer("kommune=" + s.kommune() + ",kle=27.36.04,politik=EKSPLICIT,gyldigFra=" + idag,
                new PrintStream(ud, true, StandardCharsets.UTF_8));
        String tekst = ud.toString(StandardCharsets.UTF_8);
        assertThat(kode).isZero();
        assertThat(tekst).contains("Sager i omfang: 4", "Sager med ny politik: 4, heraf med ny tilstand: 1",
                s.afslag() + "", "AFSLUTTET -> AFGJORT  (VED_LEVERINGSOPHOER -> EKSPLICIT)", "kun rapport, ikke anvendt");
        assertThat(antalKonfigurationer(s.kommune())).isEqualTo(1);
        assertThat(opgave.koer("kommune=" + s.kommune() + ",politik=ALDRIG,gyldigFra=" + idag, new PrintStream(new ByteArrayOutputStream())))
                .isEqualTo(2);
    }

    private static List<String> skift(JsonNode rapport) {
        return StreamSupport.stream(rapport.get("politikskift").get("skift").spliterator(), false)
                .map(n -> n.get("sagId").asText() + " " + n.get("fraPolitik").asText() + "->" + n.get("tilPolitik").asText() + " "
                        + n.get("fra").asText() + "->" + n.get("til").asText())
                .toList();
    }

    /** The report before a policy change ({@code GET /api/politik/aendringsrapport}), as the configuration user. */
    private JsonNode rapport(String parametre) {
        return ledger.ok(200, klient.get("/api/politik/aendringsrapport?" + parametre)).krop();
    }

    private int antalKonfigurationer(String kommune) {
        return jdbc.queryForObject("SELECT count(*) FROM sag_politik_konfiguration WHERE kommune = ?", Integer.class, kommune);
    }

    @Test
    void aPolicyChangeWithBadInputIsRefusedNamingTheField() {
        String kommune = ledger.kommune();
        String anden = kommune.equals("55133018") ? "29189420" : "55133018";
        Map<String, Object> god = json("kommune", kommune, "klePraefiks", "27.36", "politik", "EKSPLICIT", "gyldigFra", "2027-01-01");
        fejl(klient.post("/api/politik/aendringer", medVaerdi(god, "kommune", "2918")), 400, "UGYLDIG_VAERDI", "kommune");
        fejl(klient.post("/api/politik/aendringer", medVaerdi(god, "klePraefiks", "27.3")), 400, "UKENDT_KLE", "klePraefiks");
        fejl(klient.post("/api/politik/aendringer", medVaerdi(god, "politik", "SOM_VI_PLEJER")), 400, "UGYLDIG_VAERDI", "politik");
        fejl(klient.post("/api/politik/aendringer", medVaerdi(god, "sagsbegreb", "MAPPE")), 400, "UGYLDIG_VAERDI", "sagsbegreb");
        fejl(klient.post("/api/politik/aendringer", medVaerdi(god, "gyldigFra", "nytaar")), 400, "UGYLDIG_VAERDI", "gyldigFra");
        fejl(klient.post("/api/politik/aendringer", medVaerdi(god, "anvend", true)), 400, "UKENDT_FELT", "anvend");
        fejl(klient.post("/api/politik/aendringer", medVaerdi(god, "kommune", anden)), 404, "KOMMUNE_UKENDT", "kommune");
        Map<String, Object> udenPolitik = new java.util.LinkedHashMap<>(god);
        udenPolitik.remove("politik");
        fejl(klient.post("/api/politik/aendringer", udenPolitik), 400, "FELT_PAAKRAEVET", "politik");
        fejl(klient.get("/api/politik/aendringsrapport?kommune=2918&politik=EKSPLICIT&gyldigFra=2027-01-01"), 400, "PARAMETER_UGYLDIG", "kommune");
        fejl(klient.get("/api/politik/aendringsrapport?kommune=" + kommune + "&politik=ALDRIG&gyldigFra=2027-01-01"), 400, "PARAMETER_UGYLDIG",
                "politik");
        assertThat(antalKonfigurationer(kommune)).as("nothing was set").isZero();
    }

    private static Map<String, Object> medVaerdi(Map<String, Object> m, String k, Object v) {
        Map<String, Object> kopi = new java.util.LinkedHashMap<>(m);
        kopi.put(k, v);
        return kopi;
    }

    @Autowired
    List<dk.careledger.projection.motor.Projektion> projektioner;

    @Test
    void rebuildingTheSagProjectionsFromZeroGivesTheSameRowsAsLiveProcessing() {
        Scenarie s = scenarie();
        UUID forloeb = ledger.forloeb(s.borger(), SOMMER.plusDays(7));
        ledger.tilknyt(forloeb, s.bevilget(), s.bevilling());
        ledger.klage(s.klagefristLoeber(), afgoerelseAf(s.klagefristLoeber()), IDAG.minusDays(1));
        ledger.ok(200, klient.post("/api/bevillinger/" + s.bevilling() + "/ophoer", json("ophoersdato", IDAG.toString(), "aarsag", "DOED")));
        ledger.ok(200, klient.post("/api/forloeb/" + forloeb + "/afslutning", json("slutdato", IDAG.toString(), "aarsag", "Borgeren døde")));
        ajour();
        List<String> navne = List.of("sager", "sagsbegreb");
        Map<String, List<String>> live = indhold(navne);
        assertThat(live.get("sag_fremdrift ORDER BY sag_id, politik, loebenummer")).isNotEmpty();

        motor.genopbyg(navne);
        ajour();
        assertThat(indhold(navne)).isEqualTo(live);
    }

    private UUID afgoerelseAf(UUID sag) {
        return jdbc.queryForObject("SELECT seneste_afgoerelse_id FROM sag WHERE sag_id = ?", UUID.class, sag);
    }

    private Map<String, List<String>> indhold(List<String> navne) {
        Map<String, List<String>> ud = new java.util.LinkedHashMap<>();
        for (dk.careledger.projection.motor.Projektion p : projektioner) {
            if (navne.contains(p.navn())) {
                for (String tabel : p.tabeller()) {
                    ud.put(tabel, jdbc.query("SELECT * FROM " + tabel, (rs, n) -> {
                        StringBuilder sb = new StringBuilder();
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            sb.append(rs.getString(i)).append('|');
                        }
                        return sb.toString();
                    }));
                }
            }
        }
        return ud;
    }

    @Test
    void forgettingTheCitizenReachesTheReadModelTheTitleIsGone() {
        String k = ledger.kommune();
        UUID b = ledger.borger();
        UUID sag = ledger.sag(b, k, "27.36.04", "Visitation Nord", "Hjælp efter hoftebrud", IDAG.minusDays(5));
        ajour();
        assertThat(get(200, "/api/sager/" + sag).krop().get("titel").asText()).isEqualTo("Hjælp efter hoftebrud");
        ledger.ok(200, klient.post("/api/borgere/" + b + "/glem", json("begrundelse", "Slettefrist udløbet (test)")));
        assertThat(get(200, "/api/sager/" + sag).krop().get("titel").asText()).isEqualTo("[slettet]");
        assertThat(get(200, "/api/sagsbegreb/ENKELTSAGER?borgerId=" + b).krop().get("sager").get(0).get("titel").asText()).isEqualTo("[slettet]");
    }
}
