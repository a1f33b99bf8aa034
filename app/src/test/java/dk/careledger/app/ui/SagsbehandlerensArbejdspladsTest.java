package dk.careledger.app.ui;

import static dk.careledger.app.e2e.LedgerKlientAdgang.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.careledger.app.e2e.Cprnumre;
import dk.careledger.app.e2e.LedgerKlientAdgang;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The caseworker's UI in a real browser (issue 16), one application and one Chromium for the whole class: a
 * sagsbehandler of Aalborg handles a henvendelse into a new sag (UC1), decides and grants on it (UC3), registers a
 * levering and an ikke leveret (UC6) and an opfølgning (UC8), closes the sag; a user of Aarhus sees none of it. Each
 * step asserts what the user then sees; every page visited passes axe-core's WCAG 2.1 A/AA rules. The tests build on
 * each other in order (one citizen's story), so they share the browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SagsbehandlerensArbejdspladsTest {
    static final String AALBORG = "29189420";
    static final Path SKAERMBILLEDER = Path.of("..", "docs", "ui");

    @LocalServerPort
    int port;

    Browser browser;
    LedgerKlientAdgang api;
    final String navn = "Karen Testesen " + UUID.randomUUID().toString().substring(0, 4);
    final String cpr = Cprnumre.tilfaeldigt();
    String sagUrl;

    @BeforeAll
    void enBrowserOgEnHenvendelse() {
        assumeTrue(Browser.findes(), "chromium-driver is not installed (apt-get install chromium chromium-driver; .ci/run does it)");
        browser = new Browser(port);
        api = new LedgerKlientAdgang(port, AALBORG);
        LedgerKlientAdgang.Svar borger = api.post("/api/borgere", json("borgerId", UUID.randomUUID(), "identtype", "CPR", "identifikator", cpr,
                "navn", navn));
        assertThat(borger.status()).isIn(200, 201);
        UUID borgerId = UUID.fromString(borger.krop().get("borgerId").asText());
        LedgerKlientAdgang.Svar henvendelse = api.post("/api/henvendelser", json("henvendelseId", UUID.randomUUID(), "borgerId", borgerId,
                "kildeKode", "A2", "kanal", "TELEFON", "modtagetDato", LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString(),
                "aarsag", "Har brug for hjælp til personlig pleje"));
        assertThat(henvendelse.status()).as("%s", henvendelse.krop()).isEqualTo(201);
    }

    @AfterAll
    void lukBrowseren() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void givenANewHenvendelseWhenTheCaseworkerHandlesItIntoANewSagThenTheSagPageShowsItAndTheIndbakkeNoLonger() throws Exception {
        browser.logInd("sagsbehandler-aalborg");
        browser.aabn("/indbakke");
        assertThat(browser.tekst()).contains(navn).contains(cpr.substring(0, 6) + "-" + cpr.substring(6))
                .contains("Har brug for hjælp til personlig pleje");
        browser.skaermbillede(SKAERMBILLEDER.resolve("indbakke.png"));
        browser.alle("a[aria-label='Håndter henvendelsen fra " + navn + "']").get(0).click();
        browser.vent(() -> browser.titel().equals("Henvendelse fra " + navn));
        browser.tilgaengelig();

        // a refused form shows every error at once, and keeps what was typed
        browser.skriv("ny-sag-felt-titel", "");
        browser.skriv("ny-sag-felt-opstaaetDato", "32.13.2026");
        browser.send("ny-sag-felt-opstaaetDato");
        assertThat(browser.find(".alert-error").getText()).contains("Udfyld sagens titel").contains("Vælg emne (KLE)")
                .contains("Udfyld ansvarlig enhed").contains("Opstået den skal være en dato som 7.12.2026");
        assertThat(browser.find("#ny-sag-felt-opstaaetDato").getAttribute("value")).isEqualTo("32.13.2026");

        browser.skriv("ny-sag-felt-titel", "Personlig pleje");
        browser.vaelg("ny-sag-felt-kleNummer", "27.36.04");
        browser.skriv("ny-sag-felt-ansvarligEnhed", "Visitation Øst");
        browser.skriv("ny-sag-felt-opstaaetDato", LocalDate.now(ZoneId.of("Europe/Copenhagen")).format(java.time.format.DateTimeFormatter.ofPattern("d.M.uuuu")));
        browser.send("ny-sag-felt-ansvarligEnhed");
        assertThat(browser.titel()).contains("Personlig pleje");
        assertThat(browser.tekst()).contains("Sagen er oprettet, og henvendelsen er håndteret.").contains(navn)
                .contains("sagsbehandler-aalborg (sagsbehandler)");
        sagUrl = browser.url().replaceAll("#.*", "").replaceAll("^http://localhost:\\d+", "");

        browser.aabn("/indbakke");
        assertThat(browser.tekst()).doesNotContain(navn);
    }

    @Test
    @Order(2)
    void givenTheSagPageOpenWhenSomeoneElseChangesTheSagBeforeTheFormIsSentThenThePageSaysSoAndOffersAReload() {
        browser.aabn(sagUrl);
        browser.aabnHandling("Vurder en FSIII-tilstand");
        browser.vaelg("tilstand-felt-fsiiiKode", "J1.3");
        // meanwhile another caseworker records an assessment on the same sag
        UUID sagId = UUID.fromString(sagUrl.substring(sagUrl.lastIndexOf('/') + 1));
        LedgerKlientAdgang.Svar andenBruger = api.post("/api/sager/" + sagId + "/tilstande", json("fsiiiKode", "J1.2", "niveau", 1,
                "forventetNiveau", 1, "vurderetDato", LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString()));
        assertThat(andenBruger.status()).as("%s", andenBruger.krop()).isEqualTo(200);

        browser.send("tilstand-felt-vurderetDato");

        assertThat(browser.find(".alert-error").getText()).contains("En anden har ændret sagen");
        browser.find("a.konflikt").click();
        browser.vent(() -> browser.alle(".alert-error").isEmpty());
        browser.tilgaengelig();
        assertThat(browser.alle("#tidslinje tr[data-haendelse=TilstandVurderet]")).as("only the other caseworker's assessment").hasSize(1);
    }

    @Test
    @Order(3)
    void givenTheSagWhenTheCaseworkerAsksForOplysningerInBeroResumesItAndHearsTheCitizenThenEachIsOnTheTimeline() {
        String idag = LocalDate.now(ZoneId.of("Europe/Copenhagen")).format(java.time.format.DateTimeFormatter.ofPattern("d.M.uuuu"));
        String omToUger = LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusWeeks(2).format(java.time.format.DateTimeFormatter.ofPattern("d.M.uuuu"));
        browser.aabn(sagUrl);
        browser.aabnHandling("Anmod om oplysninger");
        browser.vaelg("oplysningsanmodning-felt-tredjepartKode", "A2");
        browser.skriv("oplysningsanmodning-felt-hvad", "Udtalelse om behovet for hjælp om morgenen");
        browser.skriv("oplysningsanmodning-felt-svarfrist", omToUger);
        browser.find("#oplysningsanmodning-felt-saetIBero").click();
        browser.send("oplysningsanmodning-felt-svarfrist");
        assertThat(browser.tekst()).contains("Anmod om oplysninger: gemt.");
        assertThat(browser.alle("#tidslinje tr[data-haendelse=SagSatIBero]")).hasSize(1);

        browser.aabnHandling("Genoptag sagen");
        browser.send("genoptagelse-felt-genoptagetDato");
        assertThat(browser.tekst()).contains("Genoptag sagen: gemt.");
        assertThat(browser.alle("#tidslinje tr[data-haendelse=SagGenoptaget]")).hasSize(1);

        browser.aabnHandling("Send partshøring");
        browser.skriv("partshoering-felt-emne", "Forslag om personlig pleje morgen og aften");
        browser.skriv("partshoering-felt-svarfrist", omToUger);
        browser.send("partshoering-felt-svarfrist");
        assertThat(browser.tekst()).contains("Send partshøring: gemt.");

        browser.aabnHandling("Registrer svar på partshøring");
        assertThat(browser.find("#partshoeringssvar-felt-partshoeringId").getText()).contains("Forslag om personlig pleje morgen og aften");
        browser.skriv("partshoeringssvar-felt-svar", "Borgeren er enig");
        browser.skriv("partshoeringssvar-felt-besvaretDato", idag);
        browser.send("partshoeringssvar-felt-besvaretDato");
        assertThat(browser.tekst()).contains("Registrer svar på partshøring: gemt.");
        assertThat(browser.alle("#tidslinje tr[data-haendelse=PartshoeringSendt]")).hasSize(1);
        assertThat(browser.alle("#tidslinje tr[data-haendelse=PartshoeringBesvaret]")).hasSize(1);
    }

    @Test
    @Order(4)
    void givenTheSagWhenTheCaseworkerAssessesMarksItOplystDecidesAndGrantsWithoutStartdatoThenTheTimelineAndTheVentelisteShowIt() throws Exception {
        browser.aabn(sagUrl);
        browser.aabnHandling("Vurder en FSIII-tilstand");
        browser.vaelg("tilstand-felt-fsiiiKode", "J1.1");
        browser.vaelg("tilstand-felt-niveau", "3");
        browser.vaelg("tilstand-felt-forventetNiveau", "2");
        browser.send("tilstand-felt-vurderetDato");
        assertThat(browser.tekst()).contains("Vurder en FSIII-tilstand: gemt.");

        browser.aabnHandling("Marker sagen oplyst");
        browser.send("oplyst-felt-oplystDato");
        assertThat(browser.tekst()).contains("Marker sagen oplyst: gemt.");

        browser.aabnHandling("Træf afgørelse");
        browser.vaelg("afgoerelse-felt-type", "BEVILLING");
        browser.vaelg("afgoerelse-felt-hjemmel", "SEL § 83, stk. 1, nr. 1");
        browser.skriv("afgoerelse-felt-begrundelse", "Borgeren kan ikke selv klare personlig pleje");
        browser.find("#afgoerelse-felt-klagevejledningGivet").click();
        browser.send("afgoerelse-felt-truffetDato");
        assertThat(browser.tekst()).contains("Træf afgørelse: gemt.");

        browser.aabnHandling("Giv bevilling");
        browser.vaelg("bevilling-felt-indsatsKode", "SEL-83-PP");
        browser.skriv("bevilling-felt-omfang-gange", "2");
        browser.skriv("bevilling-felt-omfang-minutter", "15");
        browser.send("bevilling-felt-omfang-minutter");
        assertThat(browser.tekst()).contains("Giv bevilling: gemt.").contains("Personlig pleje").contains("2 × 15 minutter pr. dag")
                .contains("start: venteliste");
        browser.skaermbillede(SKAERMBILLEDER.resolve("sag.png"));

        browser.aabn("/");
        browser.ventPaaTekst(navn);
        assertThat(browser.find("#h-venteliste").findElement(org.openqa.selenium.By.xpath("..")).getText()).contains(navn);
        browser.skaermbillede(SKAERMBILLEDER.resolve("forside.png"));
        browser.aabn("/?sorter=navn");
        assertThat(browser.find("#h-venteliste").findElement(org.openqa.selenium.By.xpath("..")).getText()).contains(navn);
    }

    @Test
    @Order(5)
    void givenAGrantedBevillingWhenItIsOrderedStartedDeliveredAndNotDeliveredThenTheSagTimelineShowsEachWithWhoAndWhen() {
        browser.aabn(sagUrl);
        String bevilling = browser.find("input[name=bevillingId]").getAttribute("value");
        browser.aabnHandling("Bestil hos leverandør");
        browser.skriv("bestilling-" + bevilling + "-felt-leverandoer", "Hjemmeplejen Øst");
        browser.send("bestilling-" + bevilling + "-felt-leverandoer");
        assertThat(browser.tekst()).contains("Bestil hos leverandør: gemt.");
        browser.aabnHandling("Fastsæt startdato");
        browser.skriv("startdato-" + bevilling + "-felt-startdato", LocalDate.now(ZoneId.of("Europe/Copenhagen"))
                .format(java.time.format.DateTimeFormatter.ofPattern("d.M.uuuu")));
        browser.send("startdato-" + bevilling + "-felt-startdato");
        assertThat(browser.tekst()).contains("Fastsæt startdato: gemt.");
        browser.aabnHandling("Registrer levering");
        String levering = browser.find("#levering-" + bevilling + "-felt-leveret").getAttribute("value");
        browser.skriv("levering-" + bevilling + "-felt-udfoertAf", "Hjemmehjælper Ida");
        browser.skriv("levering-" + bevilling + "-felt-varighedMinutter", "15");
        browser.send("levering-" + bevilling + "-felt-varighedMinutter");
        assertThat(browser.tekst()).contains("Registrer levering: gemt.");
        browser.aabnHandling("Registrer ikke leveret");
        browser.vaelg("ikke-leveret-" + bevilling + "-felt-aarsag", "BORGER_IKKE_HJEMME");
        // another visit than the one delivered (the same visit is either delivered or not): a minute after it, which is
        // never more than the five minutes ahead a fact may lie, and never before the startdato
        java.time.format.DateTimeFormatter tid = java.time.format.DateTimeFormatter.ofPattern("d.M.uuuu HH.mm");
        browser.skriv("ikke-leveret-" + bevilling + "-felt-planlagt", java.time.LocalDateTime.parse(levering, tid).plusMinutes(1).format(tid));
        browser.send("ikke-leveret-" + bevilling + "-felt-planlagt");
        assertThat(browser.tekst()).contains("Registrer ikke leveret: gemt.");
        String tidslinje = browser.find("#tidslinje").getText();
        assertThat(tidslinje).contains("Bevilling: SEL-83-PP Personlig pleje");
        assertThat(browser.find("#h-bevillinger").findElement(org.openqa.selenium.By.xpath("..")).getText()).contains("leverandør: Hjemmeplejen Øst");
        assertThat(browser.alle("#tidslinje tr[data-haendelse=BevillingBestilt]")).hasSize(1);
        assertThat(browser.alle("#tidslinje tr[data-haendelse=LeveringUdfoert]")).hasSize(1);
        assertThat(browser.alle("#tidslinje tr[data-haendelse=LeveringIkkeUdfoert]")).hasSize(1);
        assertThat(tidslinje).containsPattern("\\d{1,2}\\. [a-zæøå]+ \\d{4} kl\\. \\d{2}\\.\\d{2}");
    }

    @Test
    @Order(6)
    void givenADeliveredBevillingWhenTheCaseworkerFollowsUpWithE1AndThenE4ThenBothAreOnTheTimelineAndE1WithoutANextDateIsRefusedAtItsField() {
        browser.aabn(sagUrl);
        String bevilling = browser.find("input[name=bevillingId]").getAttribute("value");
        browser.aabnHandling("Gennemfør opfølgning");
        browser.vaelg("opfoelgning-" + bevilling + "-felt-resultatKode", "E1");
        browser.send("opfoelgning-" + bevilling + "-felt-gennemfoertDato");
        // E1 (fortsættes) needs the next opfølgning: the decider's refusal lands at that field, the choice is kept
        assertThat(browser.find(".alert-error").getText()).contains("næste opfølgning");
        assertThat(browser.find("#opfoelgning-" + bevilling + "-felt-resultatKode").getAttribute("value")).isEqualTo("E1");
        browser.skriv("opfoelgning-" + bevilling + "-felt-naesteOpfoelgning", LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusMonths(3)
                .format(java.time.format.DateTimeFormatter.ofPattern("d.M.uuuu")));
        browser.send("opfoelgning-" + bevilling + "-felt-naesteOpfoelgning");
        assertThat(browser.tekst()).contains("Gennemfør opfølgning: gemt.");
        assertThat(browser.alle("#tidslinje tr[data-haendelse=OpfoelgningGennemfoert]")).hasSize(1);

        browser.aabnHandling("Gennemfør opfølgning");
        browser.vaelg("opfoelgning-" + bevilling + "-felt-resultatKode", "E4");
        browser.skriv("opfoelgning-" + bevilling + "-felt-naesteOpfoelgning", LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusMonths(1)
                .format(java.time.format.DateTimeFormatter.ofPattern("d.M.uuuu")));
        browser.send("opfoelgning-" + bevilling + "-felt-naesteOpfoelgning");
        assertThat(browser.tekst()).contains("Gennemfør opfølgning: gemt.");
        assertThat(browser.alle("#tidslinje tr[data-haendelse=OpfoelgningGennemfoert]")).hasSize(2);
        // E4 opens a revisitation on the sag (RevisitationsProces, after the opfølgning is committed)
        browser.ventPaaTekst("Revisitation startet");
    }

    @Test
    @Order(7)
    void givenTheSagWithARunningBevillingWhenTheCaseworkerClosesItThenTheyMustSayTheBevillingContinuesAndThenItIsClosed() {
        browser.aabn(sagUrl);
        browser.aabnHandling("Afslut sagen");
        browser.send("afslutning-felt-afsluttetDato");
        assertThat(browser.find(".alert-error").getText()).contains("løber eller venter");
        browser.find("#afslutning-felt-bevillingerFortsaetter").click();
        browser.send("afslutning-felt-afsluttetDato");
        assertThat(browser.tekst()).contains("Afslut sagen: gemt.");
        assertThat(browser.alle("#tidslinje tr[data-haendelse=SagAfsluttet]")).hasSize(1);
    }

    @Test
    @Order(8)
    void givenTheCitizenWhenTheCaseworkerSearchesByCprThenTheOverviewShowsSagBevillingAndTilstand() throws Exception {
        browser.aabn("/");
        browser.skriv("hurtigsoeg", cpr.substring(0, 6) + "-" + cpr.substring(6));
        browser.send("hurtigsoeg");
        assertThat(browser.titel()).isEqualTo(navn);
        browser.ventPaaTekst("J1.1 Vaske sig");
        assertThat(browser.find("#h-bev").findElement(org.openqa.selenium.By.xpath("..")).getText()).contains("Personlig pleje");
        assertThat(browser.find("#h-sager").findElement(org.openqa.selenium.By.xpath("..")).getText()).contains("Personlig pleje")
                .contains("Afsluttet");
        browser.skaermbillede(SKAERMBILLEDER.resolve("borger.png"));
    }

    @Test
    @Order(9)
    void givenAalborgsSagWhenAUserOfAarhusLooksThenTheySeeNothingOfIt() {
        browser.logInd("sagsbehandler-aarhus");
        assertThat(browser.tekst()).doesNotContain(navn);
        browser.aabn("/indbakke");
        assertThat(browser.tekst()).doesNotContain(navn);
        browser.aabn(sagUrl);
        assertThat(browser.titel()).isEqualTo("Siden findes ikke");
        assertThat(browser.tekst()).doesNotContain(navn).doesNotContain("Personlig pleje");
        browser.aabn("/borger?cpr=" + cpr);
        assertThat(browser.tekst()).contains("Der er ingen borger med CPR-nummeret");
    }
}
