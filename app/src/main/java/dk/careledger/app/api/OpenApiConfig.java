package dk.careledger.app.api;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
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
import java.util.LinkedHashMap;
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
                problemer(kommando, metode.name()).forEach((kode, beskrivelse) -> {
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

    /** The refusals an operation can give, by kind; the codes are stable (see the glossary and /api/katalog). */
    static Map<String, String> problemer(boolean kommando, String metode) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("400", "Ugyldigt input: fejlkode fx UGYLDIG_VAERDI, FELT_PAAKRAEVET, UKENDT_FELT, PARAMETER_UKENDT, PARAMETER_UGYLDIG; "
                + "felt navngiver feltet eller parameteren");
        m.put("401", "Ikke logget ind (IKKE_LOGGET_IND) eller ugyldigt/udløbet token (TOKEN_UGYLDIG)");
        m.put("403", "Brugeren mangler en rolle, der giver adgang her (MANGLER_RETTIGHED)");
        m.put("404", "Findes ikke — eller tilhører en anden kommune (…_UKENDT)");
        if (kommando || !"GET".equals(metode)) {
            m.put("409", "Konflikt: VERSIONSKONFLIKT, KOMMANDO_ID_GENBRUGT, …_FINDES, LEVERING_DOBBELT");
            m.put("422", "En regel afviser kommandoen (fx ANDEN_BORGER, DATO_I_FREMTIDEN, BEVILLINGER_AABNE)");
        }
        if (kommando) {
            m.put("503", "Noden, der behandlede kommandoen, forsvandt (NODE_UTILGAENGELIG): send igen med samme X-Kommando-Id");
        }
        return m;
    }

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
                .required(java.util.List.of("type", "status", "fejlkode"));
    }
}
