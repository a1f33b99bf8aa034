package dk.careledger.app.e2e;

import static dk.careledger.app.e2e.LedgerKlient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Answers the OpenAPI document promises that no other test asked for (issue 18 item 1; OpenApiDaekningTest holds the
 * document to the answers the tests get): a change within the ramme, a henvendelse clarified, a revisitation started by
 * hand, a kommune setting sent again unchanged, a log-in of an unknown demo user; and refusals the generated requests of
 * UgyldigtInputTest cannot reach because their made-up references fail first (a rule after an ophør or an afslutning, a
 * stale version, a reused command id).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class DokumenteredeSvarTest {

    @LocalServerPort
    int port;

    LedgerKlient klient;
    UUID borger;

    @BeforeEach
    void enBorger() {
        klient = new LedgerKlient(port);
        borger = klient.borger(Cprnumre.tilfaeldigt(), "Dokument Svarsen");
    }

    @Test
    void givenABevillingWithARammeWhenItsOmfangIsChangedWithinTheRammeThenTheChangeIsAccepted() {
        UUID sag = sag();
        UUID bevilling = UUID.randomUUID();
        ok(201, klient.post("/api/bevillinger", json("bevillingId", bevilling, "borgerId", borger, "sagId", sag, "indsatsKode", "SEL-83-PP",
                "startdato", "2026-03-16", "omfang", json("minutter", 20, "periode", "PR_DAG", "gange", 1),
                "ramme", json("minutter", 60, "periode", "PR_DAG", "gange", 2), "bevilgetDato", "2026-03-10")));

        LedgerKlient.Svar svar = klient.post("/api/bevillinger/" + bevilling + "/aendring", json("omfang",
                json("minutter", 30, "periode", "PR_DAG", "gange", 1), "virkningFra", "2026-04-01", "aarsag", "Mere hjælp om morgenen"));

        ok(200, svar);
        assertThat(svar.krop().get("haendelser").toString()).contains("BevillingAendret");
    }

    @Test
    void givenAnOpenHenvendelseWhenItIsClarifiedThenTheClarificationIsAccepted() {
        UUID henvendelse = UUID.randomUUID();
        ok(201, klient.post("/api/henvendelser", json("henvendelseId", henvendelse, "borgerId", borger, "kildeKode", "A1", "kanal", "TELEFON",
                "modtagetDato", "2026-03-02", "aarsag", "Ønsker hjælp til rengøring")));

        ok(200, klient.post("/api/henvendelser/" + henvendelse + "/afklaring", json("afklaretDato", "2026-03-03",
                "afklaring", "Datteren ringede på borgerens vegne")));
    }

    @Test
    void givenASagWithAnAfgoerelseWhenARevisitationIsStartedByHandThenItIsAccepted() {
        UUID sag = sag();
        ok(200, klient.post("/api/sager/" + sag + "/oplyst", json("oplystDato", "2026-03-04")));
        ok(200, klient.post("/api/sager/" + sag + "/afgoerelser", json("afgoerelseId", UUID.randomUUID(), "type", "BEVILLING",
                "hjemmel", "SEL § 83", "begrundelse", "Bevilget som ansøgt", "klagevejledningGivet", true, "truffetDato", "2026-03-05",
                "sendtDato", "2026-03-05", "virkningsdato", "2026-03-09")));

        ok(200, klient.post("/api/sager/" + sag + "/revisitation", json("startetDato", "2026-03-20", "aarsag", "Borgeren er faldet")));
    }

    @Test
    void givenABorgerblikSettingWhenTheSameSettingIsSentAgainThenItIsAnsweredWithoutNewFacts() {
        // a fresh kommune of its own, whose settings no other test reads
        String kommune = String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
        LedgerKlient konfiguration = klient.iKommune(kommune);
        var indstilling = json("kommune", kommune, "klePraefiks", "27.36", "gyldigFra", "2020-01-01", "titelKilde", "KLE",
                "dokumenttitler", false, "niveau2", false, "skjulForBorger", false);
        ok(201, konfiguration.post("/api/borgerblik/konfiguration", indstilling));

        LedgerKlient.Svar igen = konfiguration.post("/api/borgerblik/konfiguration", indstilling);

        ok(200, igen);
        assertThat(igen.krop().get("haendelser")).isEmpty();
    }

    @Test
    void givenAnUnknownDemoUserWhenLoggingInForATokenOrASessionThenTheLogInIsRefused() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String sti : new String[] {"/api/login/token", "/api/login/session"}) {
            HttpResponse<String> svar = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + sti))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("bruger=ingen-saadan"))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(svar.statusCode()).as(sti).isEqualTo(401);
            assertThat(svar.body()).contains("LOGIN_AFVIST");
        }
    }

    @Test
    void givenAnOphoertBevillingWhenAVisitAfterTheOphoerIsRegisteredAsNotDeliveredOrUnplannedThenTheRulesRefuseIt() {
        UUID bevilling = bevilling(sag());
        ok(200, klient.post("/api/bevillinger/" + bevilling + "/ophoer", json("ophoersdato", "2026-04-01", "aarsag", "DOED")));

        ok(422, klient.post("/api/bevillinger/" + bevilling + "/ikke-leveret", json("leveringId", UUID.randomUUID(),
                "planlagt", "2026-04-02T07:00:00Z", "aarsag", "BORGER_IKKE_HJEMME", "erstatningTilbudt", false)));
        ok(422, klient.post("/api/bevillinger/" + bevilling + "/uplanlagte-leveringer", json("leveringId", UUID.randomUUID(),
                "leveret", "2026-04-02T22:00:00Z", "udfoertAf", "hp-0042", "varighedMinutter", 15, "anledning", "Nødkald")));
        ok(422, klient.post("/api/bevillinger/" + bevilling + "/opfoelgninger", json("opfoelgningId", UUID.randomUUID(), "resultatKode", "E2",
                "gennemfoertDato", "2026-04-03", "naesteOpfoelgning", "2026-07-01")));
    }

    @Test
    void givenABevillingGrantedWithoutASagWhenAnotherCitizensSagIsJoinedToItThenARuleRefusesIt() {
        UUID bevilling = UUID.randomUUID();
        ok(201, klient.som("sp-0007", "SELVVISITERENDE").post("/api/bevillinger", json("bevillingId", bevilling, "borgerId", borger,
                "indsatsKode", "SUL-138", "startdato", "2026-03-10", "omfang", json("minutter", 30, "periode", "PR_UGE", "gange", 2),
                "bevilgetDato", "2026-03-10")));
        UUID andenBorger = klient.borger(Cprnumre.tilfaeldigt(), "Anden Borgersen");
        UUID andenSag = UUID.randomUUID();
        ok(201, klient.post("/api/sager", json("sagId", andenSag, "borgerId", andenBorger, "ejer", LedgerKlient.AALBORG, "ansvarligEnhed",
                "visitation", "kleNummer", "27.36.04", "handlingsfacet", "G01", "foelsomhed", "FOELSOMME_PERSONOPLYSNINGER", "titel", "Hjælp",
                "opstaaetDato", "2026-03-02")));

        LedgerKlient.Svar svar = klient.post("/api/bevillinger/" + bevilling + "/sag", json("sagId", andenSag, "begrundelse", "Fejl"));

        ok(422, svar);
        assertThat(svar.tekst("fejlkode")).isEqualTo("ANDEN_BORGER");
    }

    @Test
    void givenABevillingOnTheVentelisteWhenItsStartdatoIsCorrectedThenARuleRefusesItForItHasNone() {
        UUID bevilling = UUID.randomUUID();
        ok(201, klient.post("/api/bevillinger", json("bevillingId", bevilling, "borgerId", borger, "sagId", sag(), "indsatsKode", "SEL-83-PP",
                "omfang", json("minutter", 20, "periode", "PR_DAG", "gange", 1), "bevilgetDato", "2026-03-10")));

        ok(422, klient.post("/api/bevillinger/" + bevilling + "/startdato-rettelse", json("startdato", "2026-03-17", "begrundelse", "Tastefejl")));
    }

    @Test
    void givenAForloebWhenASagOrABevillingIsAttachedTwiceOrAfterItEndedThenItIsAConflictOrARule() {
        UUID forloeb = UUID.randomUUID();
        ok(201, klient.post("/api/forloeb", json("forloebId", forloeb, "borgerId", borger, "forloebstypeKode", "SEL-83", "startdato", "2026-03-02")));
        UUID sag = sag();
        UUID bevilling = bevilling(sag);
        ok(200, klient.post("/api/forloeb/" + forloeb + "/sager", json("sagId", sag)));
        ok(200, klient.post("/api/forloeb/" + forloeb + "/bevillinger", json("bevillingId", bevilling)));

        ok(409, klient.post("/api/forloeb/" + forloeb + "/sager", json("sagId", sag)));
        ok(409, klient.post("/api/forloeb/" + forloeb + "/bevillinger", json("bevillingId", bevilling)));

        ok(200, klient.post("/api/forloeb/" + forloeb + "/afslutning", json("slutdato", "2026-04-02", "aarsag", "Flyttet")));
        UUID nySag = sag();
        ok(422, klient.post("/api/forloeb/" + forloeb + "/sager", json("sagId", nySag)));
        ok(422, klient.post("/api/forloeb/" + forloeb + "/bevillinger", json("bevillingId", bevilling(nySag))));
    }

    @Test
    void givenASagWithoutAfgoerelseWhenARevisitationIsStartedThenARuleRefusesItAndAStaleVersionIsAConflict() {
        UUID sag = sag();

        ok(422, klient.post("/api/sager/" + sag + "/revisitation", json("startetDato", "2026-03-20", "aarsag", "Borgeren er faldet")));
        ok(409, klient.post("/api/sager/" + sag + "/revisitation", json("startetDato", "2026-03-20", "aarsag", "Borgeren er faldet"),
                UUID.randomUUID(), "\"999\""));
    }

    @Test
    void givenAHenvendelseWhenItIsHandledWithAStaleVersionThenItIsAConflict() {
        UUID henvendelse = UUID.randomUUID();
        ok(201, klient.post("/api/henvendelser", json("henvendelseId", henvendelse, "borgerId", borger, "kildeKode", "A1", "kanal", "TELEFON",
                "modtagetDato", "2026-03-02", "aarsag", "Ønsker hjælp til rengøring")));

        ok(409, klient.post("/api/henvendelser/" + henvendelse + "/haandtering", json("udfald", "INGEN_SAG", "begrundelse", "Klaret",
                "haandteretDato", "2026-03-03"), UUID.randomUUID(), "\"999\""));
    }

    @Test
    void givenAKommuneSettingWhenItsCommandIdIsReusedForOtherContentOrItNamesAnotherKommuneThenItIsRefused() {
        String kommune = String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
        LedgerKlient konfiguration = klient.iKommune(kommune);
        UUID id = UUID.randomUUID();
        var borgerblik = json("kommune", kommune, "klePraefiks", "27.36", "gyldigFra", "2020-01-01", "titelKilde", "KLE",
                "dokumenttitler", false, "niveau2", false, "skjulForBorger", false);
        ok(201, konfiguration.post("/api/borgerblik/konfiguration", borgerblik, id, null));
        borgerblik.put("niveau2", true);
        ok(409, konfiguration.post("/api/borgerblik/konfiguration", borgerblik, id, null));
        UUID politikId = UUID.randomUUID();
        ok(201, konfiguration.post("/api/politik/aendringer", json("kommune", kommune, "politik", "EKSPLICIT", "gyldigFra", "2020-01-01"),
                politikId, null));
        ok(409, konfiguration.post("/api/politik/aendringer", json("kommune", kommune, "politik", "VED_AFGOERELSE", "gyldigFra", "2020-01-01"),
                politikId, null));

        borgerblik.put("kommune", LedgerKlient.AALBORG);
        ok(404, konfiguration.post("/api/borgerblik/konfiguration", borgerblik));
    }

    private UUID bevilling(UUID sag) {
        UUID bevilling = UUID.randomUUID();
        ok(201, klient.post("/api/bevillinger", json("bevillingId", bevilling, "borgerId", borger, "sagId", sag, "indsatsKode", "SEL-83-PP",
                "startdato", "2026-03-16", "omfang", json("minutter", 20, "periode", "PR_DAG", "gange", 1), "bevilgetDato", "2026-03-10")));
        return bevilling;
    }

    private UUID sag() {
        UUID sag = UUID.randomUUID();
        ok(201, klient.post("/api/sager", json("sagId", sag, "borgerId", borger, "ejer", LedgerKlient.AALBORG, "ansvarligEnhed", "visitation",
                "kleNummer", "27.36.04", "handlingsfacet", "G01", "foelsomhed", "FOELSOMME_PERSONOPLYSNINGER", "titel", "Personlig pleje",
                "opstaaetDato", "2026-03-02")));
        return sag;
    }

    private static void ok(int status, LedgerKlient.Svar svar) {
        assertThat(svar.status()).as("%s", svar).isEqualTo(status);
    }
}
