package dk.careledger.app.adgang;

import static dk.careledger.app.adgang.Adgangsklient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.app.testsupport.Testtokens;
import dk.careledger.app.testsupport.Vent;
import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Foelsomhed;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What each role may do, and what the KLE and følsomhed limits of a right let a user see (ADR 0019). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class RettighederTest {
    @LocalServerPort
    int port;

    Adgangsklient klient;
    Adgangsklient.Verden aalborg;
    final Bruger sagsbehandler = Adgangsklient.sagsbehandler(Testtokens.AALBORG);

    @BeforeEach
    void enVerden() {
        klient = new Adgangsklient(port);
        aalborg = klient.verden(Testtokens.AALBORG, Testtokens.AARHUS);
    }

    private Adgangsklient.Svar synlig(String sti, Bruger bruger) {
        Vent.til(() -> klient.get(sti, sagsbehandler).status() == 200, "the projections have " + sti);
        return klient.get(sti, bruger);
    }

    @Test
    void givenARevisorWhenTheyReadTheirKommunesCitizenThenTheySeeItButEveryCommandIs403() {
        Bruger revisor = Testtokens.bruger("rev-1", Testtokens.AALBORG, Adgangsrolle.REVISOR);
        assertThat(synlig("/api/borgere/" + aalborg.borgerId() + "/overblik", revisor).status()).isEqualTo(200);
        assertThat(synlig("/api/sager/" + aalborg.sagId(), revisor).status()).isEqualTo(200);
        assertThat(klient.get("/api/sager/" + aalborg.sagId() + "/tidslinje", revisor).status()).isEqualTo(200);
        Adgangsklient.Svar skriv = klient.post("/api/sager/" + aalborg.sagId() + "/sagsbehandler", revisor,
                json("sagsbehandler", "sb-2", "fra", "2026-03-20"));
        assertThat(skriv.status()).isEqualTo(403);
        assertThat(skriv.fejlkode()).isEqualTo("MANGLER_RETTIGHED");
    }

    @Test
    void givenTheUserInTheTokenWhenTheyActThenTheEventRecordsThatUserRoleAndKommuneAndNoHeaderCanChangeIt() {
        Bruger leder = Testtokens.bruger("leder-77", Testtokens.AALBORG, Adgangsrolle.LEDER);
        Adgangsklient.Svar s = klient.send("POST", "/api/sager/" + aalborg.sagId() + "/sagsbehandler", Testtokens.bearer(leder),
                "{\"sagsbehandler\":\"sb-2\",\"fra\":\"2026-03-20\"}", Map.of("X-Bruger-Id", "en-anden", "X-Rolle", "SYSTEM",
                        "X-Kommune", Testtokens.AARHUS));
        assertThat(s.status()).as("%s", s).isEqualTo(200);
        JsonNode tidslinje = klient.get("/api/sager/" + aalborg.sagId() + "/tidslinje", leder).krop();
        JsonNode seneste = tidslinje.get(tidslinje.size() - 1);
        assertThat(seneste.get("haendelse").asText()).isEqualTo("SagsbehandlerTildelt");
        assertThat(seneste.get("brugerId").asText()).isEqualTo("leder-77");
        assertThat(seneste.get("rolle").asText()).isEqualTo("KOORDINATOR");
        assertThat(seneste.get("kommune").asText()).isEqualTo(Testtokens.AALBORG);
    }

    @Test
    void givenAnotherKommunesSagWhenABevillingIsGivenOnItThenItIs404AndNoBevillingExists() {
        Bruger aarhus = Adgangsklient.sagsbehandler(Testtokens.AARHUS);
        UUID bevilling = UUID.randomUUID();
        Adgangsklient.Svar s = klient.post("/api/bevillinger", aarhus, json("bevillingId", bevilling, "borgerId", aalborg.borgerId(),
                "sagId", aalborg.sagId(), "indsatsKode", "SEL-83-PP", "startdato", "2026-03-16",
                "omfang", json("minutter", 20, "periode", "PR_DAG", "gange", 1), "bevilgetDato", "2026-03-10"));
        assertThat(s.status()).as("%s", s).isEqualTo(404);
        assertThat(s.fejlkode()).isEqualTo("SAG_UKENDT");
        assertThat(klient.get("/api/haendelser/" + bevilling, aarhus).status()).isEqualTo(404);
        Adgangsklient.Svar ejer = klient.post("/api/sager", aarhus, json("sagId", UUID.randomUUID(), "borgerId", aalborg.borgerId(),
                "ejer", Testtokens.AALBORG, "ansvarligEnhed", "v", "kleNummer", "27.36.04", "handlingsfacet", "G01",
                "foelsomhed", "FOELSOMME_PERSONOPLYSNINGER", "titel", "x", "opstaaetDato", "2026-03-02"));
        assertThat(ejer.status()).isEqualTo(403);
        assertThat(ejer.fejlkode()).isEqualTo("EJER_ANDEN_KOMMUNE");
    }

    @Test
    void givenALeverandoerKommuneWhenItRecordsLeveringerThenOnlyOnWhatWasOrderedFromItAndItSeesOnlyThat() {
        Bruger hjemmeplejen = Testtokens.bruger("hp-aarhus", Testtokens.AARHUS, Adgangsrolle.LEVERANDOER);
        Map<String, Object> levering = json("leveringId", UUID.randomUUID(), "leveret", "2026-03-17T09:00:00Z", "udfoertAf", "hp-aarhus",
                "varighedMinutter", 20);
        Adgangsklient.Svar bestilt = klient.post("/api/bevillinger/" + aalborg.bevillingId() + "/leveringer", hjemmeplejen, levering);
        assertThat(bestilt.status()).as("%s", bestilt).isEqualTo(200);

        Adgangsklient.Verden lokal = klient.verden(Testtokens.AALBORG, Testtokens.AALBORG);
        Adgangsklient.Svar ikkeBestilt = klient.post("/api/bevillinger/" + lokal.bevillingId() + "/leveringer", hjemmeplejen,
                json("leveringId", UUID.randomUUID(), "leveret", "2026-03-17T09:00:00Z", "udfoertAf", "hp-aarhus", "varighedMinutter", 20));
        assertThat(ikkeBestilt.status()).isEqualTo(404);
        assertThat(ikkeBestilt.fejlkode()).isEqualTo("BEVILLING_UKENDT");
        Adgangsklient.Svar ophoer = klient.post("/api/bevillinger/" + aalborg.bevillingId() + "/ophoer", hjemmeplejen,
                json("ophoersdato", "2026-04-01", "aarsag", "DOED"));
        assertThat(ophoer.status()).as("a leverandør does not end bevillinger").isEqualTo(403);

        // the caseworker sees the ydelse once BevillingGivet is projected; the leverandør only once BevillingBestilt is too
        Vent.til(() -> klient.get("/api/ydelser/" + aalborg.bevillingId(), hjemmeplejen).status() == 200,
                "the ydelsesindeks has the bestilling from Aarhus");
        assertThat(synlig("/api/ydelser/" + lokal.bevillingId(), hjemmeplejen).status()).isEqualTo(404);
        assertThat(klient.get("/api/ydelser?borgerId=" + aalborg.borgerId(), hjemmeplejen).krop()).extracting(y -> y.get("bevillingId").asText())
                .containsExactly(aalborg.bevillingId().toString());
        assertThat(klient.get("/api/ydelser?borgerId=" + lokal.borgerId(), hjemmeplejen).krop()).as("not ordered from Aarhus").isEmpty();
        assertThat(klient.get("/api/sager/" + aalborg.sagId(), hjemmeplejen).status()).as("no sager for a leverandør").isEqualTo(403);
    }

    @Test
    void givenAKleLimitWhenTheUserReadsSagerThenOnlyThoseInTheLimitAreThereAndOthersAre404() {
        UUID sundhed = klient.sag(sagsbehandler, aalborg.borgerId(), "29.18.00", "FOELSOMME_PERSONOPLYSNINGER");
        Bruger kun27 = new Bruger("sb-27", new Cvr(Testtokens.AALBORG), Set.of(Adgangsrolle.SAGSBEHANDLER), List.of("27"), Foelsomhed.VIP_SAGER, null);
        assertThat(synlig("/api/sager/" + aalborg.sagId(), kun27).status()).isEqualTo(200);
        Adgangsklient.Svar udenfor = synlig("/api/sager/" + sundhed, kun27);
        assertThat(udenfor.status()).isEqualTo(404);
        assertThat(udenfor.fejlkode()).isEqualTo("SAG_UKENDT");
        assertThat(klient.get("/api/sager/" + sundhed + "/tidslinje", kun27).status()).isEqualTo(404);
        JsonNode overblik = klient.get("/api/borgere/" + aalborg.borgerId() + "/overblik", kun27).krop();
        assertThat(overblik.get("aabneSager")).extracting(s -> s.get("sagId").asText()).contains(aalborg.sagId().toString())
                .doesNotContain(sundhed.toString());
        assertThat(klient.get("/api/sager?kle=29", kun27).krop().get("sager")).isEmpty();
    }

    @Test
    void givenAVipSagWhenAUserWithoutVipClearanceReadsItThenItIs404AndItIsLeftOutOfListsWhileACleardUserSeesIt() {
        UUID vip = klient.sag(sagsbehandler, aalborg.borgerId(), "27.36.04", "VIP_SAGER");
        Bruger fortrolig = new Bruger("sb-f", new Cvr(Testtokens.AALBORG), Set.of(Adgangsrolle.SAGSBEHANDLER), List.of(),
                Foelsomhed.FOELSOMME_PERSONOPLYSNINGER, null);
        Bruger cleared = Testtokens.bruger("sb-vip", Testtokens.AALBORG, Adgangsrolle.SAGSBEHANDLER);
        assertThat(synlig("/api/sager/" + vip, cleared).status()).isEqualTo(200);
        assertThat(klient.get("/api/sager/" + vip, fortrolig).status()).isEqualTo(404);
        assertThat(klient.get("/api/sager/" + vip + "/fremdrift", fortrolig).status()).isEqualTo(404);
        assertThat(klient.get("/api/haendelser/" + vip, fortrolig).status()).isEqualTo(404);
        JsonNode overblik = klient.get("/api/borgere/" + aalborg.borgerId() + "/overblik", fortrolig).krop();
        assertThat(overblik.get("aabneSager")).extracting(s -> s.get("sagId").asText()).doesNotContain(vip.toString());
        assertThat(klient.get("/api/sager?stoerrelse=500", fortrolig).krop().get("sager")).extracting(s -> s.get("sagId").asText())
                .doesNotContain(vip.toString());
    }

    @Test
    void givenTheEmbeddedIssuerWhenADemoUserLogsInWithOneFormPostThenTheTokenWorksAndAnUnknownUserIs401() {
        Adgangsklient.Svar login = klient.send("POST", "/api/login/token", null, null,
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(login.status()).isEqualTo(401);
        assertThat(login.fejlkode()).isEqualTo("LOGIN_AFVIST");
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        try {
            String svar = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/login/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            "bruger=sagsbehandler-aalborg")).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            JsonNode token = Adgangsklient.JSON.readTree(svar);
            assertThat(token.get("token_type").asText()).isEqualTo("Bearer");
            assertThat(token.get("kommune").asText()).isEqualTo(Testtokens.AALBORG);
            Adgangsklient.Svar sag = klient.send("GET", "/api/sager/" + aalborg.sagId(), "Bearer " + token.get("access_token").asText(), null, Map.of());
            Vent.til(() -> klient.send("GET", "/api/sager/" + aalborg.sagId(), "Bearer " + token.get("access_token").asText(), null, Map.of())
                    .status() == 200, "the demo user reads the sag");
            assertThat(sag.status()).isIn(200, 404);
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        JsonNode jwks = klient.get("/oauth2/jwks", null).krop();
        assertThat(jwks.get("keys").get(0).get("kty").asText()).isEqualTo("RSA");
        assertThat(jwks.get("keys").get(0).has("d")).as("no private part").isFalse();
    }
}
