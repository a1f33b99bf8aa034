package dk.careledger.app.ydelse;

import dk.careledger.app.testsupport.Testtokens;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The ledger's REST API as the read-model tests drive it: commands with caller headers (switchable user, role and
 * kommune) and a fresh command id each, a few ready-made commands, and GETs returning status and JSON. Public, so the
 * forløb and citizen overview tests use it too.
 */
public final class Ledger {
    public static final String AALBORG = "29189420";
    public static final String AARHUS = "55133018";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final String bruger;
    private final String rolle;
    private final String kommune;

    public Ledger(int port) {
        // a sagsbehandler who is also leder and may configure the kommune (see LedgerKlient); commands record SAGSBEHANDLER
        this(port, "sb-0001", "SAGSBEHANDLER,LEDER,KONFIGURATION", AALBORG);
    }

    private Ledger(int port, String bruger, String rolle, String kommune) {
        this.port = port;
        this.bruger = bruger;
        this.rolle = rolle;
        this.kommune = kommune;
    }

    /** An answer: HTTP status and JSON body. */
    public record Svar(int status, JsonNode krop) {
        @Override
        public String toString() {
            return status + " " + krop;
        }
    }

    /** The same client acting as another user and role. */
    public Ledger som(String nyBruger, String nyRolle) {
        return new Ledger(port, nyBruger, nyRolle, kommune);
    }

    /** The same client acting for another kommune. */
    public Ledger iKommune(String nyKommune) {
        return new Ledger(port, bruger, rolle, nyKommune);
    }

    public Svar get(String sti) {
        return udfoer(HttpRequest.newBuilder(URI.create("http://localhost:" + port + sti)).header("Authorization", Testtokens.bearer(bruger, rolle, kommune)).GET().build());
    }

    /** GET that must answer 200. */
    public JsonNode hent(String sti) {
        Svar s = get(sti);
        assertThat(s.status()).as("GET %s: %s", sti, s).isEqualTo(200);
        return s.krop();
    }

    public Svar post(String sti, Map<String, ?> krop) {
        try {
            return udfoer(HttpRequest.newBuilder(URI.create("http://localhost:" + port + sti)).header("Content-Type", "application/json")
                    .header("Authorization", Testtokens.bearer(bruger, rolle, kommune))
                    .header("X-Kommando-Id", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(krop))).build());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** POST that must succeed (200 or 201). */
    public void ok(String sti, Map<String, ?> krop) {
        Svar s = post(sti, krop);
        assertThat(s.status()).as("POST %s: %s", sti, s).isIn(200, 201);
    }

    private Svar udfoer(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Svar(r.statusCode(), r.body() == null || r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON object from alternating keys and values, in order; null values are left out. */
    public static Map<String, Object> json(Object... par) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < par.length; i += 2) {
            if (par[i + 1] != null) {
                m.put((String) par[i], par[i + 1] instanceof LocalDate d ? d.toString() : par[i + 1]);
            }
        }
        return m;
    }

    // ---- ready-made commands ----

    /** Registers a new anonymous citizen (UC1 3.c1) and returns its id. */
    public UUID borger() {
        UUID id = UUID.randomUUID();
        ok("/api/borgere", json("borgerId", id, "identtype", "ANONYM", "navn", "Testborger"));
        return id;
    }

    /** Opens a sag on the citizen in KLE {@code kle} with facet G01. */
    public UUID sag(UUID borger, String kle, String titel, LocalDate opstaaet) {
        UUID id = UUID.randomUUID();
        ok("/api/sager", json("sagId", id, "borgerId", borger, "ejer", kommune, "ansvarligEnhed", "visitation-nord", "kleNummer", kle,
                "handlingsfacet", "G01", "foelsomhed", "FOELSOMME_PERSONOPLYSNINGER", "titel", titel, "opstaaetDato", opstaaet,
                "henvendelser", List.of(), "sagsbehandler", "sb-0001"));
        return id;
    }

    public void vurderTilstand(UUID sag, String kode, Integer niveau, Integer forventet, LocalDate dato, String borgerensVurdering) {
        ok("/api/sager/" + sag + "/tilstande", json("fsiiiKode", kode, "niveau", niveau, "forventetNiveau", forventet,
                "borgerensVurdering", borgerensVurdering, "vurderetDato", dato));
    }

    /** Grants a TID ydelse of the indsats, 2 × 15 minutes a day within 2 × 25 (startdato null = venteliste). */
    public UUID bevilling(UUID borger, UUID sag, String indsats, LocalDate start, LocalDate slut) {
        UUID id = UUID.randomUUID();
        ok("/api/bevillinger", json("bevillingId", id, "borgerId", borger, "sagId", sag, "indsatsKode", indsats, "startdato", start,
                "slutdato", slut, "omfang", json("minutter", 15, "periode", "PR_DAG", "gange", 2),
                "ramme", json("minutter", 25, "periode", "PR_DAG", "gange", 2), "bevilgetDato", LocalDate.of(2026, 3, 2)));
        return id;
    }

    public UUID forloeb(UUID borger, String type, LocalDate start) {
        UUID id = UUID.randomUUID();
        ok("/api/forloeb", json("forloebId", id, "borgerId", borger, "forloebstypeKode", type, "startdato", start));
        return id;
    }
}
