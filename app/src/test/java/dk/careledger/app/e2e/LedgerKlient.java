package dk.careledger.app.e2e;

import dk.careledger.app.testsupport.Testtokens;
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
 * A caseworker's client for the ledger's REST API in tests: sends commands with the caller headers and a fresh
 * command id, and reads the JSON answers. Acting user, role and kommune can be switched per request.
 */
final class LedgerKlient {
    static final String AALBORG = "29189420";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final String base;
    private String bruger = "sb-0001";
    /**
     * The default test user is a sagsbehandler who is also leder and may configure the kommune: the tests written before
     * access control (ADR 0019) let one user do everything, and commands record the role SAGSBEHANDLER (the first role
     * each command endpoint lists). Tests of the rights themselves sign their own tokens ({@code Testtokens}).
     */
    private String rolle = "SAGSBEHANDLER,LEDER,KONFIGURATION";
    private String kommune = AALBORG;

    LedgerKlient(int port) {
        this.port = port;
        this.base = "http://localhost:" + port;
    }

    /** An answer: status, JSON body and headers. */
    record Svar(int status, JsonNode krop, HttpResponse<String> raa) {
        String tekst(String felt) {
            JsonNode n = krop.get(felt);
            return n == null || n.isNull() ? null : n.asText();
        }

        /** The status and the refusal's code, e.g. {@code 404 SAG_UKENDT}: what a refusal test compares. */
        String kode() {
            return status + " " + tekst("fejlkode");
        }

        @Override
        public String toString() {
            return status + " " + krop;
        }
    }

    /** The same client acting for another kommune (every read and write is scoped to the caller's kommune, ADR 0019). */
    LedgerKlient iKommune(String nyKommune) {
        LedgerKlient kopi = new LedgerKlient(port);
        kopi.bruger = bruger;
        kopi.rolle = rolle;
        kopi.kommune = nyKommune;
        return kopi;
    }

    /** The same client acting as another user and role. */
    LedgerKlient som(String bruger, String rolle) {
        LedgerKlient kopi = new LedgerKlient(port);
        kopi.bruger = bruger;
        kopi.rolle = rolle;
        kopi.kommune = kommune;
        return kopi;
    }

    Svar post(String sti, Map<String, ?> krop) {
        return post(sti, krop, UUID.randomUUID(), null);
    }

    Svar post(String sti, Map<String, ?> krop, UUID kommandoId, String ifMatch) {
        try {
            return send(sti, JSON.writeValueAsString(krop), kommandoId, ifMatch);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Svar send(String sti, String krop, UUID kommandoId, String ifMatch) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + sti))
                .header("Content-Type", "application/json")
                .header("Authorization", Testtokens.bearer(bruger, rolle, kommune))
                .POST(HttpRequest.BodyPublishers.ofString(krop));
        if (kommandoId != null) {
            b.header("X-Kommando-Id", kommandoId.toString());
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return udfoer(b.build());
    }

    Svar get(String sti) {
        return udfoer(HttpRequest.newBuilder(URI.create(base + sti))
                .header("Authorization", Testtokens.bearer(bruger, rolle, kommune)).GET().build());
    }

    private Svar udfoer(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode krop = r.body() == null || r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
            return new Svar(r.statusCode(), krop, r);
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

    /** Registers a citizen with a CPR number and returns the borgerId. */
    UUID borger(String cpr, String navn) {
        UUID id = UUID.randomUUID();
        Svar s = post("/api/borgere", json("borgerId", id, "identtype", "CPR", "identifikator", cpr, "navn", navn));
        if (s.status() != 201 && s.status() != 200) {
            throw new IllegalStateException("Could not register citizen: " + s);
        }
        return UUID.fromString(s.tekst("borgerId"));
    }
}
