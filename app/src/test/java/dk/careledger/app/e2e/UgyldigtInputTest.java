package dk.careledger.app.e2e;

import dk.careledger.app.testsupport.Testtokens;
import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import static dk.careledger.app.e2e.LedgerKlient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Id;
import io.swagger.v3.oas.annotations.Operation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Generated bad input against every endpoint that writes, found from Spring's handler mappings (so a new endpoint
 * cannot be forgotten): for every field of every request body, values no fact may hold (control characters, too long
 * text, dates out of range or given as numbers, nil and foreign ids, wrong JSON types); ids of another aggregate type,
 * nil and malformed ids in the path; broken, deep and non-JSON bodies and content types; oversized and malformed
 * headers. Each answer must be a 4xx problem document with a stable code, and nothing may be written: no event, no
 * command-log entry, no citizen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedPostgresTest
class UgyldigtInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STIVARIABEL = Pattern.compile("\\{([^}/]+)}");
    private static final String NIL = "00000000-0000-0000-0000-000000000000";
    private static final String MARKOER = "\"§§fjendtlig§§\"";
    /** A user of Aalborg with every role, so that bad input, not a missing right, is what each endpoint refuses. */
    private static final Bruger ALLE_ROLLER = Testtokens.bruger("sb-0001", LedgerKlient.AALBORG, Adgangsrolle.values());
    private static final String ALLE_ROLLER_TOKEN = Testtokens.bearer(ALLE_ROLLER);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMappings;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, UUID> verden = new LinkedHashMap<>();
    private final List<String> fund = new ArrayList<>();
    private int forespoergsler;

    @BeforeEach
    void enVerdenMedEtAfHvert() {
        LedgerKlient klient = new LedgerKlient(port);
        UUID borger = klient.borger(Cprnumre.tilfaeldigt(), "Test Borger");
        UUID sag = UUID.randomUUID();
        ok(klient.post("/api/sager", json("sagId", sag, "borgerId", borger, "ejer", LedgerKlient.AALBORG, "ansvarligEnhed", "visitation",
                "kleNummer", "27.36.04", "handlingsfacet", "G01", "foelsomhed", "FOELSOMME_PERSONOPLYSNINGER", "titel", "Praktisk hjælp",
                "opstaaetDato", "2026-03-02")));
        UUID henvendelse = UUID.randomUUID();
        ok(klient.post("/api/henvendelser", json("henvendelseId", henvendelse, "borgerId", borger, "kildeKode", "A1", "kanal", "TELEFON",
                "modtagetDato", "2026-03-02", "aarsag", "Ønsker hjælp")));
        UUID bevilling = UUID.randomUUID();
        ok(klient.post("/api/bevillinger", json("bevillingId", bevilling, "borgerId", borger, "sagId", sag, "indsatsKode", "SEL-83-PP",
                "startdato", "2026-03-16", "omfang", json("minutter", 20, "periode", "PR_DAG", "gange", 1), "bevilgetDato", "2026-03-10")));
        UUID forloeb = UUID.randomUUID();
        ok(klient.post("/api/forloeb", json("forloebId", forloeb, "borgerId", borger, "forloebstypeKode", "SEL-83", "startdato", "2026-03-02")));
        verden.put("borgerId", borger);
        verden.put("sagId", sag);
        verden.put("henvendelseId", henvendelse);
        verden.put("bevillingId", bevilling);
        verden.put("forloebId", forloeb);
    }

    @Test
    void everyWriteEndpointAnswersGeneratedBadInputWithA4xxProblemAndWritesNothing() {
        List<Endepunkt> endepunkter = skrivendeEndepunkter();
        assertThat(endepunkter).as("write endpoints found from the handler mappings").hasSizeGreaterThan(35);
        foer = skrevet();

        for (Endepunkt e : endepunkter) {
            String sti = e.sti(verden, null);
            ObjectNode grundlag = e.krop == null ? null : grundlag(e.krop);
            if (grundlag != null) {
                grundlag.remove(e.variabler()); // the server takes the aggregate's id from the path
            }
            if (grundlag != null) {
                for (Felt f : felter(e.krop, "")) {
                    // an id that is also in the path must equal it (ID_UOVERENSSTEMMELSE comes first)
                    boolean streng = e.strengKrop() && !e.variabler().contains(f.sti);
                    for (Fjendtlig v : fjendtlige(f)) {
                        String krop = medVaerdi(grundlag, f.sti, v.json);
                        Svar s = send(e.metode, sti, "application/json", krop, Map.of());
                        forvent(e, "field " + f.sti + " = " + kort(v.json), s, streng ? v.kode : null, streng && v.kode != null ? f.sti : null);
                    }
                }
            }
            for (String variabel : e.variabler()) {
                for (String vaerdi : List.of(fremmedId(variabel), NIL, UUID.randomUUID().toString(), "ikke-et-id")) {
                    String andenSti = e.sti(verden, Map.of(variabel, vaerdi));
                    Svar s = send(e.metode, andenSti, "application/json", grundlag == null ? "{}" : grundlag.toString(), Map.of());
                    forvent(e, "path " + variabel + " = " + vaerdi, s, null, null);
                }
            }
            if (e.harKrop) {
                for (String[] k : List.of(new String[] {"application/json", "{\"a\":"}, new String[] {"application/json", "[]"},
                        new String[] {"application/json", "\"x\""}, new String[] {"application/json", "42"},
                        new String[] {"application/json", "[".repeat(5_000) + "]".repeat(5_000)},
                        new String[] {"application/json", "{\"x\u0000\":1}"},
                        new String[] {"multipart/form-data; boundary=grænse", "--grænse\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--grænse--\r\n"},
                        new String[] {"multipart/form-data", "ikke multipart"},
                        new String[] {"text/plain", "hej"}, new String[] {"application/xml", "<sag/>"},
                        new String[] {"application/x-www-form-urlencoded", "a=b"})) {
                    Svar s = send(e.metode, sti, k[0], k[1], Map.of());
                    forvent(e, "body " + k[0] + " " + kort(k[1]), s, null, null);
                }
            }
            String krop = grundlag == null ? "{}" : grundlag.toString();
            for (Map<String, String> h : List.of(Map.of("Authorization", "Bearer " + "b".repeat(7_000)), Map.of("Authorization", "Bearer abc"),
                    Map.of("Authorization", "Basic c2ItMDAwMTpoZW1tZWxpZw=="), Map.of("X-Kommando-Id", NIL), Map.of("X-Kommando-Id", "ikke-et-id"),
                    Map.of("If-Match", "\"ikke-en-version\""), Map.of("If-Match", "\"999999\""))) {
                String navn = h.keySet().iterator().next();
                if (navn.equals("Authorization") || e.laeser(navn)) {
                    Svar s = send(e.metode, sti, "application/json", krop, h);
                    forvent(e, "header " + h.keySet() + " " + kort(h.values().iterator().next()), s, null, null);
                }
            }
        }
        org.slf4j.LoggerFactory.getLogger(UgyldigtInputTest.class).info("{} write endpoints, {} requests with bad input, {} findings",
                endepunkter.size(), forespoergsler, fund.size());
        assertThat(fund).as("answers that were not a 4xx problem, or that wrote (of %d requests)", forespoergsler).isEmpty();
    }

    /**
     * The same generated bodies sent to a closed sag, an ophørt bevilling, an afsluttet forløb and a håndteret
     * henvendelse: the aggregate's state refuses (422) or the input does (400, 404), never a 5xx — so the OpenAPI
     * document's 422 for those commands is one a test reaches (OpenApiDaekningTest).
     */
    @Test
    void givenClosedAggregatesWhenEveryCommandIsSentToThemThenTheirRulesRefuseAndNothingAnswers5xx() {
        LedgerKlient klient = new LedgerKlient(port);
        ok(klient.post("/api/bevillinger/" + verden.get("bevillingId") + "/ophoer", json("ophoersdato", "2026-04-01", "aarsag", "DOED")));
        ok(klient.post("/api/sager/" + verden.get("sagId") + "/afslutning-uden-afgoerelse", json("aarsag", "TRUKKET_TILBAGE",
                "afsluttetDato", "2026-04-02", "bevillingerFortsaetter", true)));
        ok(klient.post("/api/forloeb/" + verden.get("forloebId") + "/afslutning", json("slutdato", "2026-04-02", "aarsag", "Flyttet")));
        ok(klient.post("/api/henvendelser/" + verden.get("henvendelseId") + "/haandtering", json("udfald", "INGEN_SAG", "begrundelse",
                "Klaret ved samtale", "haandteretDato", "2026-03-03")));
        Map<String, Integer> svar = new TreeMap<>();
        List<String> fejl = new ArrayList<>();
        for (Endepunkt e : skrivendeEndepunkter()) {
            if (e.krop == null || e.variabler().isEmpty() || !Endepunkt.KOMMANDO.matcher(e.moenster).matches()) {
                continue;
            }
            ObjectNode krop = grundlag(e.krop);
            krop.remove(e.variabler());
            Svar s = send(e.metode, e.sti(verden, null), "application/json", krop.toString(), Map.of());
            svar.put(e.metode + " " + e.moenster, s.status);
            if (s.status >= 500) {
                fejl.add(e.metode + " " + e.moenster + " → " + s.status + " " + kort(s.krop.toString()));
            }
        }
        assertThat(fejl).isEmpty();
        assertThat(svar.values().stream().filter(k -> k == 422).count()).as("refused by the closed aggregate's rules: %s", svar)
                .isGreaterThan(15);
    }

    @Test
    void aValidCommandWithAnOversizedOrMalformedHeaderIsRefusedByTheHeaderAlone() {
        String sti = "/api/sager/" + verden.get("sagId") + "/sagsbehandler";
        String krop = "{\"sagsbehandler\":\"sb-0002\",\"fra\":\"2026-03-20\"}";
        Map<Map<String, String>, String> forventet = Map.of(
                Map.of("Authorization", "Bearer " + "b".repeat(7_000)), "TOKEN_UGYLDIG",
                Map.of("X-Kommando-Id", NIL), "ID_UGYLDIG",
                Map.of("Authorization", "Bearer " + Testtokens.forkertSigneret(ALLE_ROLLER)), "TOKEN_UGYLDIG",
                Map.of("Authorization", "Basic c2ItMDAwMTpoZW1tZWxpZw=="), "IKKE_LOGGET_IND");
        Endepunkt e = new Endepunkt("POST", "/api/sager/{sagId}/sagsbehandler", null, true, Set.of("*"));
        foer = skrevet();
        forventet.forEach((h, kode) -> forvent(e, "header " + h.keySet(), send("POST", sti, "application/json", krop, h), kode,
                h.keySet().iterator().next()));
        assertThat(fund).isEmpty();
        // and the same command with good headers is accepted, so the headers alone were refused
        Svar s = send("POST", sti, "application/json", krop, Map.of());
        assertThat(s.status).as("%s", s).isEqualTo(200);
    }

    @Test
    void everyReadEndpointAnswersHostileParametersWithoutA5xx() {
        List<String> fejl = new ArrayList<>();
        int antal = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> m : handlerMappings.getHandlerMethods().entrySet()) {
            if (!m.getKey().getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                continue;
            }
            for (String moenster : m.getKey().getPatternValues()) {
                if (!moenster.startsWith("/api/")) {
                    continue;
                }
                Endepunkt e = new Endepunkt("GET", moenster, null, false, Set.of());
                List<String> parametre = new ArrayList<>();
                for (MethodParameter p : m.getValue().getMethodParameters()) {
                    org.springframework.web.bind.annotation.RequestParam r = p.getParameterAnnotation(org.springframework.web.bind.annotation.RequestParam.class);
                    if (r != null) {
                        parametre.add(r.name().isEmpty() ? (r.value().isEmpty() ? p.getParameterName() : r.value()) : r.name());
                    }
                }
                List<String> stier = new ArrayList<>();
                for (String variabel : e.variabler()) {
                    for (String vaerdi : List.of(fremmedId(variabel), NIL, "x\u0000y", "b".repeat(3_000))) {
                        stier.add(e.sti(verden, Map.of(variabel, vaerdi)));
                    }
                }
                for (String parameter : parametre) {
                    for (String vaerdi : List.of("x\u0000y", "+999999999-12-31", "1767225600", "b".repeat(3_000), "-1", "99999999999999999999")) {
                        stier.add(e.sti(verden, null) + "?" + parameter + "=" + java.net.URLEncoder.encode(vaerdi, java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
                for (String sti : stier) {
                    antal++;
                    Svar s = send("GET", sti, "application/json", "", Map.of());
                    if (s.status >= 500) {
                        fejl.add(moenster + " " + kort(sti) + " → " + s.status + " " + kort(s.krop.toString()));
                    }
                }
            }
        }
        org.slf4j.LoggerFactory.getLogger(UgyldigtInputTest.class).info("{} hostile reads, {} answered 5xx", antal, fejl.size());
        assertThat(fejl).as("5xx answers of %d hostile reads", antal).isEmpty();
    }

    // --- the endpoints

    record Endepunkt(String metode, String moenster, Class<?> krop, boolean harKrop, Set<String> headere) {
        static final Pattern KOMMANDO = Pattern.compile("/api/(sager|bevillinger|henvendelser|forloeb)(/.*)?");

        /** Whether the endpoint reads the header: all of them do through HttpHeaders, commands also id and version. */
        boolean laeser(String header) {
            if (headere.contains("*")) {
                return !(header.equals("X-Kommando-Id") || header.equals("If-Match")) || KOMMANDO.matcher(moenster).matches();
            }
            return headere.contains(header);
        }

        List<String> variabler() {
            List<String> v = new ArrayList<>();
            Matcher m = STIVARIABEL.matcher(moenster);
            while (m.find()) {
                v.add(m.group(1));
            }
            return v;
        }

        String sti(Map<String, UUID> verden, Map<String, String> andre) {
            Matcher m = STIVARIABEL.matcher(moenster);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String navn = m.group(1);
                String vaerdi = andre != null && andre.containsKey(navn) ? andre.get(navn)
                        : verden.containsKey(navn) ? verden.get(navn).toString() : "sager";
                m.appendReplacement(sb, Matcher.quoteReplacement(java.net.URLEncoder.encode(vaerdi, java.nio.charset.StandardCharsets.UTF_8)));
            }
            m.appendTail(sb);
            return sb.toString();
        }

        /** Read by the command API's strict reader: a bad value is refused with the edge's own code and its field. */
        boolean strengKrop() {
            return krop != null && (krop.getName().startsWith("dk.careledger.domain.") || krop.getName().startsWith("dk.careledger.commandside."));
        }
    }

    private List<Endepunkt> skrivendeEndepunkter() {
        List<Endepunkt> ud = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> m : handlerMappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> metoder = m.getKey().getMethodsCondition().getMethods();
            for (RequestMethod metode : metoder) {
                if (metode == RequestMethod.GET || metode == RequestMethod.HEAD || metode == RequestMethod.OPTIONS) {
                    continue;
                }
                for (String moenster : m.getKey().getPatternValues()) {
                    // the embedded issuer's log-in and log-out write no data; AdgangTest and SessionslogindTest cover them
                    if (moenster.startsWith("/api/") && !dk.careledger.app.adgang.Rettighedsvagt.aaben(m.getValue())) {
                        HandlerMethod h = m.getValue();
                        ud.add(new Endepunkt(metode.name(), moenster, kropstype(h), harKrop(h), headere(h)));
                    }
                }
            }
        }
        ud.sort((a, b) -> (a.moenster + a.metode).compareTo(b.moenster + b.metode));
        return ud;
    }

    /** The body's shape: the schema the OpenAPI annotation names, else a typed {@code @RequestBody} parameter. */
    private static Class<?> kropstype(HandlerMethod h) {
        Operation op = h.getMethodAnnotation(Operation.class);
        if (op != null && op.requestBody().content().length > 0 && op.requestBody().content()[0].schema().implementation() != Void.class) {
            return op.requestBody().content()[0].schema().implementation();
        }
        for (MethodParameter p : h.getMethodParameters()) {
            if (p.hasParameterAnnotation(RequestBody.class) && p.getParameterType() != String.class && !Map.class.isAssignableFrom(p.getParameterType())) {
                return p.getParameterType();
            }
        }
        return null;
    }

    private static boolean harKrop(HandlerMethod h) {
        for (MethodParameter p : h.getMethodParameters()) {
            if (p.hasParameterAnnotation(RequestBody.class)) {
                return true;
            }
        }
        return false;
    }

    /** The headers the handler reads: "*" for all (an {@link HttpHeaders} parameter), else those it names. */
    private static Set<String> headere(HandlerMethod h) {
        Set<String> navne = new java.util.HashSet<>();
        for (MethodParameter p : h.getMethodParameters()) {
            RequestHeader r = p.getParameterAnnotation(RequestHeader.class);
            if (p.getParameterType() == HttpHeaders.class) {
                navne.add("*");
            } else if (r != null) {
                navne.add(r.name().isEmpty() ? r.value() : r.name());
            }
        }
        return navne;
    }

    // --- bodies and their fields

    record Felt(String sti, Class<?> type, Type generisk) {
    }

    record Fjendtlig(String json, String kode) {
    }

    private ObjectNode grundlag(Class<?> type) {
        return (ObjectNode) vaerdi(type, type);
    }

    private JsonNode vaerdi(Class<?> type, Type generisk) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (type == String.class) {
            return f.textNode("abc");
        }
        if (type == LocalDate.class) {
            return f.textNode("2026-03-20");
        }
        if (type == Instant.class) {
            return f.textNode("2026-03-20T08:00:00Z");
        }
        if (type == UUID.class || Id.class.isAssignableFrom(type)) {
            return f.textNode(UUID.randomUUID().toString());
        }
        if (type == Cvr.class) {
            return f.textNode(LedgerKlient.AALBORG);
        }
        if (type.isEnum()) {
            return f.textNode(((Enum<?>) type.getEnumConstants()[0]).name());
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return f.numberNode(1);
        }
        if (type == boolean.class || type == Boolean.class) {
            return f.booleanNode(true);
        }
        if (Collection.class.isAssignableFrom(type) && generisk instanceof ParameterizedType pt
                && pt.getActualTypeArguments()[0] instanceof Class<?> element) {
            ArrayNode a = f.arrayNode();
            a.add(vaerdi(element, element));
            return a;
        }
        if (type.isRecord()) {
            ObjectNode o = f.objectNode();
            for (RecordComponent c : type.getRecordComponents()) {
                JsonNode v = vaerdi(c.getType(), c.getGenericType());
                if (v != null) {
                    o.set(c.getName(), v);
                }
            }
            return o;
        }
        return null;
    }

    private List<Felt> felter(Class<?> type, String praefiks) {
        List<Felt> ud = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            String sti = praefiks + c.getName();
            ud.add(new Felt(sti, c.getType(), c.getGenericType()));
            if (c.getType().isRecord() && !Id.class.isAssignableFrom(c.getType()) && c.getType() != Cvr.class) {
                ud.addAll(felter(c.getType(), sti + "."));
            }
            if (Collection.class.isAssignableFrom(c.getType()) && c.getGenericType() instanceof ParameterizedType pt
                    && pt.getActualTypeArguments()[0] instanceof Class<?> element && (element == String.class || Id.class.isAssignableFrom(element))) {
                ud.add(new Felt(sti + "[0]", element, element));
            }
        }
        return ud;
    }

    private List<Fjendtlig> fjendtlige(Felt f) {
        Class<?> t = f.type;
        List<Fjendtlig> v = new ArrayList<>();
        if (t == String.class) {
            v.add(new Fjendtlig("\"x\\u0000y\"", "UGYLDIGT_TEGN"));
            v.add(new Fjendtlig("\"\\u001b[31m\"", "UGYLDIGT_TEGN"));
            v.add(new Fjendtlig("\"\\u0085\"", "UGYLDIGT_TEGN"));
            v.add(new Fjendtlig("\"\\ud800x\"", "UGYLDIGT_TEGN"));
            v.add(new Fjendtlig("\"" + "a".repeat(10_001) + "\"", "FELT_FOR_LANGT"));
            v.add(new Fjendtlig("[\"a\"]", null));
            v.add(new Fjendtlig("{}", null));
        } else if (t == LocalDate.class) {
            v.add(new Fjendtlig("\"+999999999-12-31\"", "DATO_UDEN_FOR_OMRAADE"));
            v.add(new Fjendtlig("\"-999999999-01-01\"", "DATO_UDEN_FOR_OMRAADE"));
            v.add(new Fjendtlig("\"0000-01-01\"", "DATO_UDEN_FOR_OMRAADE"));
            v.add(new Fjendtlig("1767225600", "UGYLDIG_VAERDI"));
            v.add(new Fjendtlig("\"01-12-2026\"", "UGYLDIG_VAERDI"));
            v.add(new Fjendtlig("\"2026-02-30\"", "UGYLDIG_VAERDI"));
            v.add(new Fjendtlig("\"2026-03-20\\u0000\"", "UGYLDIG_VAERDI"));
            v.add(new Fjendtlig("[]", "UGYLDIG_VAERDI"));
        } else if (t == Instant.class) {
            v.add(new Fjendtlig("\"+999999999-12-31T00:00:00Z\"", "DATO_UDEN_FOR_OMRAADE"));
            v.add(new Fjendtlig("\"-290308-12-21T19:59:05Z\"", "DATO_UDEN_FOR_OMRAADE"));
            v.add(new Fjendtlig("1767225600", "UGYLDIG_VAERDI"));
            v.add(new Fjendtlig("\"2026-03-20\"", "UGYLDIG_VAERDI"));
        } else if (t == UUID.class || Id.class.isAssignableFrom(t)) {
            v.add(new Fjendtlig("\"" + NIL + "\"", "ID_UGYLDIG"));
            v.add(new Fjendtlig("\"ikke-et-uuid\"", null)); // UGYLDIG_VAERDI, or UUID_UGYLDIG for a new aggregate's id
            v.add(new Fjendtlig("7", null));
            if (Set.of("SagId", "BevillingId", "HenvendelseId", "ForloebId", "BorgerId").contains(t.getSimpleName())) {
                // a reference to an aggregate or a citizen, given another type's id
                v.add(new Fjendtlig("\"" + verden.get(t == dk.careledger.domain.felles.SagId.class ? "bevillingId" : "sagId") + "\"", null));
            }
        } else if (t == Cvr.class) {
            v.add(new Fjendtlig("\"1234\"", "UGYLDIG_VAERDI"));
            v.add(new Fjendtlig("\"2918942\\u0000\"", null));
        } else if (t.isEnum()) {
            v.add(new Fjendtlig("\"UKENDT_VAERDI\"", "UGYLDIG_VAERDI"));
            v.add(new Fjendtlig("3", "UGYLDIG_VAERDI"));
            v.add(new Fjendtlig("\"x\\u0000\"", null));
        } else if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
            v.add(new Fjendtlig("99999999999999999999999", "UGYLDIG_VAERDI"));
            v.add(new Fjendtlig("\"abc\"", "UGYLDIG_VAERDI"));
        } else if (t == boolean.class || t == Boolean.class) {
            v.add(new Fjendtlig("\"maaske\"", null));
        } else if (Collection.class.isAssignableFrom(t)) {
            v.add(new Fjendtlig("{}", "UGYLDIG_VAERDI"));
        } else if (t.isRecord() && !Id.class.isAssignableFrom(t)) {
            v.add(new Fjendtlig("[]", "UGYLDIG_VAERDI"));
            v.add(new Fjendtlig("{\"ukendt\":1}", null)); // UKENDT_FELT, or a missing number first
        }
        return v;
    }

    /** The base body as JSON text with the value at {@code sti} (a.b or a[0]) replaced by a raw JSON fragment. */
    private static String medVaerdi(ObjectNode grundlag, String sti, String raa) {
        ObjectNode kopi = grundlag.deepCopy();
        String[] dele = sti.split("\\.");
        JsonNode node = kopi;
        for (int i = 0; i < dele.length - 1; i++) {
            node = node.get(dele[i]);
        }
        String sidste = dele[dele.length - 1];
        if (sidste.endsWith("[0]")) {
            ((ArrayNode) node.get(sidste.substring(0, sidste.length() - 3))).set(0, JsonNodeFactory.instance.textNode("§§fjendtlig§§"));
        } else {
            ((ObjectNode) node).put(sidste, "§§fjendtlig§§");
        }
        return kopi.toString().replace(MARKOER, raa);
    }

    private String fremmedId(String variabel) {
        return switch (variabel) {
            case "sagId" -> verden.get("bevillingId").toString();
            case "bevillingId", "henvendelseId", "forloebId", "borgerId", "aggregatId" -> verden.get(variabel.equals("bevillingId") ? "forloebId" : "sagId").toString();
            default -> "x\u0007y";
        };
    }

    // --- sending and judging

    record Svar(int status, String type, JsonNode krop) {
    }

    private Svar send(String metode, String sti, String indholdstype, String krop, Map<String, String> headere) {
        Map<String, String> h = new TreeMap<>(Map.of("Authorization", ALLE_ROLLER_TOKEN, "X-Kommando-Id", UUID.randomUUID().toString()));
        h.putAll(headere);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + sti)).header("Content-Type", indholdstype)
                .method(metode, HttpRequest.BodyPublishers.ofString(krop));
        h.forEach(b::header);
        forespoergsler++;
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode svar;
            try {
                svar = r.body() == null || r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
            } catch (java.io.IOException ikkeJson) {
                svar = JSON.createObjectNode().put("raa", r.body());
            }
            return new Svar(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), svar);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long[] skrevet() {
        return new long[] {
            jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class),
            jdbc.queryForObject("SELECT count(*) FROM kommando_log", Long.class),
            jdbc.queryForObject("SELECT count(*) FROM borger", Long.class)};
    }

    private long[] foer;

    private void forvent(Endepunkt e, String hvad, Svar s, String kode, String felt) {
        long[] nu = skrevet();
        if (foer != null && !java.util.Arrays.equals(foer, nu)) {
            fund.add(e.metode + " " + e.moenster + " [" + hvad + "] wrote (events, command log, citizens) " + java.util.Arrays.toString(foer)
                    + " → " + java.util.Arrays.toString(nu) + ": " + s);
        }
        foer = nu;
        String fejlkode = s.krop.path("fejlkode").asText(null);
        if (s.status < 400 || s.status >= 500 || !s.type.startsWith("application/problem+json") || fejlkode == null) {
            fund.add(e.metode + " " + e.moenster + " [" + hvad + "] → " + s.status + " " + kort(s.krop.toString()));
        } else if (kode != null && (!kode.equals(fejlkode) || (felt != null && !felt.equals(s.krop.path("felt").asText(null))))) {
            fund.add(e.metode + " " + e.moenster + " [" + hvad + "] → expected " + kode + " on " + felt + ", got " + kort(s.krop.toString()));
        } else if (s.krop.path("detail").asText("").matches("(?s).*\\bjava\\.[a-z]+\\.[A-Z].*")) {
            fund.add(e.metode + " " + e.moenster + " [" + hvad + "] names a Java type: " + kort(s.krop.toString()));
        }
    }

    private static String kort(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…(" + s.length() + ")" : s;
    }

    private static void ok(LedgerKlient.Svar svar) {
        assertThat(svar.status()).as("%s", svar).isBetween(200, 201);
    }
}
