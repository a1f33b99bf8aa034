package dk.careledger.app.adgang;

import dk.careledger.app.e2e.Cprnumre;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.careledger.app.testsupport.Testtokens;
import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** HTTP as a given identity (a token, or none), for the access-control tests; and a small world in one kommune. */
final class Adgangsklient {
    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    Adgangsklient(int port) {
        this.base = "http://localhost:" + port;
    }

    record Svar(int status, String type, JsonNode krop, String raa) {
        String fejlkode() {
            JsonNode k = krop.get("fejlkode");
            return k == null ? null : k.asText();
        }

        @Override
        public String toString() {
            return status + " " + raa;
        }
    }

    Svar send(String metode, String sti, String authorization, String krop, Map<String, String> headere) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + sti)).header("X-Kommando-Id", UUID.randomUUID().toString());
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        headere.forEach(b::header);
        if (krop != null) {
            b.header("Content-Type", "application/json").method(metode, HttpRequest.BodyPublishers.ofString(krop));
        } else {
            b.method(metode, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode k;
            try {
                k = r.body() == null || r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
            } catch (IOException ikkeJson) {
                k = JSON.createObjectNode();
            }
            return new Svar(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), k, r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Svar get(String sti, Bruger bruger) {
        return send("GET", sti, bruger == null ? null : Testtokens.bearer(bruger), null, Map.of());
    }

    Svar post(String sti, Bruger bruger, Map<String, ?> krop) {
        try {
            return send("POST", sti, Testtokens.bearer(bruger), JSON.writeValueAsString(krop), Map.of());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Svar ok(String sti, Bruger bruger, Map<String, ?> krop) {
        Svar s = post(sti, bruger, krop);
        if (s.status() != 200 && s.status() != 201) {
            throw new IllegalStateException("POST " + sti + ": " + s);
        }
        return s;
    }

    static Map<String, Object> json(Object... par) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < par.length; i += 2) {
            if (par[i + 1] != null) {
                m.put((String) par[i], par[i + 1]);
            }
        }
        return m;
    }

    static Bruger sagsbehandler(String kommune) {
        return Testtokens.bruger("sb-" + kommune, kommune, Adgangsrolle.SAGSBEHANDLER);
    }

    /** One of each kind in {@code kommune}: a citizen, a sag, a henvendelse, a bevilling on the sag ordered from {@code leverandoerKommune}, a forløb. */
    record Verden(String kommune, UUID borgerId, UUID sagId, UUID henvendelseId, UUID bevillingId, UUID forloebId) {
        Map<String, String> variabler() {
            return Map.of("borgerId", borgerId.toString(), "sagId", sagId.toString(), "henvendelseId", henvendelseId.toString(),
                    "bevillingId", bevillingId.toString(), "forloebId", forloebId.toString(), "aggregatId", sagId.toString(),
                    "feed", "sagsindeks", "variant", "ENKELTSAGER", "navn", "sager");
        }
    }

    Verden verden(String kommune, String leverandoerKommune) {
        Bruger sb = sagsbehandler(kommune);
        UUID borger = UUID.randomUUID();
        ok("/api/borgere", sb, json("borgerId", borger, "identtype", "CPR", "identifikator",
                Cprnumre.tilfaeldigt(), "navn", "Adgang Testesen"));
        UUID sag = sag(sb, borger, "27.36.04", "FOELSOMME_PERSONOPLYSNINGER");
        UUID henvendelse = UUID.randomUUID();
        ok("/api/henvendelser", sb, json("henvendelseId", henvendelse, "borgerId", borger, "kildeKode", "A1", "kanal", "TELEFON",
                "modtagetDato", "2026-03-02", "aarsag", "Ønsker hjælp"));
        UUID bevilling = UUID.randomUUID();
        ok("/api/bevillinger", sb, json("bevillingId", bevilling, "borgerId", borger, "sagId", sag, "indsatsKode", "SEL-83-PP",
                "startdato", "2026-03-16", "omfang", json("minutter", 20, "periode", "PR_DAG", "gange", 1), "bevilgetDato", "2026-03-10"));
        ok("/api/bevillinger/" + bevilling + "/bestilling", sb, json("leverandoer", "Hjemmeplejen " + leverandoerKommune, "leverandoerKommune",
                leverandoerKommune.equals(kommune) ? null : leverandoerKommune, "bestiltDato", "2026-03-12"));
        UUID forloeb = UUID.randomUUID();
        ok("/api/forloeb", sb, json("forloebId", forloeb, "borgerId", borger, "forloebstypeKode", "SEL-83", "startdato", "2026-03-02"));
        return new Verden(kommune, borger, sag, henvendelse, bevilling, forloeb);
    }

    UUID sag(Bruger sb, UUID borger, String kle, String foelsomhed) {
        UUID sag = UUID.randomUUID();
        ok("/api/sager", sb, json("sagId", sag, "borgerId", borger, "ejer", sb.kommune().value(), "ansvarligEnhed", "visitation",
                "kleNummer", kle, "handlingsfacet", "G01", "foelsomhed", foelsomhed, "titel", "Hjælp", "opstaaetDato", "2026-03-02"));
        return sag;
    }
}
