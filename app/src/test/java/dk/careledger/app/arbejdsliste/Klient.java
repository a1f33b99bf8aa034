package dk.careledger.app.arbejdsliste;

import dk.careledger.app.testsupport.Testtokens;
import dk.careledger.domain.adgang.Adgangsrolle;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A caseworker of one kommune talking to the ledger's REST API (the pattern of the e2e {@code LedgerKlient}, with the
 * kommune chosen per test so that every test has worklists of its own).
 */
final class Klient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String kommune;

    Klient(int port, String kommune) {
        this.base = "http://localhost:" + port;
        this.kommune = kommune;
    }

    /** A kommune code no other test uses. */
    static String nyKommune() {
        return String.format("%08d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 90_000_000L) + 10_000_000L);
    }

    record Svar(int status, JsonNode krop) {
        /** The status, the refusal's code and the field it names, e.g. {@code 400 PARAMETER_UGYLDIG kendtPr}. */
        String fejl() {
            return status + " " + tekst("fejlkode") + " " + tekst("felt");
        }

        private String tekst(String felt) {
            return krop.get(felt) == null || krop.get(felt).isNull() ? null : krop.get(felt).asText();
        }

        @Override
        public String toString() {
            return status + " " + krop;
        }
    }

    Svar post(String sti, Map<String, ?> krop) {
        return send("POST", sti, krop, true);
    }

    Svar put(String sti, Map<String, ?> krop) {
        return send("PUT", sti, krop, true);
    }

    Svar putUdenBruger(String sti, Map<String, ?> krop) {
        return send("PUT", sti, krop, false);
    }

    Svar get(String sti) {
        return get(sti, token());
    }

    /** GET with another user's token ({@code Testtokens.bearer}). */
    Svar get(String sti, String token) {
        return udfoer(HttpRequest.newBuilder(URI.create(base + sti)).header("Authorization", token).GET().build());
    }

    /** A caseworker of the client's kommune who may also change its settings (the sagsbehandlingsfrister). */
    private String token() {
        return Testtokens.bearer(Testtokens.bruger("sb-0001", kommune, Adgangsrolle.SAGSBEHANDLER, Adgangsrolle.LEDER, Adgangsrolle.KONFIGURATION));
    }

    private Svar send(String metode, String sti, Map<String, ?> krop, boolean medBruger) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + sti)).header("Content-Type", "application/json")
                    .header("X-Kommando-Id", UUID.randomUUID().toString())
                    .method(metode, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(krop)));
            if (medBruger) {
                b.header("Authorization", token());
            }
            return udfoer(b.build());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Svar udfoer(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode krop = r.body() == null || r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
            return new Svar(r.statusCode(), krop);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON object from alternating keys and values, keeping order; null values are left out. */
    static Map<String, Object> json(Object... par) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < par.length; i += 2) {
            if (par[i + 1] != null) {
                m.put((String) par[i], par[i + 1]);
            }
        }
        return m;
    }

    // ---- ready-made commands; each asserts success so a test fails where the setup went wrong ----

    private Svar ok(Svar svar, int... status) {
        for (int s : status) {
            if (svar.status() == s) {
                return svar;
            }
        }
        throw new AssertionError("Unexpected answer: " + svar);
    }

    UUID borger() {
        UUID id = UUID.randomUUID();
        String cpr = dk.careledger.app.e2e.Cprnumre.tilfaeldigt();
        Svar s = ok(post("/api/borgere", json("borgerId", id, "identtype", "CPR", "identifikator", cpr, "navn", "Test Borger")), 200, 201);
        return UUID.fromString(s.krop().get("borgerId").asText());
    }

    UUID henvendelse(UUID borger, String kilde, Object modtaget, String oensketIndsats, String aarsag) {
        UUID id = UUID.randomUUID();
        ok(post("/api/henvendelser", json("henvendelseId", id, "borgerId", borger, "kildeKode", kilde, "kanal", "TELEFON",
                "modtagetDato", modtaget.toString(), "aarsag", aarsag, "diagnose", "DS720 Fraktur af lårbenshals",
                "oensketIndsatsKode", oensketIndsats)), 201);
        return id;
    }

    void haandter(UUID henvendelse, String udfald, Object dato, UUID... sager) {
        ok(post("/api/henvendelser/" + henvendelse + "/haandtering", json("udfald", udfald, "sager", java.util.List.of(sager),
                "begrundelse", sager.length == 0 ? "Ingen sag nødvendig" : null, "haandteretDato", dato.toString())), 200);
    }

    UUID sag(UUID borger, String enhed, String kle, Object opstaaet, UUID... henvendelser) {
        UUID id = UUID.randomUUID();
        ok(post("/api/sager", json("sagId", id, "borgerId", borger, "ejer", kommune, "ansvarligEnhed", enhed, "kleNummer", kle,
                "handlingsfacet", "G01", "foelsomhed", "FOELSOMME_PERSONOPLYSNINGER", "titel", "Ansøgning om hjælp",
                "opstaaetDato", opstaaet.toString(), "henvendelser", java.util.List.of(henvendelser), "sagsbehandler", "sb-0001")), 201);
        return id;
    }

    void iBero(UUID sag, Object fra) {
        ok(post("/api/sager/" + sag + "/oplysningsanmodninger", json("anmodningId", UUID.randomUUID(), "tredjepartKode", "A9",
                "hvad", "Epikrise", "anmodetDato", fra.toString(), "svarfrist", fra.toString(), "saetIBero", true)), 200);
    }

    void genoptag(UUID sag, Object dato) {
        ok(post("/api/sager/" + sag + "/genoptagelse", json("genoptagetDato", dato.toString())), 200);
    }

    UUID afgoer(UUID sag, Object dato) {
        UUID afgoerelse = UUID.randomUUID();
        ok(post("/api/sager/" + sag + "/oplyst", json("oplystDato", dato.toString())), 200);
        ok(post("/api/sager/" + sag + "/afgoerelser", json("afgoerelseId", afgoerelse, "type", "BEVILLING", "hjemmel", "SEL § 83, stk. 1",
                "klagevejledningGivet", true, "truffetDato", dato.toString(), "sendtDato", dato.toString(), "virkningsdato", dato.toString())), 200);
        return afgoerelse;
    }

    void afslutUdenAfgoerelse(UUID sag, Object dato) {
        ok(post("/api/sager/" + sag + "/afslutning-uden-afgoerelse", json("aarsag", "TRUKKET_TILBAGE", "afsluttetDato", dato.toString(),
                "bemaerkning", "Borgeren har trukket ansøgningen")), 200);
    }

    UUID bevilling(UUID borger, UUID sag, UUID afgoerelse, String indsats, Object bevilget, Object startdato) {
        UUID id = UUID.randomUUID();
        ok(post("/api/bevillinger", json("bevillingId", id, "borgerId", borger, "sagId", sag, "afgoerelseId", afgoerelse,
                "indsatsKode", indsats, "startdato", startdato == null ? null : startdato.toString(),
                "omfang", json("minutter", 20, "periode", "PR_UGE", "gange", 1), "bevilgetDato", bevilget.toString())), 201);
        return id;
    }

    void fastsaetStartdato(UUID bevilling, Object startdato) {
        ok(post("/api/bevillinger/" + bevilling + "/startdato", json("startdato", startdato.toString())), 200);
    }

    void ophoer(UUID bevilling, Object dato) {
        ok(post("/api/bevillinger/" + bevilling + "/ophoer", json("ophoersdato", dato.toString(), "aarsag", "BORGERENS_OENSKE")), 200);
    }

    void opfoelgning(UUID bevilling, Object gennemfoert, Object naeste) {
        ok(post("/api/bevillinger/" + bevilling + "/opfoelgninger", json("opfoelgningId", UUID.randomUUID(), "resultatKode", "E1",
                "gennemfoertDato", gennemfoert.toString(), "naesteOpfoelgning", naeste.toString(), "notat", "Fortsætter uændret")), 200);
    }
}
