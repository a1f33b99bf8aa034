package dk.careledger.app.e2e;

import static dk.careledger.app.e2e.LedgerKlient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every rule refuses bad input over REST with a clear 4xx — a stable {@code fejlkode}, the offending {@code felt}
 * and a message — and writes nothing: neither events nor an idempotency record.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class AfvisningerTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    LedgerKlient klient;
    UUID borger;
    UUID sag;
    UUID lukketSag;
    UUID henvendelse;
    UUID bevilling;
    UUID ventelisteBevilling;
    UUID ophoertBevilling;

    @BeforeEach
    void enVerdenMedSagerOgBevillinger() {
        klient = new LedgerKlient(port);
        borger = klient.borger(Cprnumre.tilfaeldigt(), "Test Borger");
        sag = opretSag();
        lukketSag = opretSag();
        ok(klient.post("/api/sager/" + lukketSag + "/afslutning-uden-afgoerelse", json("aarsag", "TRUKKET_TILBAGE", "afsluttetDato", "2026-03-05")));
        henvendelse = UUID.randomUUID();
        ok(klient.post("/api/henvendelser", json("henvendelseId", henvendelse, "borgerId", borger, "kildeKode", "A1", "kanal", "TELEFON",
                "modtagetDato", "2026-03-02", "aarsag", "Ønsker hjælp til rengøring")));
        bevilling = giv("2026-03-16");
        ventelisteBevilling = giv(null);
        ophoertBevilling = giv("2026-03-16");
        ok(klient.post("/api/bevillinger/" + ophoertBevilling + "/ophoer", json("ophoersdato", "2026-04-01", "aarsag", "DOED")));
    }

    @Test
    void everyRuleRefusesWithItsCodeAndFieldAndWritesNothing() {
        List<Afvisning> afvisninger = List.of(
                // henvendelser (UC1)
                new Afvisning("unknown FSIII A-code as source", 400, "UKENDT_FSIII_KODE", "kildeKode",
                        k -> k.post("/api/henvendelser", modtag(UUID.randomUUID(), "A99", null))),
                new Afvisning("a J-code is not a source", 400, "UKENDT_FSIII_KODE", "kildeKode",
                        k -> k.post("/api/henvendelser", modtag(UUID.randomUUID(), "J1.1", null))),
                new Afvisning("a referral from the hospital needs a diagnosis", 400, "DIAGNOSE_PAAKRAEVET", "diagnose",
                        k -> k.post("/api/henvendelser", modtag(UUID.randomUUID(), "A12", null))),
                new Afvisning("no sag needs a reason", 400, "BEGRUNDELSE_PAAKRAEVET", "begrundelse",
                        k -> k.post("/api/henvendelser/" + henvendelse + "/haandtering", json("udfald", "INGEN_SAG", "haandteretDato", "2026-03-03"))),
                new Afvisning("handled into a sag that does not exist", 404, "SAG_UKENDT", "sager",
                        k -> k.post("/api/henvendelser/" + henvendelse + "/haandtering",
                                json("udfald", "SAG_OPRETTET", "sager", List.of(UUID.randomUUID()), "haandteretDato", "2026-03-03"))),
                new Afvisning("a henvendelse that does not exist", 404, "HENVENDELSE_UKENDT", null,
                        k -> k.post("/api/henvendelser/" + UUID.randomUUID() + "/afklaring", json("afklaretDato", "2026-03-03", "afklaring", "x"))),
                // sager
                new Afvisning("unknown KLE emne", 400, "UKENDT_KLE", "kleNummer",
                        k -> k.post("/api/sager", sagMed(UUID.randomUUID(), "99.99.99", "G01"))),
                new Afvisning("unknown handlingsfacet", 400, "UKENDT_HANDLINGSFACET", "handlingsfacet",
                        k -> k.post("/api/sager", sagMed(UUID.randomUUID(), "27.36.04", "X99"))),
                new Afvisning("a citizen that is not in the register", 404, "BORGER_UKENDT", "borgerId",
                        k -> k.post("/api/sager", json("sagId", UUID.randomUUID(), "borgerId", UUID.randomUUID(), "ejer", LedgerKlient.AALBORG,
                                "ansvarligEnhed", "visitation", "kleNummer", "27.36.04", "handlingsfacet", "G01",
                                "foelsomhed", "FOELSOMME_PERSONOPLYSNINGER", "titel", "x", "opstaaetDato", "2026-03-02"))),
                new Afvisning("the same sag id twice", 409, "SAG_FINDES", null,
                        k -> k.post("/api/sager", sagMed(sag, "27.36.04", "G01"))),
                new Afvisning("a new sag cannot take an id a bevilling already has", 409, "ID_I_BRUG", "sagId",
                        k -> k.post("/api/sager", sagMed(bevilling, "27.36.04", "G01"))),
                new Afvisning("a sagsnummer is at most 50 characters (the index's Brugervendtnøgle)", 400, "FELT_FOR_LANGT", "sagsnummer",
                        k -> { Map<String, Object> m = sagMed(UUID.randomUUID(), "27.36.04", "G01"); m.put("sagsnummer", "x".repeat(51)); return k.post("/api/sager", m); }),
                new Afvisning("a sag that does not exist", 404, "SAG_UKENDT", null,
                        k -> k.post("/api/sager/" + UUID.randomUUID() + "/oplyst", json("oplystDato", "2026-03-05"))),
                new Afvisning("unknown FSIII tilstand", 400, "UKENDT_FSIII_KODE", "fsiiiKode",
                        k -> k.post("/api/sager/" + sag + "/tilstande", json("fsiiiKode", "J9.9", "niveau", 2, "vurderetDato", "2026-03-03"))),
                new Afvisning("a level outside 0–4 and 9", 400, "NIVEAU_UGYLDIG", "niveau",
                        k -> k.post("/api/sager/" + sag + "/tilstande", json("fsiiiKode", "J1.1", "niveau", 5, "vurderetDato", "2026-03-03"))),
                new Afvisning("no afgørelse on a sag that is not oplyst without saying why", 422, "SAG_IKKE_OPLYST", "uoplystBegrundelse",
                        k -> k.post("/api/sager/" + sag + "/afgoerelser", afgoerelse("BEVILLING", "Bevilget som ansøgt", true))),
                new Afvisning("no afgørelse on a closed sag", 422, "SAG_AFSLUTTET", null,
                        k -> k.post("/api/sager/" + lukketSag + "/afgoerelser", afgoerelse("BEVILLING", "x", true))),
                new Afvisning("an afslag needs a begrundelse", 400, "BEGRUNDELSE_PAAKRAEVET", "begrundelse",
                        k -> k.post("/api/sager/" + sag + "/afgoerelser", afgoerelse("AFSLAG", null, true))),
                new Afvisning("an afslag needs klagevejledning", 400, "KLAGEVEJLEDNING_PAAKRAEVET", "klagevejledningGivet",
                        k -> k.post("/api/sager/" + sag + "/afgoerelser", afgoerelse("AFSLAG", "Ikke berettiget", false))),
                new Afvisning("closing a sag without an afgørelse the wrong way", 422, "SAG_UDEN_AFGOERELSE", null,
                        k -> k.post("/api/sager/" + sag + "/afslutning", json("afsluttetDato", "2026-03-05"))),
                // bevillinger, leveringer, opfølgninger
                new Afvisning("unknown indsats", 400, "UKENDT_INDSATS", "indsatsKode",
                        k -> k.post("/api/bevillinger", bevillingMed(UUID.randomUUID(), "SEL-999", sag, "2026-03-16"))),
                new Afvisning("personlig pleje granted by a caseworker needs a sag", 400, "SAG_PAAKRAEVET", "sagId",
                        k -> k.post("/api/bevillinger", bevillingMed(UUID.randomUUID(), "SEL-83-PP", null, "2026-03-16"))),
                new Afvisning("a bevilling on a sag that does not exist", 404, "SAG_UKENDT", "sagId",
                        k -> k.post("/api/bevillinger", bevillingMed(UUID.randomUUID(), "SEL-83-PP", UUID.randomUUID(), "2026-03-16"))),
                new Afvisning("no levering while on the venteliste", 422, "BEVILLING_IKKE_STARTET", null,
                        k -> k.post("/api/bevillinger/" + ventelisteBevilling + "/leveringer", levering("2026-03-20T08:00:00Z"))),
                new Afvisning("no levering before the startdato", 422, "BEVILLING_IKKE_STARTET", "leveret",
                        k -> k.post("/api/bevillinger/" + bevilling + "/leveringer", levering("2026-03-10T08:00:00Z"))),
                new Afvisning("no levering after ophør", 422, "BEVILLING_OPHOERT", "leveret",
                        k -> k.post("/api/bevillinger/" + ophoertBevilling + "/leveringer", levering("2026-04-02T08:00:00Z"))),
                new Afvisning("an opfølgning needs a bevilling", 404, "BEVILLING_UKENDT", null,
                        k -> k.post("/api/bevillinger/" + UUID.randomUUID() + "/opfoelgninger", opfoelgning("E1"))),
                new Afvisning("an opfølgning result must be E1–E4", 400, "UKENDT_FSIII_KODE", "resultatKode",
                        k -> k.post("/api/bevillinger/" + bevilling + "/opfoelgninger", opfoelgning("E9"))),
                new Afvisning("a change outside the frame needs a new afgørelse", 422, "OMFANG_UDENFOR_RAMMEN", "omfang",
                        k -> k.post("/api/bevillinger/" + bevilling + "/aendring", json("omfang", json("minutter", 60, "periode", "PR_DAG", "gange", 3),
                                "virkningFra", "2026-04-01", "aarsag", "Mere hjælp"))),
                // forløb
                new Afvisning("unknown forløbstype", 400, "UKENDT_FORLOEBSTYPE", "forloebstypeKode",
                        k -> k.post("/api/forloeb", json("forloebId", UUID.randomUUID(), "borgerId", borger, "forloebstypeKode", "XYZ",
                                "startdato", "2026-03-02"))),
                // the API's own rules
                new Afvisning("an unknown field is not silently ignored", 400, "UKENDT_FELT", "oplystdato",
                        k -> k.post("/api/sager/" + sag + "/oplyst", json("oplystdato", "2026-03-05"))),
                new Afvisning("a malformed date names its field", 400, "UGYLDIG_VAERDI", "oplystDato",
                        k -> k.post("/api/sager/" + sag + "/oplyst", json("oplystDato", "5. marts"))),
                new Afvisning("an unknown enum value names its field", 400, "UGYLDIG_VAERDI", "foelsomhed",
                        k -> k.post("/api/sager", json("sagId", UUID.randomUUID(), "foelsomhed", "HEMMELIG"))),
                new Afvisning("a CVR is eight digits", 400, "UGYLDIG_VAERDI", "ejer",
                        k -> k.post("/api/sager", json("sagId", UUID.randomUUID(), "ejer", "123"))),
                new Afvisning("a command needs a command id", 400, "HEADER_PAAKRAEVET", "X-Kommando-Id",
                        k -> k.post("/api/sager/" + sag + "/oplyst", json("oplystDato", "2026-03-05"), null, null)),
                new Afvisning("a stale expected version is a conflict", 409, "VERSIONSKONFLIKT", null,
                        k -> k.post("/api/sager/" + sag + "/oplyst", json("oplystDato", "2026-03-05"), UUID.randomUUID(), "\"-1\"")),
                new Afvisning("a path id that is not a UUID", 400, "UGYLDIG_VAERDI", "sagId",
                        k -> k.post("/api/sager/ikke-et-uuid/oplyst", json("oplystDato", "2026-03-05"))));

        for (Afvisning a : afvisninger) {
            long haendelserFoer = antal("domain_event_entry");
            long kommandoerFoer = antal("kommando_log");
            LedgerKlient.Svar svar = a.kald().apply(klient);
            assertThat(svar.status()).as("%s: %s", a.regel(), svar).isEqualTo(a.status());
            assertThat(svar.tekst("fejlkode")).as("%s: %s", a.regel(), svar).isEqualTo(a.fejlkode());
            assertThat(svar.tekst("felt")).as("%s: %s", a.regel(), svar).isEqualTo(a.felt());
            assertThat(svar.tekst("detail")).as("%s: a message", a.regel()).isNotBlank();
            assertThat(svar.raa().headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(antal("domain_event_entry")).as("%s wrote events", a.regel()).isEqualTo(haendelserFoer);
            assertThat(antal("kommando_log")).as("%s recorded a command", a.regel()).isEqualTo(kommandoerFoer);
        }
    }

    @Test
    void anUnknownPathIsAProblemDocumentToo() {
        LedgerKlient.Svar svar = klient.post("/api/sager/" + sag + "/ukendt-handling", json("x", 1));

        assertThat(svar.status()).isEqualTo(404);
        assertThat(svar.raa().headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    record Afvisning(String regel, int status, String fejlkode, String felt, Function<LedgerKlient, LedgerKlient.Svar> kald) {
    }

    private long antal(String tabel) {
        return jdbc.queryForObject("SELECT count(*) FROM " + tabel, Long.class);
    }

    private UUID opretSag() {
        UUID id = UUID.randomUUID();
        ok(klient.post("/api/sager", sagMed(id, "27.36.04", "G01")));
        return id;
    }

    private Map<String, Object> sagMed(UUID id, String kle, String facet) {
        return json("sagId", id, "borgerId", borger, "ejer", LedgerKlient.AALBORG, "ansvarligEnhed", "visitation", "kleNummer", kle,
                "handlingsfacet", facet, "foelsomhed", "FOELSOMME_PERSONOPLYSNINGER", "titel", "Praktisk hjælp", "opstaaetDato", "2026-03-02");
    }

    private Map<String, Object> modtag(UUID id, String kilde, String diagnose) {
        return json("henvendelseId", id, "borgerId", borger, "kildeKode", kilde, "kanal", "MEDCOM", "modtagetDato", "2026-03-02",
                "aarsag", "Udskrivning", "diagnose", diagnose);
    }

    private static Map<String, Object> afgoerelse(String type, String begrundelse, boolean klagevejledning) {
        return json("afgoerelseId", UUID.randomUUID(), "type", type, "hjemmel", "SEL § 83", "begrundelse", begrundelse,
                "klagevejledningGivet", klagevejledning, "truffetDato", "2026-03-05", "sendtDato", "2026-03-05", "virkningsdato", "2026-03-09");
    }

    private UUID giv(String startdato) {
        UUID id = UUID.randomUUID();
        ok(klient.post("/api/bevillinger", bevillingMed(id, "SEL-83-PP", sag, startdato)));
        return id;
    }

    private Map<String, Object> bevillingMed(UUID id, String indsats, UUID sagId, String startdato) {
        return json("bevillingId", id, "borgerId", borger, "sagId", sagId, "indsatsKode", indsats, "startdato", startdato,
                "omfang", json("minutter", 20, "periode", "PR_DAG", "gange", 1), "bevilgetDato", "2026-03-10");
    }

    private static Map<String, Object> levering(String tid) {
        return json("leveringId", UUID.randomUUID(), "leveret", tid, "udfoertAf", "hp-0042", "varighedMinutter", 20);
    }

    private static Map<String, Object> opfoelgning(String resultat) {
        return json("opfoelgningId", UUID.randomUUID(), "resultatKode", resultat, "gennemfoertDato", "2026-05-01",
                "naesteOpfoelgning", "2026-08-01", "notat", "Status");
    }

    private static void ok(LedgerKlient.Svar svar) {
        assertThat(svar.status()).as("%s", svar).isBetween(200, 201);
    }
}
