package dk.careledger.commandside.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.careledger.commandside.kommando.Aggregattype;
import dk.careledger.commandside.kommando.Anmodningsbruger;
import dk.careledger.commandside.kommando.Kalder;
import dk.careledger.commandside.kommando.Kommandoafsender;
import dk.careledger.commandside.kommando.KommandoUdfald;
import dk.careledger.commandside.kommando.Kommandograense;
import dk.careledger.commandside.kommando.Referencer;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Inputgraenser;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What every command endpoint does: take the authenticated caller, the command from the body (with the
 * aggregate id taken from the path), check cross-aggregate references, send it exactly once, answer.
 *
 * <p>Headers: {@code X-Kommando-Id} (required, a UUID the client chooses; resending it is safe),
 * {@code If-Match} (optional: the version the client last saw; a stale one is 409). Who acts ({@link Kalder}) comes
 * from the verified token only (ADR 0019).
 */
@Component
public class KommandoApi {
    public static final String KOMMANDO_ID = "X-Kommando-Id";


    private final Kommandoafsender kommandoer;
    private final ObjectMapper json;
    private final Referencer referencer;
    private final Kommandograense graense;

    public KommandoApi(Kommandoafsender kommandoer, @Qualifier("kommandoObjectMapper") ObjectMapper json, Referencer referencer,
            Kommandograense graense) {
        this.kommandoer = kommandoer;
        this.json = json;
        this.referencer = referencer;
        this.graense = graense;
    }

    /** The JSON answer to an accepted command. */
    public record Svar(UUID kommandoId, String aggregatId, String aggregattype, long version, java.util.List<String> haendelser,
            boolean gentaget) {
    }

    /** A command on an existing aggregate whose id is in the path. */
    public <C> ResponseEntity<Svar> udfoer(Aggregattype type, UUID aggregatId, String idFelt, String body, Class<C> kommandotype,
            HttpHeaders headers, Consumer<C> referencetjek) {
        C kommando = laes(body, kommandotype, idFelt, aggregatId);
        return graense.udfoer(() -> send(type, aggregatId.toString(), kommando, headers, referencetjek, UnaryOperator.identity(), false));
    }

    /** A creation command; the new aggregate's id is in the body (chosen by the client). */
    public <C> ResponseEntity<Svar> opret(Aggregattype type, String idFelt, String body, Class<C> kommandotype, HttpHeaders headers,
            Consumer<C> referencetjek) {
        return opret(type, idFelt, body, kommandotype, headers, referencetjek, UnaryOperator.identity());
    }

    /** A creation command that the server completes before sending (see {@link Kommandoafsender}). */
    public <C> ResponseEntity<Svar> opret(Aggregattype type, String idFelt, String body, Class<C> kommandotype, HttpHeaders headers,
            Consumer<C> referencetjek, UnaryOperator<C> fuldfoer) {
        JsonNode node = traeUdAf(body);
        JsonNode id = node.get(idFelt);
        List<Feltfejl> fejl = new ArrayList<>();
        UUID aggregatId = null;
        if (id == null || id.isNull() || id.asText().isBlank()) {
            fejl.add(Feltfejl.af(idFelt, "FELT_PAAKRAEVET", "Feltet '" + idFelt + "' skal udfyldes med et UUID, som klienten vælger"));
        } else {
            try {
                aggregatId = Inputgraenser.id(uuid(id.asText(), idFelt), idFelt);
            } catch (Afvisning a) {
                fejl.addAll(Feltfejl.alle(a));
            }
        }
        C kommando = konverter(node, kommandotype, fejl);
        String nyId = aggregatId.toString();
        return graense.udfoer(() -> {
            referencer.kraevLedigtId(type, nyId, idFelt);
            return send(type, nyId, kommando, headers, referencetjek, fuldfoer, true);
        });
    }

    /** Reads part of a request body strictly, as {@link #laesKrop}. */
    <T> T laesTrae(JsonNode node, Class<T> type) {
        return konverter(node, type);
    }

    /** The request's {@code X-Kommando-Id}: required, a UUID. */
    static UUID kommandoId(HttpHeaders headers) {
        return Inputgraenser.id(uuid(header(headers, KOMMANDO_ID), KOMMANDO_ID), KOMMANDO_ID);
    }

    /**
     * A change of a kommune's settings (ADR 0021): the aggregate is the kommune, its id the CVR the command names in
     * {@code kommune}. 201 when the change wrote facts, 200 when the same setting was already the latest one (no events).
     */
    public <C> ResponseEntity<Svar> indstil(String body, Class<C> kommandotype, HttpHeaders headers, Function<C, Cvr> kommune) {
        C kommando = konverter(traeUdAf(body), kommandotype);
        String cvr = Afvisning.paakraevet(kommune.apply(kommando), "kommune").value();
        ResponseEntity<Svar> svar = graense.udfoer(() -> send(Aggregattype.KOMMUNEINDSTILLING, cvr, kommando, headers, null,
                UnaryOperator.identity(), false));
        return ResponseEntity.status(svar.getBody().haendelser().isEmpty() ? HttpStatus.OK : HttpStatus.CREATED).headers(svar.getHeaders())
                .body(svar.getBody());
    }

    /** Reads a request body strictly (unknown fields and bad values are 400 with the field named). */
    public <T> T laesKrop(String body, Class<T> type) {
        return konverter(traeUdAf(body), type);
    }

    /**
     * The authenticated caller of this request, in the role the endpoint lets them act in (ADR 0019): put on the request
     * by the application's role check after the token was verified. Never from headers a client sets.
     */
    public static Bruger bruger() {
        return Anmodningsbruger.aktuel().orElseThrow(() -> Afvisning.naegtet("MANGLER_RETTIGHED", null, "Ingen bruger er logget ind"));
    }

    /** Who sends the command: the authenticated user, their role on this endpoint and their kommune. */
    public Kalder kalder() {
        Bruger b = bruger();
        return new Kalder(b.aktoer(), b.kommune());
    }

    private <C> ResponseEntity<Svar> send(Aggregattype type, String aggregatId, C kommando, HttpHeaders headers,
            Consumer<C> referencetjek, UnaryOperator<C> fuldfoer, boolean oprettelse) {
        Kalder kalder = kalder();
        UUID kommandoId = kommandoId(headers);
        Long forventetVersion = forventetVersion(headers);
        if (referencetjek != null) {
            referencetjek.accept(kommando);
        }
        Kommandoafsender.Svar svar = kommandoer.send(type, aggregatId, kommando, fuldfoer, kommandoId, forventetVersion, kalder);
        KommandoUdfald u = svar.udfald();
        Svar krop = new Svar(kommandoId, u.aggregatId(), u.aggregattype(), u.version(), u.haendelser(), svar.gentaget());
        ResponseEntity.BodyBuilder builder = oprettelse
                ? ResponseEntity.created(URI.create(sti(type) + "/" + u.aggregatId()))
                : ResponseEntity.status(HttpStatus.OK);
        return builder.eTag("\"" + u.version() + "\"").body(krop);
    }

    private static String sti(Aggregattype type) {
        return switch (type) {
            case HENVENDELSE -> "/api/henvendelser";
            case SAG -> "/api/sager";
            case BEVILLING -> "/api/bevillinger";
            case FORLOEB -> "/api/forloeb";
            case KOMMUNEINDSTILLING -> "/api/kommuneindstillinger";
        };
    }

    private <C> C laes(String body, Class<C> type, String idFelt, UUID aggregatId) {
        JsonNode node = traeUdAf(body);
        JsonNode eksisterende = node.get(idFelt);
        List<Feltfejl> fejl = new ArrayList<>();
        if (eksisterende != null && !eksisterende.isNull() && !eksisterende.asText().equals(aggregatId.toString())) {
            fejl.add(Feltfejl.af(idFelt, "ID_UOVERENSSTEMMELSE", "'" + idFelt + "' i kroppen skal være det samme som i stien, eller udelades"));
        }
        ((ObjectNode) node).put(idFelt, aggregatId.toString());
        return konverter(node, type, fejl);
    }

    /** The body as a JSON object: 400 UGYLDIG_JSON when it is not one. */
    JsonNode traeUdAf(String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
            if (!node.isObject()) {
                throw Afvisning.ugyldig("UGYLDIG_JSON", null, "Kroppen skal være et JSON-objekt");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw Afvisning.ugyldig("UGYLDIG_JSON", null, "Kroppen er ikke gyldig JSON: " + e.getOriginalMessage());
        }
    }

    private <C> C konverter(JsonNode node, Class<C> type) {
        return konverter(node, type, new ArrayList<>());
    }

    /**
     * Reads the command strictly and names every bad field at once (issue 18 item 2): the reader goes on past a bad value
     * or an unknown field ({@link Feltfejlsamler}), then the fields marked {@code @Paakraevet} that the body leaves out
     * are added ({@link Paakraevede}). Any error refuses the whole request (400) before anything is sent; the refusal's
     * {@code fejlkode}, {@code felt} and message are the first error's, and it carries them all ({@link Feltfejl#alle}).
     */
    private <C> C konverter(JsonNode node, Class<C> type, List<Feltfejl> fejl) {
        C kommando = null;
        try {
            kommando = Feltfejlsamler.samlendeLaeser(json, type, fejl).readValue(node);
        } catch (Afvisning | IOException | IllegalArgumentException e) {
            // an object whose own constructor refused a value skipped as bad (null) is not a second error
            JsonFejl.feltfejl(e, null).stream().filter(f -> fejl.stream().noneMatch(g -> under(g.felt(), f.felt())))
                    .forEach(f -> Feltfejl.tilfoej(fejl, f));
        } catch (RuntimeException e) {
            if (fejl.isEmpty()) {
                throw e;
            }
            // a value skipped as bad was missed by the command's own constructor: the bad value is the error
        }
        Paakraevede.kontroller(type, node, "", fejl);
        if (!fejl.isEmpty()) {
            throw Feltfejl.afvisning(fejl);
        }
        return kommando;
    }

    private static boolean under(String felt, String objekt) {
        return felt != null && objekt != null && (felt.startsWith(objekt + ".") || felt.startsWith(objekt + "["));
    }

    private static Long forventetVersion(HttpHeaders headers) {
        String ifMatch = headers.getFirst(HttpHeaders.IF_MATCH);
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String v = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw Afvisning.ugyldig("IF_MATCH_UGYLDIG", HttpHeaders.IF_MATCH, "If-Match skal være en version, som svaret på en tidligere kommando gav i ETag");
        }
    }

    private static String header(HttpHeaders headers, String navn) {
        String v = headers.getFirst(navn);
        if (v == null || v.isBlank()) {
            throw Afvisning.ugyldig("HEADER_PAAKRAEVET", navn, "Headeren " + navn + " skal være sat");
        }
        return v.trim();
    }

    static UUID uuid(String v, String felt) {
        try {
            return UUID.fromString(v);
        } catch (IllegalArgumentException e) {
            throw Afvisning.ugyldig("UUID_UGYLDIG", felt, "'" + felt + "' skal være et UUID, fik '" + v + "'");
        }
    }
}
