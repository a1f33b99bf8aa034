package dk.careledger.app.e2e;

import static dk.careledger.app.e2e.LedgerKlient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * No CPR number, name or free text is stored in plaintext in any event; forgetting a citizen makes their personal
 * fields unreadable while every event still deserializes and replays (ADR 0009).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class PersonoplysningerTest {
    private static final Pattern CPR_FORMET = Pattern.compile("(?<![0-9a-fA-F-])\\d{6}-?\\d{4}(?![0-9a-fA-F])");
    private static final String CPR = "2402731234";
    private static final String NAVN = "Ingeborg Kvistgaard";
    private static final List<String> FRITEKST = List.of("Faldet i hjemmet to gange", "Datteren hjælper med indkøb",
            "Ønsker ikke at flytte", "Demens i let grad konstateret");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    LedgerKlient klient;

    @BeforeEach
    void klient() {
        klient = new LedgerKlient(port);
    }

    @Test
    void noStoredEventPayloadOrMetadataContainsACprNumberANameOrAPlaintextNote() {
        UUID borger = klient.borger(CPR, NAVN);
        UUID sag = enSagMedFritekst(borger);

        List<String> lagret = new ArrayList<>();
        jdbc.query("SELECT payload, meta_data FROM domain_event_entry", rs -> {
            lagret.add(new String(rs.getBytes(1), StandardCharsets.UTF_8));
            byte[] meta = rs.getBytes(2);
            lagret.add(meta == null ? "" : new String(meta, StandardCharsets.UTF_8));
        });

        assertThat(lagret).isNotEmpty();
        assertThat(lagret).noneMatch(tekst -> CPR_FORMET.matcher(tekst).find());
        assertThat(lagret).noneMatch(tekst -> tekst.contains(NAVN) || tekst.contains("Kvistgaard"));
        for (String note : FRITEKST) {
            assertThat(lagret).noneMatch(tekst -> tekst.contains(note));
        }
        // the register holds CPR and name only encrypted, and the sag's own texts still read back through the API
        assertThat(jdbc.queryForList("SELECT coalesce(ident_krypteret,'') || coalesce(navn_krypteret,'') AS t FROM borger", String.class))
                .noneMatch(t -> t.contains(CPR) || t.contains(NAVN));
        assertThat(tekster(sag)).containsAll(FRITEKST);
        assertThat(klient.get("/api/borgere/" + borger).tekst("identifikator")).isEqualTo(CPR);
    }

    @Test
    void forgettingACitizenLeavesEveryEventReadableAndTheirPersonalFieldsUnreadable() {
        UUID borger = klient.borger(IdempotensOgSamtidighedTest.cpr(), "Glem Migsen");
        UUID sag = enSagMedFritekst(borger);
        int antal = klient.get("/api/sager/" + sag + "/tidslinje").krop().size();

        LedgerKlient.Svar glemt = klient.post("/api/borgere/" + borger + "/glem", json("begrundelse", "Slettefrist udløbet (KLE P1825D)"));

        assertThat(glemt.status()).isEqualTo(200);
        JsonNode register = klient.get("/api/borgere/" + borger).krop();
        assertThat(register.get("identifikator").isNull()).isTrue();
        assertThat(register.get("navn").isNull()).isTrue();
        assertThat(register.get("glemt").isNull()).isFalse();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM borger_noegle WHERE borger_id = ?", Integer.class, borger)).isZero();

        JsonNode tidslinje = klient.get("/api/sager/" + sag + "/tidslinje").krop();
        assertThat(tidslinje).hasSize(antal);
        assertThat(tekster(sag)).isNotEmpty().allMatch("[slettet]"::equals);
        assertThat(tidslinje.get(0).get("data").get("kleNummer").asText()).isEqualTo("27.36.04");

        // the aggregate still replays from its events: a command without personal text is accepted ...
        assertThat(klient.post("/api/sager/" + sag + "/oplyst", json("oplystDato", "2026-03-20")).status()).isEqualTo(200);
        // ... and no new personal text can be written about a forgotten citizen
        LedgerKlient.Svar nyTekst = klient.post("/api/sager/" + sag + "/tilstande", json("fsiiiKode", "J1.1", "niveau", 2,
                "borgerensVurdering", "Ny note", "vurderetDato", "2026-03-20"));
        assertThat(nyTekst.status()).isEqualTo(422);
        assertThat(nyTekst.tekst("fejlkode")).isEqualTo("BORGER_GLEMT");
        // forgetting twice is a conflict, forgetting nobody a 404
        assertThat(klient.post("/api/borgere/" + borger + "/glem", json("begrundelse", "igen")).status()).isEqualTo(409);
        assertThat(klient.post("/api/borgere/" + UUID.randomUUID() + "/glem", json("begrundelse", "x")).status()).isEqualTo(404);
    }

    @Test
    void anAnonymousCitizenAndACitizenWithErstatningsCprCanBothBeHelped() {
        UUID anonym = UUID.randomUUID();
        LedgerKlient.Svar a = klient.post("/api/borgere", json("borgerId", anonym, "identtype", "ANONYM"));
        assertThat(a.status()).isEqualTo(201);
        assertThat(klient.post("/api/henvendelser", json("henvendelseId", UUID.randomUUID(), "borgerId", anonym, "kildeKode", "A2",
                "kanal", "TELEFON", "modtagetDato", "2026-03-02", "aarsag", "Pårørende bekymret, borgeren ønsker at være anonym")).status())
                .isEqualTo(201);

        UUID udenCpr = UUID.randomUUID();
        assertThat(klient.post("/api/borgere", json("borgerId", udenCpr, "identtype", "ERSTATNINGS_CPR", "identifikator", "010150AB12")).status())
                .isEqualTo(201);
        assertThat(klient.post("/api/borgere/opslag", json("identtype", "ERSTATNINGS_CPR", "identifikator", "010150AB12")).tekst("borgerId"))
                .isEqualTo(udenCpr.toString());
        assertThat(klient.post("/api/forloeb", json("forloebId", UUID.randomUUID(), "borgerId", udenCpr, "forloebstypeKode", "SUL-138",
                "startdato", "2026-03-02")).status()).isEqualTo(201);

        // the same CPR registered twice is the same citizen; an anonymous citizen cannot carry an identifier
        String cpr = IdempotensOgSamtidighedTest.cpr();
        UUID foerste = klient.borger(cpr, "To Gange");
        LedgerKlient.Svar igen = klient.post("/api/borgere", json("borgerId", UUID.randomUUID(), "identtype", "CPR", "identifikator", cpr));
        assertThat(igen.status()).isEqualTo(200);
        assertThat(igen.tekst("borgerId")).isEqualTo(foerste.toString());
        LedgerKlient.Svar forkert = klient.post("/api/borgere", json("borgerId", UUID.randomUUID(), "identtype", "ANONYM", "identifikator", cpr));
        assertThat(forkert.status()).isEqualTo(400);
        assertThat(forkert.tekst("felt")).isEqualTo("identifikator");
        LedgerKlient.Svar ugyldig = klient.post("/api/borgere", json("borgerId", UUID.randomUUID(), "identtype", "CPR", "identifikator", "12345"));
        assertThat(ugyldig.status()).isEqualTo(400);
        assertThat(ugyldig.tekst("fejlkode")).isEqualTo("IDENTIFIKATOR_UGYLDIG");
    }

    private UUID enSagMedFritekst(UUID borger) {
        UUID sag = UUID.randomUUID();
        assertThat(klient.post("/api/sager", json("sagId", sag, "borgerId", borger, "ejer", LedgerKlient.AALBORG, "ansvarligEnhed", "visitation",
                "kleNummer", "27.36.04", "handlingsfacet", "G01", "foelsomhed", "FOELSOMME_PERSONOPLYSNINGER",
                "titel", FRITEKST.get(0), "opstaaetDato", "2026-03-02")).status()).isEqualTo(201);
        assertThat(klient.post("/api/sager/" + sag + "/samtykker", json("samtykkeId", UUID.randomUUID(), "svar", "GIVET", "form", "SKRIFTLIGT",
                "formaal", List.of("INDHENTNING"), "omfang", FRITEKST.get(1), "dato", "2026-03-02")).status()).isEqualTo(200);
        assertThat(klient.post("/api/sager/" + sag + "/tilstande", json("fsiiiKode", "J1.1", "niveau", 3, "borgerensVurdering", FRITEKST.get(2),
                "vurderetDato", "2026-03-03")).status()).isEqualTo(200);
        assertThat(klient.post("/api/sager/" + sag + "/oplysningsanmodninger", json("anmodningId", UUID.randomUUID(), "tredjepartKode", "A9",
                "hvad", FRITEKST.get(3), "anmodetDato", "2026-03-03", "saetIBero", false)).status()).isEqualTo(200);
        return sag;
    }

    /** Every decrypted free-text value on the sag's timeline. */
    private List<String> tekster(UUID sag) {
        List<String> tekster = new ArrayList<>();
        for (JsonNode post : klient.get("/api/sager/" + sag + "/tidslinje").krop()) {
            for (String felt : List.of("titel", "omfang", "borgerensVurdering", "hvad")) {
                JsonNode v = post.get("data").get(felt);
                if (v != null && v.isTextual()) {
                    tekster.add(v.asText());
                }
            }
        }
        return tekster;
    }
}
