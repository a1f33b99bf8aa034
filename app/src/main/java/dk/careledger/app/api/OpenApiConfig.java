package dk.careledger.app.api;

import dk.careledger.domain.felles.Paakraevet;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.UUIDSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI document tells an integrator how to call the ledger (issue 18): the headers a command takes
 * ({@code X-Kommando-Id}, {@code If-Match}) instead of a made-up {@code headers} object, 201 with {@code Location} for
 * the commands that create, and on every operation the problem documents it can answer with (RFC 9457 with the ledger's
 * {@code fejlkode} and {@code felt}). Served as {@code /v3/api-docs} and in Swagger UI at {@code /swagger-ui/index.html}.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfig {
    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    /** The paths of the commands that create an aggregate (their id in the body, chosen by the client): 201 and Location. */
    static final java.util.Set<String> OPRETTER = java.util.Set.of("/api/henvendelser", "/api/sager", "/api/bevillinger", "/api/forloeb");

    /** A handler taking all headers is a command (KommandoApi): it reads X-Kommando-Id and If-Match, not a "headers" object. */
    @Bean
    OperationCustomizer kommandoheadere() {
        return (operation, handler) -> {
            if (laeserAlleHeadere(handler)) {
                if (operation.getParameters() != null) {
                    operation.getParameters().removeIf(p -> "headers".equals(p.getName()));
                }
                operation.addParametersItem(new HeaderParameter().name("X-Kommando-Id").required(true).schema(new UUIDSchema())
                        .description("Et UUID, som klienten vælger pr. kommando. Samme id og samme indhold igen giver det første svar "
                                + "(gentaget: true) og skriver intet; samme id med andet indhold er 409 KOMMANDO_ID_GENBRUGT."));
                operation.addParametersItem(new HeaderParameter().name("If-Match").required(false).schema(new StringSchema())
                        .description("Valgfri: den version (ETag), klienten sidst så. En forældet version er 409 VERSIONSKONFLIKT."));
            }
            if (handler.hasMethodAnnotation(PostMapping.class) && (laeserAlleHeadere(handler) || laeserKommandoId(handler))) {
                operation.addExtension("x-kommando", true);
            }
            return operation;
        };
    }

    private static boolean laeserKommandoId(HandlerMethod handler) {
        for (MethodParameter p : handler.getMethodParameters()) {
            RequestHeader h = p.getParameterAnnotation(RequestHeader.class);
            if (h != null && "X-Kommando-Id".equalsIgnoreCase(h.name().isEmpty() ? h.value() : h.name())) {
                return true;
            }
        }
        return false;
    }

    private static boolean laeserAlleHeadere(HandlerMethod handler) {
        for (MethodParameter p : handler.getMethodParameters()) {
            if (p.getParameterType() == HttpHeaders.class) {
                return true;
            }
        }
        return false;
    }

    /** Status codes and problem documents on every operation; 201 on the creating commands. */
    @Bean
    OpenApiCustomizer svarOgProblemer() {
        return api -> {
            api.getComponents().addSchemas(PROBLEM, problemskema());
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((sti, vej) -> vej.readOperationsMap().forEach((metode, op) -> {
                ApiResponses svar = op.getResponses() == null ? new ApiResponses() : op.getResponses();
                boolean kommando = op.getExtensions() != null && Boolean.TRUE.equals(op.getExtensions().remove("x-kommando"));
                if (kommando && OPRETTER.contains(sti) && svar.containsKey("200")) {
                    ApiResponse ok = svar.remove("200");
                    svar.addApiResponse("201", ok.description("Oprettet; Location peger på det nye aggregat, ETag er dets version")
                            .addHeaderObject("Location", new Header().schema(new StringSchema()))
                            .addHeaderObject("ETag", new Header().schema(new StringSchema())));
                }
                String operation = metode.name() + " " + sti;
                if (SUCCES.containsKey(operation) && svar.containsKey("200")) {
                    ApiResponse ok = svar.remove("200");
                    SUCCES.get(operation).forEach(kode -> svar.addApiResponse(kode, kode.equals("204") ? new ApiResponse().description("Udført")
                            : ok));
                }
                problemer(kommando, metode.name(), sti, op).forEach((kode, beskrivelse) -> {
                    ApiResponse r = svar.computeIfAbsent(kode, k -> new ApiResponse().description(beskrivelse));
                    if (r.getContent() == null) {
                        r.setContent(new Content());
                    }
                    r.getContent().putIfAbsent(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
                });
                op.setResponses(svar);
            }));
        };
    }

    /** Operations whose success is not a plain 200: an accepted rebuild, a log-out, a setting (201 when it changed, else 200). */
    static final Map<String, List<String>> SUCCES = Map.of(
            "POST /api/admin/projektioner/genopbygning", List.of("202"),
            "POST /api/admin/projektioner/{navn}/genoptagelse", List.of("202"),
            "POST /api/admin/projektioner/{navn}/overspringelse", List.of("202"),
            "POST /api/login/session/slut", List.of("204"),
            "POST /api/politik/aendringer", List.of("200", "201"),
            "PUT /api/konfiguration/sagsbehandlingsfrister", List.of("200", "201"),
            "POST /api/borgerblik/konfiguration", List.of("200", "201"));

    /** The log-in and the issuer's keys: open to anyone (no 401 or 403), a log-in refused is 401 LOGIN_AFVIST. */
    static final Map<String, List<String>> AABNE = Map.of(
            "POST /api/login/token", List.of("401"),
            "POST /api/login/session", List.of("401"),
            "POST /api/login/session/slut", List.of("403"),
            "GET /oauth2/jwks", List.of());

    /**
     * The refusals an operation can give; the codes are stable (see the glossary and /api/katalog). Only what it can answer
     * (OpenApiDaekningTest holds the document to what the API tests get): 400 where there is input to refuse (a body, a
     * query parameter, a typed path variable), 404 where something is looked up (a path variable, a kommune), 415 where
     * a body is read, 409, 422 and 503 for commands.
     */
    static Map<String, String> problemer(boolean kommando, String metode, String sti, Operation op) {
        Map<String, String> m = new LinkedHashMap<>();
        String operation = metode + " " + sti;
        boolean krop = op.getRequestBody() != null;
        List<io.swagger.v3.oas.models.parameters.Parameter> parametre = op.getParameters() == null ? List.of() : op.getParameters();
        boolean input = krop || parametre.stream().anyMatch(p -> !"path".equals(p.getIn()) && !"X-Kommando-Id".equals(p.getName())
                && !"If-Match".equals(p.getName()) || "path".equals(p.getIn()) && p.getSchema() != null && p.getSchema().getFormat() != null)
                || kommando;
        boolean opslag = sti.contains("{") || parametre.stream().anyMatch(p -> "kommune".equals(p.getName()));
        if (AABNE.containsKey(operation)) {
            AABNE.get(operation).forEach(kode -> m.put(kode, kode.equals("403") ? "Sessionens ændring mangler headeren X-Requested-With "
                    + "(CSRF_HEADER_MANGLER)" : "Log-in afvist (LOGIN_AFVIST): ukendt demobruger"));
            return m;
        }
        if (input) {
            m.put("400", "Ugyldigt input: fejlkode fx UGYLDIG_VAERDI, FELT_PAAKRAEVET, UKENDT_FELT, PARAMETER_UKENDT, PARAMETER_UGYLDIG; "
                    + "felt navngiver feltet eller parameteren; fejl lister alle feltfejl i anmodningen på én gang, med tilladte værdier, "
                    + "forventet format og 'mente du'");
        }
        m.put("401", "Ikke logget ind (IKKE_LOGGET_IND) eller ugyldigt/udløbet token (TOKEN_UGYLDIG)");
        m.put("403", "Brugeren mangler en rolle, der giver adgang her (MANGLER_RETTIGHED)");
        if ((opslag || kommando || OPSLAG_I_KROP.contains(operation)) && !UDEN_OPSLAG.contains(operation)) {
            m.put("404", "Findes ikke — eller tilhører en anden kommune (…_UKENDT)");
        }
        if (kommando || (!"GET".equals(metode) && KONFLIKTER.contains(operation))) {
            m.put("409", "Konflikt: VERSIONSKONFLIKT, KOMMANDO_ID_GENBRUGT, …_FINDES, LEVERING_DOBBELT");
        }
        if ((kommando && !UDEN_REGEL.contains(operation)) || REGLER.contains(operation)) {
            m.put("422", "En regel afviser kommandoen (fx ANDEN_BORGER, BEVILLING_OPHOERT, BEVILLINGER_AABNE)");
        }
        if (krop) {
            m.put("415", "Kroppen skal sendes som application/json (INDHOLDSTYPE_IKKE_UNDERSTOETTET)");
        }
        if (kommando) {
            m.put("503", "Noden, der behandlede kommandoen, forsvandt (NODE_UTILGAENGELIG): send igen med samme X-Kommando-Id");
        }
        return m;
    }

    /** Writes that are not commands but can conflict (an id taken, a rebuild already running). */
    static final java.util.Set<String> KONFLIKTER = java.util.Set.of("POST /api/borgere", "POST /api/borgere/{borgerId}/glem",
            "POST /api/admin/projektioner/genopbygning", "POST /api/admin/projektioner/{navn}/genoptagelse",
            "POST /api/admin/projektioner/{navn}/overspringelse");

    /** Writes that are not commands but that a rule can refuse. */
    static final java.util.Set<String> REGLER = java.util.Set.of();

    /**
     * Commands no rule refuses, only their input or a lookup: creating a henvendelse or a forløb, a kommune setting, and
     * the corrections a closed sag still takes (a klage, an omklassificering, a corrected sendt-dato); and leveringer in
     * bulk, which answer every registration's refusal inside a 200.
     */
    static final java.util.Set<String> UDEN_REGEL = java.util.Set.of("POST /api/henvendelser", "POST /api/forloeb",
            "POST /api/politik/aendringer", "POST /api/borgerblik/konfiguration", "POST /api/leverancer", "POST /api/sager/{sagId}/klager",
            "POST /api/sager/{sagId}/omklassificering", "POST /api/sager/{sagId}/sendt-dato-rettelse");

    /** Writes that look up what the body names (a projection to rebuild). */
    static final java.util.Set<String> OPSLAG_I_KROP = java.util.Set.of("POST /api/admin/projektioner/genopbygning");

    /** A command that looks nothing up as a whole: leveringer in bulk answer an unknown bevilling per registration. */
    static final java.util.Set<String> UDEN_OPSLAG = java.util.Set.of("POST /api/leverancer");

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemskema() {
        return new ObjectSchema().description("RFC 9457 problem-dokument med ledgerens stabile fejlkode og det felt, det gælder")
                .addProperty("type", new StringSchema().example("urn:careledger:fejl:FELT_PAAKRAEVET"))
                .addProperty("title", new StringSchema().example("FELT_PAAKRAEVET"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().description("Beskeden på dansk"))
                .addProperty("instance", new StringSchema())
                .addProperty("fejlkode", new StringSchema().description("Stabil kode, som klienter kan reagere på"))
                .addProperty("felt", new StringSchema().description("Feltet, parameteren eller headeren, det gælder (JSON-sti, fx omfang.enhed)"))
                .addProperty("fejl", new ArraySchema().items(feltfejlskema()).description("Ved 400: alle fejl i anmodningen på én gang, i "
                        + "kroppens rækkefølge og derefter de manglende felter; fejlkode, felt og detail er den første"))
                .required(java.util.List.of("type", "status", "fejlkode"));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema feltfejlskema() {
        return new ObjectSchema().description("Én fejl i ét felt")
                .addProperty("felt", new StringSchema().description("JSON-sti til feltet, fx omfang.minutter eller registreringer[3].leveret"))
                .addProperty("fejlkode", new StringSchema().example("UGYLDIG_VAERDI").description("FELT_PAAKRAEVET, UGYLDIG_VAERDI, UKENDT_FELT, …"))
                .addProperty("besked", new StringSchema().description("Beskeden på dansk"))
                .addProperty("tilladteVaerdier", new ArraySchema().items(new StringSchema())
                        .description("For et felt med faste værdier (fx foelsomhed): alle værdier, feltet tager"))
                .addProperty("forventetFormat", new StringSchema().example("ÅÅÅÅ-MM-DD").description("For en dato eller et tidspunkt: formatet"))
                .addProperty("menteDu", new StringSchema().example("startdato")
                        .description("Det navn eller den værdi, der nok var ment (et ukendt felt tæt på et kendt, en dato skrevet på dansk)"))
                .required(java.util.List.of("fejlkode", "besked"));
    }

    /**
     * The fields a command marks {@link Paakraevet} are {@code required} in its schema (issue 18): the same mark the command
     * API reads to name every missing field of a request at once.
     */
    @Bean
    ModelConverter paakraevedeFelter() {
        return new ModelConverter() {
            @Override
            @SuppressWarnings({"rawtypes", "unchecked"})
            public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
                Schema skema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
                Class<?> klasse = type.getType() == null ? null : Json.mapper().constructType(type.getType()).getRawClass();
                if (skema == null || klasse == null || !klasse.isRecord()) {
                    return skema;
                }
                List<String> paakraevede = Arrays.stream(klasse.getRecordComponents()).filter(c -> c.isAnnotationPresent(Paakraevet.class))
                        .map(RecordComponent::getName).toList();
                Schema model = skema.get$ref() == null ? skema : context.getDefinedModels().get(klasse.getSimpleName());
                if (model != null) {
                    for (String felt : paakraevede) {
                        if (model.getRequired() == null || !model.getRequired().contains(felt)) {
                            model.addRequiredItem(felt);
                        }
                    }
                }
                return skema;
            }
        };
    }
}
