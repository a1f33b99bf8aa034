package dk.careledger.commandside.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PreDestroy;
import dk.careledger.commandside.bevilling.Leveranceparti;
import dk.careledger.commandside.kommando.Aggregattype;
import dk.careledger.commandside.kommando.Kalder;
import dk.careledger.commandside.kommando.Kommandoafsender;
import dk.careledger.commandside.kommando.KommandoLog;
import dk.careledger.commandside.kommando.Kommandograense;
import dk.careledger.commandside.kommando.Postudfald;
import dk.careledger.domain.bevilling.command.BevillingCommand;
import dk.careledger.domain.bevilling.command.RegistrerIkkeLeveret;
import dk.careledger.domain.bevilling.command.RegistrerLevering;
import dk.careledger.domain.bevilling.command.RegistrerUplanlagtLevering;
import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.BevillingId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Leveringer in bulk (issue 18 item 4). One request carries up to {@link #MAKS} registrations of three kinds; each gets
 * its own answer — stored, already there, or refused with code and field — and one bad registration does not refuse the
 * rest. The registrations are grouped by bevilling, and each group is one command ({@link Leveranceparti}) and one
 * transaction: the bevilling's rules decide each registration in request order, and each accepted one is its own event
 * with who and when. So a day's visits of a home-care unit, some hundred citizens, is some hundred transactions, not
 * thousands.
 *
 * <p>Idempotency: the request's {@code X-Kommando-Id} names it; each group is sent under an id derived from it and the
 * bevilling, so sending the request again (after a lost answer, or a crash half-way) answers every group as it was
 * answered and stores nothing twice; the same id with other content is 409 {@code KOMMANDO_ID_GENBRUGT} for the groups
 * that differ.
 */
@Component
public class Leveranceregistrering {
    static final int MAKS = 10_000;
    static final String FELT = "registreringer";
    static final String TYPE = "Leveranceregistreringer";
    static final int PARALLELLE = 4;
    /** Registrations read in one slice at least: a small request is read by the request thread alone. */
    static final int LAESESKIVE = 250;
    private static final Map<String, Class<? extends BevillingCommand>> TYPER = Map.of("LEVERING", RegistrerLevering.class,
            "IKKE_LEVERET", RegistrerIkkeLeveret.class, "UPLANLAGT", RegistrerUplanlagtLevering.class);

    /** The answer: one result per registration, in request order, and the counts; {@code gentaget} when the request was sent before. */
    public record Svar(UUID kommandoId, boolean gentaget, Map<Postudfald.Status, Long> antal, List<Resultat> resultater) {
    }

    /**
     * What became of registration {@code nr} (from 0). A registration refused as bad input lists every bad field in
     * {@code fejl}, as a single command's refusal does ({@link Feltfejl}); {@code fejlkode}, {@code felt} and {@code besked}
     * are the first.
     */
    public record Resultat(int nr, UUID bevillingId, UUID leveringId, Postudfald.Status status, String fejlkode, String felt,
            String besked, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Feltfejl> fejl) {
    }

    private final KommandoApi api;
    private final Kommandoafsender kommandoer;
    private final Kommandograense graense;
    private final KommandoLog log;
    private final ObjectMapper json;
    /**
     * The bevillinger of a request are sent side by side, as many at once as these threads; each still waits for a place
     * under the command bound ({@link Kommandograense}), so a bulk request shares the command path with single commands.
     */
    private final ExecutorService arbejdere = Executors.newFixedThreadPool(PARALLELLE, r -> {
        Thread t = new Thread(r, "leverancer");
        t.setDaemon(true);
        return t;
    });

    public Leveranceregistrering(KommandoApi api, Kommandoafsender kommandoer, Kommandograense graense, KommandoLog log,
            @Qualifier("kommandoObjectMapper") ObjectMapper json) {
        this.api = api;
        this.kommandoer = kommandoer;
        this.graense = graense;
        this.log = log;
        this.json = json;
    }

    Svar registrer(String body, HttpHeaders headers) {
        Kalder kalder = api.kalder();
        UUID kommandoId = KommandoApi.kommandoId(headers);
        JsonNode registreringer = registreringer(body);
        byte[] hash = hash(registreringer);
        Optional<KommandoLog.Post> tidligere = log.find(kommandoId);
        if (tidligere.isPresent() && !Arrays.equals(tidligere.get().indholdHash(), hash)) {
            throw Afvisning.konflikt("KOMMANDO_ID_GENBRUGT", KommandoApi.KOMMANDO_ID,
                    "Kommando-id'et " + kommandoId + " er allerede brugt til en anden anmodning");
        }
        Resultat[] resultater = new Resultat[registreringer.size()];
        BevillingCommand[] kommandoer = new BevillingCommand[registreringer.size()];
        laesAlle(registreringer, resultater, kommandoer);
        Map<BevillingId, List<Leveranceparti.Post>> partier = new LinkedHashMap<>();
        for (int nr = 0; nr < kommandoer.length; nr++) {
            if (kommandoer[nr] != null) {
                BevillingCommand kommando = kommandoer[nr];
                partier.computeIfAbsent(kommando.bevillingId(), b -> new ArrayList<>()).add(Leveranceparti.Post.af(nr, kommando));
            }
        }
        // the groups' ids looked up in the command log at once: one query, not one a bevilling
        Map<UUID, KommandoLog.Post> logget = log.find(partier.keySet().stream().map(b -> partiId(kommandoId, b)).toList());
        List<Future<List<Postudfald>>> svar = new ArrayList<>();
        for (Map.Entry<BevillingId, List<Leveranceparti.Post>> parti : partier.entrySet()) {
            svar.add(arbejdere.submit(() -> send(parti.getKey(), parti.getValue(), kommandoId, kalder, logget)));
        }
        for (Future<List<Postudfald>> f : svar) {
            for (Postudfald u : vent(f)) {
                Resultat r = resultater[u.nr()];
                resultater[u.nr()] = new Resultat(r.nr(), r.bevillingId(), r.leveringId(), u.status(), u.fejlkode(), felt(u), u.besked(), null);
            }
        }
        log.gemAnmodning(kommandoId, TYPE, hash);
        Map<Postudfald.Status, Long> antal = new LinkedHashMap<>();
        for (Postudfald.Status s : Postudfald.Status.values()) {
            antal.put(s, Arrays.stream(resultater).filter(r -> r.status() == s).count());
        }
        return new Svar(kommandoId, tidligere.isPresent(), antal, List.of(resultater));
    }

    /**
     * Reads every registration into {@code kommandoer} (or its refusal into {@code resultater}), in slices side by side on
     * the workers: reading is the one step of a request no bevilling's transaction can overlap, so a request of
     * thousands is read by every core rather than by the request thread alone.
     */
    private void laesAlle(JsonNode registreringer, Resultat[] resultater, BevillingCommand[] kommandoer) {
        int n = registreringer.size();
        int skive = Math.max(LAESESKIVE, (n + PARALLELLE - 1) / PARALLELLE);
        if (n <= skive) {
            laes(registreringer, 0, n, resultater, kommandoer);
            return;
        }
        List<Future<?>> laesninger = new ArrayList<>();
        for (int fra = 0; fra < n; fra += skive) {
            int f = fra;
            int til = Math.min(n, fra + skive);
            laesninger.add(arbejdere.submit(() -> laes(registreringer, f, til, resultater, kommandoer)));
        }
        laesninger.forEach(Leveranceregistrering::vent);
    }

    private void laes(JsonNode registreringer, int fra, int til, Resultat[] resultater, BevillingCommand[] kommandoer) {
        for (int nr = fra; nr < til; nr++) {
            String sti = FELT + "[" + nr + "]";
            JsonNode node = registreringer.get(nr);
            UUID bevillingId = uuidEllerNull(node.get("bevillingId"));
            UUID leveringId = uuidEllerNull(node.get("leveringId"));
            try {
                kommandoer[nr] = kommando(node, sti);
                resultater[nr] = new Resultat(nr, bevillingId, leveringId, null, null, null, null, null);
            } catch (Afvisning a) {
                resultater[nr] = new Resultat(nr, bevillingId, leveringId, Postudfald.Status.AFVIST, a.fejlkode(), a.felt(), a.besked(),
                        Feltfejl.alle(a));
            }
        }
    }

    /** One bevilling's registrations as one command, when the command bound lets it in. */
    private List<Postudfald> send(BevillingId bevilling, List<Leveranceparti.Post> poster, UUID kommandoId, Kalder kalder,
            Map<UUID, KommandoLog.Post> logget) {
        UUID id = partiId(kommandoId, bevilling);
        try {
            return graense.udfoer(() -> kommandoer.send(Aggregattype.BEVILLING, bevilling.toString(), new Leveranceparti(bevilling, poster),
                    id, kalder, Optional.ofNullable(logget.get(id)))).udfald().poster();
        } catch (Afvisning a) {
            // the whole group: a bevilling that does not exist or is not the caller's kommune's (404, as for one), or a second
            // write conflict
            return poster.stream().map(p -> Postudfald.afvist(p.nr(), a)).toList();
        }
    }

    private static <T> T vent(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while registering leveringer", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    @PreDestroy
    void luk() {
        arbejdere.shutdown();
    }

    /** A field the bevilling's rules named, as a path into the request: {@code registreringer[3].leveret}. */
    private static String felt(Postudfald u) {
        return u.felt() == null ? FELT + "[" + u.nr() + "]" : FELT + "[" + u.nr() + "]." + u.felt();
    }

    private JsonNode registreringer(String body) {
        JsonNode krop = api.traeUdAf(body);
        List<String> ukendte = new ArrayList<>();
        krop.fieldNames().forEachRemaining(f -> {
            if (!f.equals(FELT)) {
                ukendte.add(f);
            }
        });
        if (!ukendte.isEmpty()) {
            throw Afvisning.ugyldig("UKENDT_FELT", ukendte.get(0), "Ukendt felt '" + ukendte.get(0) + "'"
                    + Forslag.menteDu(ukendte.get(0), List.of(FELT)) + "; kendte felter: [" + FELT + "]");
        }
        JsonNode r = krop.get(FELT);
        if (r == null || r.isNull()) {
            throw Afvisning.ugyldig("FELT_PAAKRAEVET", FELT, "Feltet '" + FELT + "' skal udfyldes med en liste af registreringer");
        }
        if (!r.isArray()) {
            throw Afvisning.ugyldig("UGYLDIG_VAERDI", FELT, "Feltet '" + FELT + "' skal være en liste");
        }
        if (r.isEmpty() || r.size() > MAKS) {
            throw Afvisning.ugyldig("ANTAL_UGYLDIGT", FELT, "En anmodning skal have mellem 1 og " + MAKS + " registreringer, fik " + r.size());
        }
        return r;
    }

    /** One registration, read as strictly as a single one would be; refusals name the field inside the request. */
    private BevillingCommand kommando(JsonNode node, String sti) {
        if (!node.isObject()) {
            throw Afvisning.ugyldig("UGYLDIG_VAERDI", sti, "Hver registrering skal være et JSON-objekt");
        }
        JsonNode type = node.get("type");
        Class<? extends BevillingCommand> klasse = type == null || !type.isTextual() ? null : TYPER.get(type.asText());
        if (klasse == null) {
            throw Afvisning.ugyldig(type == null || type.isNull() ? "FELT_PAAKRAEVET" : "UGYLDIG_VAERDI", sti + ".type",
                    "Feltet '" + sti + ".type' skal være en af " + TYPER.keySet().stream().sorted().collect(Collectors.joining(", ")));
        }
        JsonNode bevilling = node.get("bevillingId");
        if (bevilling == null || bevilling.isNull()) {
            throw Afvisning.ugyldig("FELT_PAAKRAEVET", sti + ".bevillingId", "Feltet '" + sti + ".bevillingId' skal udfyldes");
        }
        ObjectNode uden = ((ObjectNode) node).deepCopy();
        uden.remove("type");
        try {
            return api.laesTrae(uden, klasse);
        } catch (Afvisning a) {
            throw Feltfejl.under(sti, a);
        }
    }

    private static UUID uuidEllerNull(JsonNode v) {
        if (v == null || !v.isTextual()) {
            return null;
        }
        try {
            return UUID.fromString(v.asText());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private byte[] hash(JsonNode registreringer) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(registreringer));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id a group is sent under: the same request and bevilling always give the same id. */
    static UUID partiId(UUID kommandoId, BevillingId bevillingId) {
        return UUID.nameUUIDFromBytes(("leverancer|" + kommandoId + "|" + bevillingId).getBytes(StandardCharsets.UTF_8));
    }
}
