package dk.careledger.app.e2e;

import static dk.careledger.app.e2e.LedgerKlient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
 * Issue 15 over HTTP: what the ledger lets in. References across aggregates name the same citizen, an afgørelse a
 * bevilling rests on exists on its sag, nothing registered as happened lies ahead, a visit is counted once, and opening a
 * sag from a henvendelse handles it — also when two commands race for the same fact (ADR 0020).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class ReglerPaaTvaersTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    LedgerKlient klient;
    UUID borgerA;
    UUID borgerB;

    @BeforeEach
    void klient() {
        klient = new LedgerKlient(port);
        borgerA = klient.borger(Cprnumre.tilfaeldigt(), "Anna Andersen");
        borgerB = klient.borger(Cprnumre.tilfaeldigt(), "Bent Bentsen");
    }

    @Test
    void aBevillingForCitizenBOnCitizenAsSagIsRefusedAndNothingIsWritten() {
        UUID sag = sag(borgerA, List.of());
        UUID afgoerelse = afgoerelse(sag, "BEVILLING");
        UUID bevilling = UUID.randomUUID();

        LedgerKlient.Svar svar = klient.post("/api/bevillinger", bevilling(bevilling, borgerB, sag, afgoerelse, "2026-03-16", "2026-03-13"));

        afvist(svar, 422, "ANDEN_BORGER", "borgerId");
        assertThat(haendelser(bevilling)).isZero();
    }

    @Test
    void aBevillingOnAnAfgoerelseThatWasNeverMadeIsRefused() {
        UUID sag = sag(borgerA, List.of());
        afgoerelse(sag, "BEVILLING");

        afvist(klient.post("/api/bevillinger", bevilling(UUID.randomUUID(), borgerA, sag, UUID.randomUUID(), "2026-03-16", "2026-03-13")),
                404, "AFGOERELSE_UKENDT", "afgoerelseId");
    }

    @Test
    void aBevillingOnAnAfslagIsRefused() {
        UUID sag = sag(borgerA, List.of());
        UUID afslag = afgoerelse(sag, "AFSLAG");

        afvist(klient.post("/api/bevillinger", bevilling(UUID.randomUUID(), borgerA, sag, afslag, "2026-03-16", "2026-03-13")),
                422, "AFGOERELSE_ER_AFSLAG", "afgoerelseId");
    }

    @Test
    void aBevillingStartingBeforeItWasGrantedNeedsAReasonAndKeepsIt() {
        UUID sag = sag(borgerA, List.of());
        UUID afgoerelse = afgoerelse(sag, "BEVILLING");
        UUID bevilling = UUID.randomUUID();

        afvist(klient.post("/api/bevillinger", bevilling(bevilling, borgerA, sag, afgoerelse, "2026-03-06", "2026-03-13")),
                400, "STARTDATO_FOER_BEVILLING", "startdato");
        Map<String, Object> medBegrundelse = bevilling(bevilling, borgerA, sag, afgoerelse, "2026-03-06", "2026-03-13");
        medBegrundelse.put("tilbagevirkningBegrundelse", "Hjælpen blev givet akut fra udskrivelsen");
        medBegrundelse.put("foersteOpfoelgning", "2026-06-01");
        LedgerKlient.Svar givet = klient.post("/api/bevillinger", medBegrundelse);

        assertThat(givet.status()).isEqualTo(201);
        assertThat(givet.krop().get("haendelser").toString()).isEqualTo("[\"BevillingGivet\",\"TilbagevirkningBegrundet\",\"OpfoelgningPlanlagt\"]");
    }

    @Test
    void aHenvendelseOfCitizenBCannotBeHandledIntoCitizenAsSagNorOpenIt() {
        UUID sagA = sag(borgerA, List.of());
        UUID henvendelseB = henvendelse(borgerB);

        afvist(klient.post("/api/henvendelser/" + henvendelseB + "/haandtering", json("udfald", "TILKNYTTET_SAG", "sager", List.of(sagA),
                "haandteretDato", "2026-03-03")), 422, "ANDEN_BORGER", "sager[0]");
        UUID nySag = UUID.randomUUID();
        afvist(klient.post("/api/sager", sagKrop(nySag, borgerA, List.of(henvendelseB), "2026-03-03")), 422, "ANDEN_BORGER", "henvendelser[0]");
        assertThat(haendelser(nySag)).isZero();
    }

    @Test
    void openingASagFromAHenvendelseMarksItHandledInTheSameStepAndAClientMarkingItAgainChangesNothing() {
        UUID henvendelse = henvendelse(borgerA);

        UUID sag = sag(borgerA, List.of(henvendelse));
        LedgerKlient.Svar igen = klient.post("/api/henvendelser/" + henvendelse + "/haandtering", json("udfald", "SAG_OPRETTET",
                "sager", List.of(sag), "haandteretDato", "2026-03-03"));

        assertThat(igen.status()).isEqualTo(200);
        assertThat(igen.krop().get("haendelser")).isEmpty();
        assertThat(jdbc.queryForList("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number",
                String.class, henvendelse.toString())).containsExactly("dk.careledger.domain.henvendelse.event.HenvendelseModtaget",
                        "dk.careledger.domain.henvendelse.event.HenvendelseHaandteret");
    }

    @Test
    void ofEightSagerOpenedAtOnceFromOneHenvendelseExactlyOneIsOpenedAndTheHenvendelseIsHandledOnce() throws Exception {
        UUID henvendelse = henvendelse(borgerA);
        List<UUID> sager = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sager.add(UUID.randomUUID());
        }

        List<LedgerKlient.Svar> svar = Samtidigt.parallelt(8, i -> klient.post("/api/sager", sagKrop(sager.get(i), borgerA, List.of(henvendelse), "2026-03-03")));

        assertThat(svar.stream().filter(s -> s.status() == 201).count()).isEqualTo(1);
        assertThat(svar.stream().filter(s -> s.status() != 201))
                .allSatisfy(s -> assertThat(List.of(s.status(), s.tekst("fejlkode"), s.tekst("felt")))
                        .isEqualTo(List.of(422, "HENVENDELSE_HAANDTERET", "henvendelser[0]")));
        assertThat(sager.stream().filter(s -> haendelser(s) > 0).count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE '%HenvendelseHaandteret'",
                Long.class, henvendelse.toString())).isEqualTo(1);
    }

    @Test
    void ofEightRegistrationsOfOneVisitAtOnceUnderEightLeveringIdsExactlyOneIsCounted() throws Exception {
        UUID sag = sag(borgerA, List.of());
        UUID afgoerelse = afgoerelse(sag, "BEVILLING");
        UUID bevilling = UUID.randomUUID();
        assertThat(klient.post("/api/bevillinger", bevilling(bevilling, borgerA, sag, afgoerelse, "2026-03-16", "2026-03-13")).status()).isEqualTo(201);
        LedgerKlient hjemmeplejen = klient.som("hp-0042", "UDFOERER");

        List<LedgerKlient.Svar> svar = Samtidigt.parallelt(8, i -> hjemmeplejen.post("/api/bevillinger/" + bevilling + "/leveringer",
                json("leveringId", UUID.randomUUID(), "leveret", "2026-03-16T06:45:00Z", "udfoertAf", "hp-0042", "varighedMinutter", 25)));

        assertThat(svar.stream().filter(s -> s.status() == 200).count()).isEqualTo(1);
        assertThat(svar.stream().filter(s -> s.status() != 200))
                .allSatisfy(s -> assertThat(List.of(s.status(), s.tekst("fejlkode"))).isEqualTo(List.of(409, "LEVERING_DOBBELT")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE '%LeveringUdfoert'",
                Long.class, bevilling.toString())).isEqualTo(1);
    }

    @Test
    void closingASagWhoseBevillingStillRunsAsksForAnExplicitDecisionAndRecordsIt() {
        UUID sag = sag(borgerA, List.of());
        UUID afgoerelse = afgoerelse(sag, "BEVILLING");
        UUID bevilling = UUID.randomUUID();
        assertThat(klient.post("/api/bevillinger", bevilling(bevilling, borgerA, sag, afgoerelse, "2026-03-16", "2026-03-13")).status()).isEqualTo(201);

        afvist(klient.post("/api/sager/" + sag + "/afslutning", json("afsluttetDato", "2026-03-20")), 422, "BEVILLINGER_AABNE",
                "bevillingerFortsaetter");
        LedgerKlient.Svar lukket = klient.post("/api/sager/" + sag + "/afslutning", json("afsluttetDato", "2026-03-20",
                "bevillingerFortsaetter", true));

        assertThat(lukket.status()).isEqualTo(200);
        assertThat(lukket.krop().get("haendelser").toString()).isEqualTo("[\"SagAfsluttet\",\"BevillingerFortsatEfterAfslutning\"]");
        afvist(klient.post("/api/bevillinger", bevilling(UUID.randomUUID(), borgerA, sag, afgoerelse, "2026-03-23", "2026-03-20")),
                422, "SAG_AFSLUTTET", "sagId");
    }

    @Test
    void aBevillingGrantedWhileTheSagIsClosedEitherMakesTheClosureAskOrIsRefusedNeverBoth() throws Exception {
        for (int runde = 0; runde < 5; runde++) {
            UUID sag = sag(borgerA, List.of());
            UUID afgoerelse = afgoerelse(sag, "BEVILLING");
            UUID bevilling = UUID.randomUUID();

            List<LedgerKlient.Svar> svar = Samtidigt.parallelt(2, i -> i == 0
                    ? klient.post("/api/bevillinger", bevilling(bevilling, borgerA, sag, afgoerelse, "2026-03-16", "2026-03-13"))
                    : klient.post("/api/sager/" + sag + "/afslutning", json("afsluttetDato", "2026-03-20")));

            LedgerKlient.Svar givet = svar.get(0);
            LedgerKlient.Svar lukket = svar.get(1);
            if (givet.status() == 201) {
                afvist(lukket, 422, "BEVILLINGER_AABNE", "bevillingerFortsaetter");
            } else {
                assertThat(lukket.status()).isEqualTo(200);
                afvist(givet, 422, "SAG_AFSLUTTET", "sagId");
                assertThat(haendelser(bevilling)).isZero();
            }
        }
    }

    @Test
    void aLeveringHalfAYearAheadAndASagArisingNextYearAreRefused() {
        UUID sag = sag(borgerA, List.of());
        UUID afgoerelse = afgoerelse(sag, "BEVILLING");
        UUID bevilling = UUID.randomUUID();
        klient.post("/api/bevillinger", bevilling(bevilling, borgerA, sag, afgoerelse, "2026-03-16", "2026-03-13"));
        String omEtHalvtAar = Instant.now().plus(182, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();

        afvist(klient.som("hp-0042", "UDFOERER").post("/api/bevillinger/" + bevilling + "/leveringer",
                json("leveringId", UUID.randomUUID(), "leveret", omEtHalvtAar, "udfoertAf", "hp-0042", "varighedMinutter", 25)),
                400, "DATO_I_FREMTIDEN", "leveret");
        String naesteAar = String.valueOf(java.time.LocalDate.now().getYear() + 1) + "-01-15";
        afvist(klient.post("/api/sager", sagKrop(UUID.randomUUID(), borgerA, List.of(), naesteAar)), 400, "DATO_I_FREMTIDEN", "opstaaetDato");
    }

    @Test
    void aCprNumberWithDay32OrMonth13IsRefusedAndAnErstatningsCprIsKeptAsItIs() {
        afvist(klient.post("/api/borgere", json("borgerId", UUID.randomUUID(), "identtype", "CPR", "identifikator", "3201701234")),
                400, "CPR_DATO_UGYLDIG", "identifikator");
        afvist(klient.post("/api/borgere", json("borgerId", UUID.randomUUID(), "identtype", "CPR", "identifikator", "0113701234")),
                400, "CPR_DATO_UGYLDIG", "identifikator");
        assertThat(klient.post("/api/borgere", json("borgerId", UUID.randomUUID(), "identtype", "ERSTATNINGS_CPR",
                "identifikator", "710150AB12")).status()).isEqualTo(201);
    }

    private UUID henvendelse(UUID borger) {
        UUID id = UUID.randomUUID();
        assertThat(klient.post("/api/henvendelser", json("henvendelseId", id, "borgerId", borger, "kildeKode", "A1", "kanal", "TELEFON",
                "modtagetDato", "2026-03-02", "aarsag", "Kan ikke længere klare rengøring")).status()).isEqualTo(201);
        return id;
    }

    private UUID sag(UUID borger, List<UUID> henvendelser) {
        UUID id = UUID.randomUUID();
        LedgerKlient.Svar svar = klient.post("/api/sager", sagKrop(id, borger, henvendelser, "2026-03-03"));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(201);
        return id;
    }

    private static Map<String, Object> sagKrop(UUID id, UUID borger, List<UUID> henvendelser, String opstaaet) {
        return json("sagId", id, "borgerId", borger, "ejer", LedgerKlient.AALBORG, "ansvarligEnhed", "visitation", "kleNummer", "27.36.04",
                "handlingsfacet", "G01", "foelsomhed", "FORTROLIGE_PERSONOPLYSNINGER", "titel", "Personlig pleje", "opstaaetDato", opstaaet,
                "henvendelser", henvendelser);
    }

    private UUID afgoerelse(UUID sag, String type) {
        UUID id = UUID.randomUUID();
        LedgerKlient.Svar svar = klient.post("/api/sager/" + sag + "/afgoerelser", json("afgoerelseId", id, "type", type, "hjemmel", "SEL § 83",
                "begrundelse", "Borgeren klarer sig selv", "klagevejledningGivet", true, "truffetDato", "2026-03-13",
                "uoplystBegrundelse", "Akut"));
        assertThat(svar.status()).as(svar.toString()).isEqualTo(200);
        return id;
    }

    private static Map<String, Object> bevilling(UUID id, UUID borger, UUID sag, UUID afgoerelse, String start, String bevilget) {
        return json("bevillingId", id, "borgerId", borger, "sagId", sag, "afgoerelseId", afgoerelse, "indsatsKode", "SEL-83-PP",
                "startdato", start, "omfang", json("minutter", 25, "periode", "PR_DAG", "gange", 2), "bevilgetDato", bevilget);
    }

    private static void afvist(LedgerKlient.Svar svar, int status, String fejlkode, String felt) {
        assertThat(List.of(svar.status(), svar.tekst("fejlkode"), String.valueOf(svar.tekst("felt"))))
                .as(svar.toString()).isEqualTo(List.of(status, fejlkode, String.valueOf(felt)));
    }

    private long haendelser(UUID aggregat) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, aggregat.toString());
    }
}
