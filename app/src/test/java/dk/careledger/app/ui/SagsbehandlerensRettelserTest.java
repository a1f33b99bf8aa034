package dk.careledger.app.ui;

import static dk.careledger.app.e2e.LedgerKlientAdgang.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.careledger.app.e2e.Cprnumre;
import dk.careledger.app.e2e.LedgerKlientAdgang;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The rest of the caseworker's actions in a real browser (issue 16): on a granted bevilling an uplanlagt levering and
 * its annulment, a change of omfang refused for a concurrent change and then saved, a corrected startdato, ophør; on
 * the sag a klage, the corrections of ADR 0022 (sendt-dato, omklassificering, omgørelse, a bevilling without a sag
 * joined to it) and a forløb started, joined and ended; finding a citizen by name; and the leverandør's own view, where
 * a leverandør registers levering, ikke leveret and uplanlagt levering and can do nothing else. Each step asserts what
 * the user then sees; every page passes axe-core's WCAG 2.1 A/AA rules; forms are sent with Enter. The citizen, the sag,
 * its afgørelse and bevilling are made through the API beforehand; the tests build on each other in order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SagsbehandlerensRettelserTest {
    static final String AALBORG = SagsbehandlerensArbejdspladsTest.AALBORG;
    static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("d.M.uuuu");
    static final LocalDate IDAG = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

    @LocalServerPort
    int port;

    Browser browser;
    LedgerKlientAdgang api;
    final String efternavn = "Rettesen" + UUID.randomUUID().toString().substring(0, 6);
    final String navn = "Rasmus " + efternavn;
    final String navn2 = "Rasmine " + efternavn;
    final String cpr = Cprnumre.tilfaeldigt();
    final String cpr2 = Cprnumre.tilfaeldigt();
    UUID borgerId;
    UUID borger2;
    UUID sagId;
    UUID bevilling;
    UUID selvvisiteret;
    String sagUrl;

    @BeforeAll
    void enSagMedAfgoerelseOgBevilling() {
        assumeTrue(Browser.findes(), "chromium-driver is not installed (apt-get install chromium chromium-driver; .ci/run does it)");
        api = new LedgerKlientAdgang(port, AALBORG);
        borgerId = borger(navn, cpr);
        borger2 = borger(navn2, cpr2);
        sagId = UUID.randomUUID();
        ok(201, api.post("/api/sager", json("sagId", sagId, "borgerId", borgerId, "ejer", AALBORG, "ansvarligEnhed", "Visitation Vest",
                "kleNummer", "27.36.04", "handlingsfacet", "G01", "foelsomhed", "FOELSOMME_PERSONOPLYSNINGER", "titel", "Personlig pleje",
                "opstaaetDato", IDAG.minusDays(10).toString(), "henvendelser", List.of(), "sagsbehandler", "sagsbehandler-aalborg")));
        ok(200, api.post("/api/sager/" + sagId + "/partshoeringer", json("partshoeringId", UUID.randomUUID(), "emne", "Forslag om personlig pleje",
                "sendtDato", IDAG.minusDays(3).toString(), "svarfrist", IDAG.plusDays(11).toString())));
        ok(200, api.post("/api/sager/" + sagId + "/oplyst", json("oplystDato", IDAG.minusDays(2).toString())));
        UUID afgoerelse = UUID.randomUUID();
        ok(200, api.post("/api/sager/" + sagId + "/afgoerelser", json("afgoerelseId", afgoerelse, "type", "BEVILLING", "hjemmel",
                "SEL § 83, stk. 1, nr. 1", "begrundelse", "Kan ikke selv klare personlig pleje", "klagevejledningGivet", true,
                "truffetDato", IDAG.minusDays(1).toString(), "sendtDato", IDAG.minusDays(1).toString())));
        bevilling = UUID.randomUUID();
        ok(201, api.post("/api/bevillinger", json("bevillingId", bevilling, "borgerId", borgerId, "sagId", sagId, "afgoerelseId", afgoerelse,
                "indsatsKode", "SEL-83-PP", "startdato", IDAG.toString(), "omfang", json("minutter", 20, "periode", "PR_DAG", "gange", 1),
                "bevilgetDato", IDAG.toString())));
        ok(200, api.post("/api/bevillinger/" + bevilling + "/bestilling", json("leverandoer", "Hjemmeplejen Vest",
                "bestiltDato", IDAG.toString())));
        // help granted acutely by a selvvisiterende, without a sag (ADR 0022 solution C)
        selvvisiteret = UUID.randomUUID();
        ok(201, api.som("sp-0007", "SELVVISITERENDE").post("/api/bevillinger", json("bevillingId", selvvisiteret, "borgerId", borgerId,
                "indsatsKode", "SUL-138", "startdato", IDAG.toString(), "omfang", json("minutter", 30, "periode", "PR_UGE", "gange", 2),
                "bevilgetDato", IDAG.toString())));
        sagUrl = "/sag/" + sagId;
        browser = new Browser(port);
        browser.logInd("sagsbehandler-aalborg");
    }

    @AfterAll
    void lukBrowseren() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void givenARunningBevillingWhenAnUplanlagtLeveringIsSentIncompleteThenCompleteAndThenAnnulledThenEachStepShowsAndTheAnnulmentIsNoLongerOffered() {
        browser.aabn(sagUrl);
        String felt = "uplanlagt-levering-" + bevilling + "-felt-";
        aabnFormularen(felt + "varighedMinutter");
        browser.skriv(felt + "varighedMinutter", "ti");
        browser.send(felt + "varighedMinutter");
        assertThat(browser.find(".alert-error").getText()).contains("Varighed i minutter skal være et helt tal").contains("Udfyld anledning");
        assertThat(browser.find("#" + felt + "varighedMinutter").getAttribute("value")).isEqualTo("ti");

        browser.skriv(felt + "varighedMinutter", "25");
        browser.skriv(felt + "udfoertAf", "Nattevagt Bo");
        browser.skriv(felt + "anledning", "Nødkald: borgeren var faldet");
        browser.send(felt + "varighedMinutter");
        assertThat(browser.tekst()).contains("Registrer uplanlagt levering: gemt.");
        assertThat(browser.alle("#tidslinje tr[data-haendelse=UplanlagtLeveringRegistreret]")).hasSize(1);

        String annul = "annullering-" + bevilling + "-felt-";
        aabnFormularen(annul + "begrundelse");
        assertThat(new Select(browser.find("#" + annul + "leveringId")).getFirstSelectedOption().getText()).contains("Ikke-planlagt levering");
        browser.skriv(annul + "begrundelse", "Registreret på den forkerte borger");
        browser.sendMedKnappen(annul + "begrundelse");
        assertThat(browser.tekst()).contains("Annullér en registrering: gemt.");
        assertThat(browser.alle("#tidslinje tr[data-haendelse=LeveringAnnulleret]")).hasSize(1);
        assertThat(browser.alle("#" + annul + "leveringId")).as("nothing left to annul").isEmpty();
    }

    @Test
    @Order(2)
    void givenTheBevillingOpenWhenSomeoneRegistersALeveringBeforeTheChangeOfOmfangIsSentThenThePageOffersAReloadAndThenTheChangeIsSaved() {
        browser.aabn(sagUrl);
        String felt = "aendring-" + bevilling + "-felt-";
        aabnFormularen(felt + "omfang-minutter");
        browser.skriv(felt + "omfang-minutter", "15");
        browser.skriv(felt + "aarsag", "Borgeren klarer mere selv");
        // meanwhile the leverandør registers a visit on the same bevilling
        ok(200, api.post("/api/bevillinger/" + bevilling + "/leveringer", json("leveringId", UUID.randomUUID(), "leveret",
                Instant.now().minus(2, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString(), "udfoertAf", "Ida", "varighedMinutter", 20)));

        browser.send(felt + "omfang-minutter");
        assertThat(browser.find(".alert-error").getText()).contains("En anden har ændret sagen");
        assertThat(browser.find("#" + felt + "omfang-minutter").getAttribute("value")).as("what was typed is kept").isEqualTo("15");
        browser.find("a.konflikt").click();
        browser.vent(() -> browser.alle(".alert-error").isEmpty());
        browser.tilgaengelig();

        aabnFormularen(felt + "omfang-minutter");
        browser.skriv(felt + "omfang-minutter", "15");
        browser.skriv(felt + "aarsag", "Borgeren klarer mere selv");
        browser.send(felt + "omfang-minutter");
        assertThat(browser.tekst()).contains("Ændr omfang: gemt.");
        assertThat(sektion("h-bevillinger")).contains("1 × 15 minutter pr. dag");
        assertThat(browser.alle("#tidslinje tr[data-haendelse=BevillingAendret]")).hasSize(1);
    }

    @Test
    @Order(3)
    void givenTheAfgoerelseWhenTheCaseworkerRegistersAKlageCorrectsTheSendtDatoAndReclassifiesTheSagThenEachIsOnTheTimelineAndTheTitleChanges() {
        browser.aabn(sagUrl);
        aabnFormularen("klage-felt-modtagetDato");
        browser.send("klage-felt-modtagetDato");
        assertThat(browser.tekst()).contains("Registrer klage: gemt.");
        assertThat(browser.alle("#tidslinje tr[data-haendelse=KlageModtaget]")).hasSize(1);

        aabnFormularen("sendt-dato-rettelse-felt-sendtDato");
        browser.skriv("sendt-dato-rettelse-felt-sendtDato", IDAG.format(DATO));
        browser.skriv("sendt-dato-rettelse-felt-begrundelse", "Brevet gik først af i dag");
        browser.send("sendt-dato-rettelse-felt-sendtDato");
        assertThat(browser.tekst()).contains("Ret datoen, afgørelsen blev sendt: gemt.");
        assertThat(browser.alle("#tidslinje tr[data-haendelse=AfgoerelseSendtDatoRettet]")).hasSize(1);

        aabnFormularen("omklassificering-felt-titel");
        browser.skriv("omklassificering-felt-titel", "Personlig pleje og nødkald");
        browser.skriv("omklassificering-felt-begrundelse", "Sagen handler også om nødkald");
        browser.send("omklassificering-felt-titel");
        assertThat(browser.tekst()).contains("Omklassificér sagen: gemt.");
        // the title comes from the citizen's overview, which catches up in a moment
        browser.vent(() -> {
            browser.aabn(sagUrl);
            return browser.titel().contains("Personlig pleje og nødkald");
        });
        assertThat(browser.alle("#tidslinje tr[data-haendelse=SagOmklassificeret]")).hasSize(1);
    }

    @Test
    @Order(4)
    void givenTheSagWhenTheCaseworkerStartsAForloebJoinsTheBevillingAndEndsItThenTheCitizenOverviewShowsTheForloebEnded() {
        browser.aabn(sagUrl);
        aabnFormularen("forloeb-felt-startdato");
        browser.vaelg("forloeb-felt-forloebstypeKode", "SEL-83");
        browser.send("forloeb-felt-startdato");
        assertThat(browser.tekst()).contains("Start forløb: gemt.");

        // the citizen's forløb come from the overview, which catches up in a moment
        browser.ventPaaTekst("Knyt bevillingen til et forløb");
        aabnFormularen("forloeb-bevilling-" + bevilling + "-felt-forloebId");
        browser.sendMedKnappen("forloeb-bevilling-" + bevilling + "-felt-forloebId");
        assertThat(browser.tekst()).contains("Knyt bevillingen til et forløb: gemt.");

        aabnFormularen("forloeb-afslutning-felt-slutdato");
        browser.skriv("forloeb-afslutning-felt-aarsag", "Borgeren er selvhjulpen igen");
        browser.send("forloeb-afslutning-felt-slutdato");
        assertThat(browser.tekst()).contains("Afslut et forløb: gemt.");

        browser.aabn("/borger/" + borgerId);
        ventPaaSektion("h-forloeb", "Afsluttet");
    }

    @Test
    @Order(5)
    void givenABevillingGrantedWithoutASagWhenTheCaseworkerJoinsItToTheSagThenTheSagShowsBothBevillinger() {
        browser.aabn(sagUrl);
        browser.ventPaaTekst("Knyt en bevilling uden sag til sagen");
        aabnFormularen("tilknyt-bevilling-felt-begrundelse");
        assertThat(new Select(browser.find("#tilknyt-bevilling-felt-bevilling")).getFirstSelectedOption().getText()).contains("Kommunal sygepleje");
        browser.skriv("tilknyt-bevilling-felt-begrundelse", "Akut sygepleje hører til sagen");
        browser.sendMedKnappen("tilknyt-bevilling-felt-begrundelse");
        assertThat(browser.tekst()).contains("Knyt en bevilling uden sag til sagen: gemt.");
        assertThat(sektion("h-bevillinger")).contains("SEL-83-PP Personlig pleje").contains("SUL-138 Kommunal sygepleje");
        assertThat(browser.alle("#tidslinje tr[data-haendelse=BevillingTilknyttetSag]")).hasSize(2);
    }

    @Test
    @Order(6)
    void givenAStartdatoMovedBeforeTheGrantWhenNoReasonIsGivenThenTheRefusalIsAtTheFieldAndWithTheReasonTheCorrectionIsSaved() throws Exception {
        browser.aabn(sagUrl);
        String felt = "startdato-rettelse-" + bevilling + "-felt-";
        aabnFormularen(felt + "startdato");
        browser.skriv(felt + "startdato", IDAG.minusDays(1).format(DATO));
        browser.skriv(felt + "begrundelse", "Hjælpen begyndte i går");
        browser.send(felt + "startdato");
        assertThat(browser.find("#" + felt + "startdato-fejl").getText()).contains("ligger før bevillingen blev givet")
                .contains("hvorfor startdatoen ligger før bevillingen blev givet");
        assertThat(browser.find("#" + felt + "begrundelse").getAttribute("value")).isEqualTo("Hjælpen begyndte i går");

        browser.skriv(felt + "tilbagevirkningBegrundelse", "Akut behov aftalt i telefonen");
        browser.sendMedKnappen(felt + "tilbagevirkningBegrundelse");
        assertThat(browser.tekst()).contains("Ret startdatoen: gemt.");
        assertThat(browser.alle("#tidslinje tr[data-haendelse=BevillingStartdatoRettet]")).hasSize(1);
        assertThat(browser.alle("#tidslinje tr[data-haendelse=TilbagevirkningBegrundet]")).hasSize(1);
        browser.skaermbillede(SagsbehandlerensArbejdspladsTest.SKAERMBILLEDER.resolve("sag-rettelser.png"));
    }

    @Test
    @Order(7)
    void givenTwoCitizensWithTheSameSurnameWhenTheCaseworkerSearchesByNameThenBothAreListedTheReadIsLoggedAndAFullerNameOpensTheOne() throws Exception {
        browser.aabn("/");
        browser.skriv("hurtigsoeg", "ras " + efternavn.toLowerCase());
        browser.send("hurtigsoeg");
        assertThat(browser.titel()).isEqualTo("Find borger");
        assertThat(sektion("h-fundne")).contains(navn).contains(navn2).contains(cpr2.substring(0, 6) + "-" + cpr2.substring(6));
        browser.skaermbillede(SagsbehandlerensArbejdspladsTest.SKAERMBILLEDER.resolve("find-borger.png"));
        LedgerKlientAdgang revisor = api.som("revisor-aalborg", "REVISOR");
        browser.vent(() -> revisor.get("/api/adgangslog?borgerId=" + borger2).krop().toString().contains("borgersoegning"));

        browser.skriv("soeg", "rasmu " + efternavn.substring(0, 10));
        browser.send("soeg");
        assertThat(browser.titel()).isEqualTo(navn);

        browser.aabn("/borger?soeg=Ingen+Findesmedditnavn");
        assertThat(browser.find("#soeg-fejl").getText()).contains("Der er ingen borger i din kommune, hvis navn passer på");
    }

    @Test
    @Order(8)
    void givenTheBevillingOrderedFromTheLeverandoerWhenTheLeverandoerLogsInThenTheyRegisterLeveringIkkeLeveretAndUplanlagtAndNothingElse() throws Exception {
        browser.logInd("leverandoer-aalborg", "Bestilte ydelser");
        assertThat(browser.alle("nav.hovedmenu")).as("no caseworker's menu").isEmpty();
        assertThat(browser.tekst()).contains(navn).contains("Personlig pleje");
        browser.skaermbillede(SagsbehandlerensArbejdspladsTest.SKAERMBILLEDER.resolve("leverandoer.png"));
        browser.find("a[aria-label='Registrer på Personlig pleje hos " + navn + "']").click();
        browser.vent(() -> browser.titel().equals("Personlig pleje hos " + navn));
        browser.tilgaengelig();

        aabnFormularen("levering-felt-varighedMinutter");
        String leveret = browser.find("#levering-felt-leveret").getAttribute("value");
        assertThat(browser.find("#levering-felt-udfoertAf").getAttribute("value")).isEqualTo("leverandoer-aalborg");
        browser.skriv("levering-felt-varighedMinutter", "20");
        browser.send("levering-felt-varighedMinutter");
        assertThat(browser.tekst()).contains("Registrer levering: gemt.");

        aabnFormularen("ikke-leveret-felt-planlagt");
        browser.vaelg("ikke-leveret-felt-aarsag", "BORGER_AFLYST");
        DateTimeFormatter tid = DateTimeFormatter.ofPattern("d.M.uuuu HH.mm");
        browser.skriv("ikke-leveret-felt-planlagt", java.time.LocalDateTime.parse(leveret, tid).plusMinutes(1).format(tid));
        browser.send("ikke-leveret-felt-planlagt");
        assertThat(browser.tekst()).contains("Registrer ikke leveret: gemt.");

        aabnFormularen("uplanlagt-levering-felt-anledning");
        // another visit than the planned one: the same moment would be the same visit
        browser.skriv("uplanlagt-levering-felt-leveret", java.time.LocalDateTime.parse(leveret, tid).plusMinutes(2).format(tid));
        browser.skriv("uplanlagt-levering-felt-varighedMinutter", "10");
        browser.skriv("uplanlagt-levering-felt-anledning", "Borgeren ringede efter hjælp");
        browser.sendMedKnappen("uplanlagt-levering-felt-anledning");
        assertThat(browser.tekst()).contains("Registrer uplanlagt levering: gemt.");

        browser.aabn(sagUrl);
        assertThat(browser.titel()).isEqualTo("Du har ikke adgang til siden");
        browser.aabn("/borger/" + borgerId);
        assertThat(browser.titel()).isEqualTo("Du har ikke adgang til siden");

        browser.logInd("leverandoer-aarhus", "Bestilte ydelser");
        assertThat(browser.tekst()).doesNotContain(navn);
        browser.aabn("/leverandoer/bevilling/" + bevilling);
        assertThat(browser.titel()).isEqualTo("Siden findes ikke");
    }

    @Test
    @Order(9)
    void givenTheLeverandoersRegistrationsWhenTheCaseworkerStopsTheBevillingThenTheTimelineShowsWhoRegisteredWhatAndTheOphoer() {
        browser.logInd("sagsbehandler-aalborg");
        browser.aabn(sagUrl);
        assertThat(browser.find("#tidslinje").getText()).contains("leverandoer-aalborg");
        assertThat(browser.alle("#tidslinje tr[data-haendelse=LeveringIkkeUdfoert]")).hasSize(1);
        String felt = "ophoer-" + bevilling + "-felt-";
        aabnFormularen(felt + "ophoersdato");
        browser.skriv(felt + "ophoersdato", IDAG.plusDays(1).format(DATO));
        browser.vaelg(felt + "aarsag", "BORGERENS_OENSKE");
        browser.send(felt + "ophoersdato");
        assertThat(browser.tekst()).contains("Bevillingen ophører: gemt.");
        assertThat(browser.alle("#tidslinje tr[data-haendelse=BevillingOphoert]")).hasSize(1);
    }

    @Test
    @Order(10)
    void givenTheAfgoerelseWhenTheCaseworkerReversesItThenItIsOnTheTimelineAndThereIsNoAfgoerelseLeftToComplainAbout() {
        browser.aabn(sagUrl);
        aabnFormularen("omgoerelse-felt-omgjortDato");
        browser.skriv("omgoerelse-felt-begrundelse", "Afgørelsen byggede på forkerte oplysninger");
        browser.send("omgoerelse-felt-omgjortDato");
        assertThat(browser.tekst()).contains("Omgør afgørelsen: gemt.");
        assertThat(browser.alle("#tidslinje tr[data-haendelse=AfgoerelseOmgjort]")).hasSize(1);
        assertThat(browser.alle("#klage-felt-modtagetDato")).isEmpty();
        assertThat(browser.alle("#omgoerelse-felt-omgjortDato")).isEmpty();
    }

    @Test
    @Order(11)
    void givenAPartshoeringAwaitingTheCitizensAnswerWhenTheListIsSortedByCprAndTheAnswerIsRegisteredThenTheStartPageNoLongerListsIt() {
        browser.aabn("/");
        ventPaaSektion("h-partshoeringer", navn);
        assertThat(sektion("h-partshoeringer")).contains(cpr.substring(0, 6) + "-" + cpr.substring(6))
                .contains(DateTimeFormatter.ofPattern("d. MMMM uuuu", java.util.Locale.forLanguageTag("da-DK")).format(IDAG.plusDays(11)));
        // every list sorts by the citizen's CPR when its column is chosen, and says so to a screen reader
        browser.find("#h-partshoeringer").findElement(By.xpath("..")).findElement(By.linkText("CPR")).sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.vent(() -> browser.url().endsWith("sorter=cpr"));
        browser.tilgaengelig();
        assertThat(browser.alle("#h-partshoeringer ~ table th[aria-sort=ascending]")).extracting(WebElement::getText).containsExactly("CPR");
        assertThat(sektion("h-partshoeringer")).contains(navn);
        browser.find("#h-partshoeringer").findElement(By.xpath("..//tr[td[text()='" + navn + "']]//a")).click();
        browser.vent(() -> browser.titel().contains("Personlig pleje og nødkald"));
        browser.tilgaengelig();

        aabnFormularen("partshoeringssvar-felt-besvaretDato");
        browser.skriv("partshoeringssvar-felt-svar", "Borgeren er enig");
        browser.send("partshoeringssvar-felt-besvaretDato");
        assertThat(browser.tekst()).contains("Registrer svar på partshøring: gemt.");

        browser.aabn("/");
        ventPaaSektion("h-partshoeringer", tekst -> !tekst.contains(navn));
    }

    private UUID borger(String navn, String cpr) {
        LedgerKlientAdgang.Svar svar = api.post("/api/borgere", json("borgerId", UUID.randomUUID(), "identtype", "CPR", "identifikator", cpr,
                "navn", navn));
        assertThat(svar.status()).as("%s", svar.krop()).isIn(200, 201);
        return UUID.fromString(svar.krop().get("borgerId").asText());
    }

    private static void ok(int status, LedgerKlientAdgang.Svar svar) {
        assertThat(svar.status()).as("%s", svar.krop()).isEqualTo(status);
    }

    /** Opens the action box the field is in (its summary, as a keyboard user would with Enter on it). */
    private void aabnFormularen(String feltId) {
        WebElement summary = browser.find("#" + feltId).findElement(By.xpath("ancestor::details/summary"));
        summary.sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.vent(() -> browser.find("#" + feltId).isDisplayed());
    }

    private String sektion(String overskrift) {
        return browser.find("#" + overskrift).findElement(By.xpath("..")).getText();
    }

    /** Reloads until the section shows the text (a read model catching up). */
    private void ventPaaSektion(String overskrift, String tekst) {
        ventPaaSektion(overskrift, t -> t.contains(tekst));
    }

    private void ventPaaSektion(String overskrift, java.util.function.Predicate<String> betingelse) {
        browser.vent(() -> {
            if (betingelse.test(sektion(overskrift))) {
                return true;
            }
            browser.aabn(browser.url().replaceAll("^http://localhost:\\d+", ""));
            return false;
        });
    }
}
