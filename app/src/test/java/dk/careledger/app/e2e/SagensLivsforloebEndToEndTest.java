package dk.careledger.app.e2e;

import static dk.careledger.app.e2e.LedgerKlient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * The whole life of a care case, driven through the REST API on real PostgreSQL, as a caseworker, a home-care
 * worker and a self-referring nurse would drive it — and the exact facts it leaves in the event store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class SagensLivsforloebEndToEndTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    LedgerKlient sagsbehandler;

    @BeforeEach
    void klient() {
        sagsbehandler = new LedgerKlient(port);
    }

    @Test
    void aCareCaseFromHospitalReferralToClosureIsRecordedAsExactlyTheseFactsAndReadsAsATimeline() {
        UUID borger = sagsbehandler.borger("0101501234", "Karen Testesen");
        UUID h = UUID.randomUUID();
        UUID s = UUID.randomUUID();
        UUID f = UUID.randomUUID();
        UUID b1 = UUID.randomUUID();
        UUID b2 = UUID.randomUUID();
        UUID afgoerelse1 = UUID.randomUUID();
        UUID afgoerelse2 = UUID.randomUUID();
        UUID partshoering = UUID.randomUUID();
        LedgerKlient hjemmeplejen = sagsbehandler.som("hp-0042", "UDFOERER");
        LedgerKlient sygeplejen = sagsbehandler.som("spl-0007", "SELVVISITERENDE");

        // UC1: a referral from the hospital's medical ward arrives by MedCom, a sag is opened and the henvendelse handled
        ok(201, sagsbehandler.post("/api/henvendelser", json("henvendelseId", h, "borgerId", borger, "kildeKode", "A12",
                "kanal", "MEDCOM", "modtagetDato", "2026-03-02",
                "aarsag", "Udskrevet efter hoftefraktur, behov for hjælp til personlig pleje", "diagnose", "DS720 Fraktur af lårbenshals",
                "oensketIndsatsKode", "SEL-83-PP")));
        LedgerKlient.Svar oprettet = ok(201, sagsbehandler.post("/api/sager", json("sagId", s, "borgerId", borger, "ejer", LedgerKlient.AALBORG,
                "ansvarligEnhed", "visitation-nord", "kleNummer", "27.36.04", "handlingsfacet", "G01",
                "foelsomhed", "FOELSOMME_PERSONOPLYSNINGER", "titel", "Personlig og praktisk hjælp", "opstaaetDato", "2026-03-02",
                "henvendelser", List.of(h), "sagsbehandler", "sb-0001")));
        assertThat(oprettet.raa().headers().firstValue("Location")).hasValue("/api/sager/" + s);
        assertThat(oprettet.raa().headers().firstValue("ETag")).hasValue("\"0\"");
        ok(200, sagsbehandler.post("/api/henvendelser/" + h + "/haandtering", json("udfald", "SAG_OPRETTET", "sager", List.of(s),
                "haandteretDato", "2026-03-02")));
        ok(201, sagsbehandler.post("/api/forloeb", json("forloebId", f, "borgerId", borger, "forloebstypeKode", "SEL-83", "startdato", "2026-03-02")));
        ok(200, sagsbehandler.post("/api/forloeb/" + f + "/sager", json("sagId", s)));

        // UC1 step 7 and UC2: samtykke, tilstande, information from the GP with the sag i bero, then oplyst
        ok(200, sagsbehandler.post("/api/sager/" + s + "/samtykker", json("samtykkeId", UUID.randomUUID(), "svar", "GIVET",
                "form", "MUNDTLIGT", "formaal", List.of("INDHENTNING", "VIDEREGIVELSE"), "omfang", "Egen læge og sygehus", "dato", "2026-03-02")));
        ok(200, sagsbehandler.post("/api/sager/" + s + "/tilstande", json("fsiiiKode", "J1.1", "niveau", 3, "forventetNiveau", 2,
                "udfoerelseKode", "C2", "betydningKode", "D1", "borgerensVurdering", "Kan ikke komme i bad selv", "vurderetDato", "2026-03-03")));
        ok(200, sagsbehandler.post("/api/sager/" + s + "/tilstande", json("fsiiiKode", "J2.2", "niveau", 2, "forventetNiveau", 2,
                "vurderetDato", "2026-03-03")));
        ok(200, sagsbehandler.post("/api/sager/" + s + "/oplysningsanmodninger", json("anmodningId", UUID.randomUUID(),
                "tredjepartKode", "A9", "hvad", "Epikrise og vurdering af funktionsniveau", "anmodetDato", "2026-03-03",
                "svarfrist", "2026-03-10", "saetIBero", true)));
        ok(200, sagsbehandler.post("/api/sager/" + s + "/genoptagelse", json("genoptagetDato", "2026-03-09")));
        ok(200, sagsbehandler.post("/api/sager/" + s + "/oplyst", json("oplystDato", "2026-03-09")));
        ok(200, sagsbehandler.post("/api/sager/" + s + "/partshoeringer", json("partshoeringId", partshoering, "sendtDato", "2026-03-09",
                "svarfrist", "2026-03-13", "emne", "Påtænkt afslag på praktisk hjælp")));
        ok(200, sagsbehandler.post("/api/sager/" + s + "/partshoeringssvar", json("partshoeringId", partshoering,
                "besvaretDato", "2026-03-11", "svar", "Borgeren ønsker fortsat hjælp til rengøring")));

        // UC3: a partial grant, with begrundelse and klagevejledning; the bevilling is ordered from home care
        ok(200, sagsbehandler.post("/api/sager/" + s + "/afgoerelser", json("afgoerelseId", afgoerelse1, "type", "DELVIS_BEVILLING",
                "hjemmel", "SEL § 83, stk. 1", "begrundelse", "Personlig pleje bevilges; praktisk hjælp afslås, da borgerens ægtefælle kan varetage den",
                "klagevejledningGivet", true, "truffetDato", "2026-03-13", "sendtDato", "2026-03-13", "virkningsdato", "2026-03-16")));
        Map<String, Object> omfang = json("minutter", 25, "periode", "PR_DAG", "gange", 2);
        ok(201, sagsbehandler.post("/api/bevillinger", json("bevillingId", b1, "borgerId", borger, "sagId", s, "afgoerelseId", afgoerelse1,
                "indsatsKode", "SEL-83-PP", "startdato", "2026-03-16", "omfang", omfang,
                "ramme", json("minutter", 30, "periode", "PR_DAG", "gange", 2), "bevilgetDato", "2026-03-13")));
        ok(200, sagsbehandler.post("/api/bevillinger/" + b1 + "/bestilling", json("leverandoer", "Hjemmeplejen Nord",
                "bestiltDato", "2026-03-13", "handlingsanvisning", "Hjælp til bad morgen og aften; borgeren går med rollator")));
        ok(200, sagsbehandler.post("/api/forloeb/" + f + "/bevillinger", json("bevillingId", b1)));

        // UC6: three visits — one delivered, one not (staff absence, a replacement offered), the replacement delivered
        ok(200, hjemmeplejen.post("/api/bevillinger/" + b1 + "/leveringer", json("leveringId", UUID.randomUUID(),
                "leveret", "2026-03-16T06:45:00Z", "udfoertAf", "hp-0042", "varighedMinutter", 25)));
        ok(200, hjemmeplejen.post("/api/bevillinger/" + b1 + "/ikke-leveret", json("leveringId", UUID.randomUUID(),
                "planlagt", "2026-03-16T17:00:00Z", "aarsag", "MEDARBEJDER_FRAVAER", "erstatningTilbudt", true,
                "bemaerkning", "Sygemelding; erstatningsbesøg aftalt kl. 20")));
        ok(200, hjemmeplejen.post("/api/bevillinger/" + b1 + "/leveringer", json("leveringId", UUID.randomUUID(),
                "leveret", "2026-03-16T19:00:00Z", "udfoertAf", "hp-0051", "varighedMinutter", 25)));

        // FSIII E4: the follow-up finds the citizen worse; the sag is reopened for revisitation by the ledger itself
        ok(200, hjemmeplejen.post("/api/bevillinger/" + b1 + "/opfoelgninger", json("opfoelgningId", UUID.randomUUID(),
                "resultatKode", "E4", "gennemfoertDato", "2026-06-01", "naesteOpfoelgning", "2026-07-01",
                "notat", "Funktionsniveau forværret efter fald")));
        List<String> sagshaendelser = ventPaa(s, "RevisitationStartet");
        assertThat(sagshaendelser).last().isEqualTo("RevisitationStartet");

        // a new afgørelse replaces the bevilling; then the sag and the forløb are closed
        ok(200, sagsbehandler.post("/api/sager/" + s + "/oplyst", json("oplystDato", "2026-06-03")));
        ok(200, sagsbehandler.post("/api/sager/" + s + "/afgoerelser", json("afgoerelseId", afgoerelse2, "type", "BEVILLING",
                "hjemmel", "SEL § 83, stk. 1", "begrundelse", "Udvidet personlig pleje efter revisitation",
                "klagevejledningGivet", true, "truffetDato", "2026-06-05", "sendtDato", "2026-06-05", "virkningsdato", "2026-06-08")));
        ok(200, sagsbehandler.post("/api/bevillinger/" + b1 + "/ophoer", json("ophoersdato", "2026-06-08", "aarsag", "NY_AFGOERELSE")));
        ok(200, sagsbehandler.post("/api/sager/" + s + "/afslutning", json("afsluttetDato", "2026-06-08")));
        ok(200, sagsbehandler.post("/api/forloeb/" + f + "/afslutning", json("slutdato", "2026-06-08", "aarsag", "Erstattet af nyt forløb")));

        // SUL § 138: a self-referring nursing unit grants sygepleje without a sag, and delivers it
        ok(201, sygeplejen.post("/api/bevillinger", json("bevillingId", b2, "borgerId", borger, "indsatsKode", "SUL-138",
                "startdato", "2026-03-16", "omfang", json("minutter", 15, "periode", "PR_UGE", "gange", 3), "bevilgetDato", "2026-03-14")));
        ok(200, sygeplejen.post("/api/bevillinger/" + b2 + "/leveringer", json("leveringId", UUID.randomUUID(),
                "leveret", "2026-03-17T09:00:00Z", "udfoertAf", "spl-0007", "varighedMinutter", 15)));

        Map<UUID, String> alias = new LinkedHashMap<>();
        alias.put(h, "H");
        alias.put(s, "S");
        alias.put(f, "F");
        alias.put(b1, "B1");
        alias.put(b2, "B2");
        assertThat(haendelsesstroem(alias)).containsExactly(
                "H HenvendelseModtaget",
                "S SagOprettet",
                "H HenvendelseHaandteret",
                "F ForloebStartet",
                "F SagTilknyttetForloeb",
                "S SamtykkeRegistreret",
                "S TilstandVurderet",
                "S TilstandVurderet",
                "S OplysningerAnmodet",
                "S SagSatIBero",
                "S SagGenoptaget",
                "S SagOplyst",
                "S PartshoeringSendt",
                "S PartshoeringBesvaret",
                "S AfgoerelseTruffet",
                "B1 BevillingGivet",
                "S BevillingTilknyttetSag",
                "B1 BevillingBestilt",
                "F BevillingTilknyttetForloeb",
                "B1 LeveringUdfoert",
                "B1 LeveringIkkeUdfoert",
                "B1 LeveringUdfoert",
                "B1 OpfoelgningGennemfoert",
                "S RevisitationStartet",
                "S SagOplyst",
                "S AfgoerelseTruffet",
                "B1 BevillingOphoert",
                "S SagAfsluttet",
                "F ForloebAfsluttet",
                "B2 BevillingGivet",
                "B2 LeveringUdfoert");

        // the timeline: every fact of the sag in order, readable, with actor, record time and business time
        LedgerKlient.Svar tidslinje = ok(200, sagsbehandler.get("/api/sager/" + s + "/tidslinje"));
        JsonNode poster = tidslinje.krop();
        assertThat(poster).hasSize(16);
        List<String> typer = new ArrayList<>();
        Instant forrige = Instant.EPOCH;
        for (int i = 0; i < poster.size(); i++) {
            JsonNode post = poster.get(i);
            assertThat(post.get("sekvens").asLong()).isEqualTo(i);
            assertThat(post.get("kommune").asText()).isEqualTo(LedgerKlient.AALBORG);
            Instant registreret = Instant.parse(post.get("registreringstid").asText());
            assertThat(registreret).isAfterOrEqualTo(forrige);
            forrige = registreret;
            typer.add(post.get("haendelse").asText());
        }
        assertThat(typer).containsExactly("SagOprettet", "SamtykkeRegistreret", "TilstandVurderet", "TilstandVurderet", "OplysningerAnmodet",
                "SagSatIBero", "SagGenoptaget", "SagOplyst", "PartshoeringSendt", "PartshoeringBesvaret", "AfgoerelseTruffet",
                "BevillingTilknyttetSag", "RevisitationStartet", "SagOplyst", "AfgoerelseTruffet", "SagAfsluttet");
        JsonNode opret = poster.get(0);
        assertThat(opret.get("beskrivelse").asText()).isEqualTo("Sag oprettet");
        assertThat(opret.get("brugerId").asText()).isEqualTo("sb-0001");
        assertThat(opret.get("rolle").asText()).isEqualTo("SAGSBEHANDLER");
        assertThat(opret.get("virkning").get("opstaaetDato").asText()).isEqualTo("2026-03-02");
        assertThat(opret.get("data").get("titel").asText()).isEqualTo("Personlig og praktisk hjælp");
        assertThat(opret.get("data").get("sagsnummer").asText()).matches("27\\.36\\.04-G01-\\d+-26");
        JsonNode afgoerelse = poster.get(10);
        assertThat(afgoerelse.get("data").get("type").asText()).isEqualTo("DELVIS_BEVILLING");
        assertThat(afgoerelse.get("data").get("begrundelse").asText()).startsWith("Personlig pleje bevilges");
        assertThat(afgoerelse.get("virkning").get("virkningsdato").asText()).isEqualTo("2026-03-16");
        JsonNode revisitation = poster.get(12);
        assertThat(revisitation.get("rolle").asText()).isEqualTo("SYSTEM");
        assertThat(revisitation.get("data").get("bevillingId").asText()).isEqualTo(b1.toString());
    }

    private List<String> haendelsesstroem(Map<UUID, String> alias) {
        List<String> stroem = new ArrayList<>();
        // other tests' streams share the table, a kommune's settings among them (its id a CVR, not a UUID: ADR 0021)
        Map<String, String> prId = new LinkedHashMap<>();
        alias.forEach((id, navn) -> prId.put(id.toString(), navn));
        jdbc.query("SELECT aggregate_identifier, payload_type FROM domain_event_entry ORDER BY global_index", rs -> {
            String a = prId.get(rs.getString(1));
            if (a != null) {
                String type = rs.getString(2);
                stroem.add(a + " " + type.substring(type.lastIndexOf('.') + 1));
            }
        });
        return stroem;
    }

    private List<String> ventPaa(UUID sag, String haendelse) {
        Instant frist = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            List<String> typer = new ArrayList<>();
            sagsbehandler.get("/api/sager/" + sag + "/tidslinje").krop().forEach(p -> typer.add(p.get("haendelse").asText()));
            if (typer.contains(haendelse) || Instant.now().isAfter(frist)) {
                return typer;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return typer;
            }
        }
    }

    static LedgerKlient.Svar ok(int status, LedgerKlient.Svar svar) {
        assertThat(svar.status()).as("%s", svar).isEqualTo(status);
        return svar;
    }
}
