package dk.careledger.commandside.api;

import dk.careledger.domain.felles.Afvisning;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.axonserver.connector.AxonServerException;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.commandhandling.distributed.CommandDispatchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every refusal becomes an RFC 9457 problem document with two extra members: {@code fejlkode} (stable, part of
 * the API contract) and {@code felt} (the offending field or header, or null). A 400 also lists every field error of
 * the request in {@code fejl} ({@link Feltfejl}: field, code, message, and where they help the allowed values, the
 * expected format and the name or value probably meant); {@code fejlkode}, {@code felt} and {@code detail} are the first's. Status: 400 invalid input,
 * 404 unknown id, 409 conflict (exists already, stale version, reused command id), 422 forbidden by the case
 * rules in the current state. Spring's own refusals (unknown path, wrong method, unsupported content type, a
 * missing header) get a stable code and a Danish message too; a command whose handling node went away through Axon
 * Server is a 503 {@code NODE_UTILGAENGELIG} with {@code Retry-After} (the same command id answers safely when sent
 * again); anything unexpected is a 500 {@code INTERN_FEJL} that is logged and tells the client nothing of the inside.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiFejlhaandtering {
    private static final Logger LOG = LoggerFactory.getLogger(ApiFejlhaandtering.class);

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<ProblemDetail> forkertType(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        return afvisning(new Feltfejl(e.getName(), "UGYLDIG_VAERDI", "Ugyldig værdi '" + e.getValue() + "' for '" + e.getName() + "'"
                + JsonFejl.forventet(type), JsonFejl.tilladte(type), JsonFejl.format(type), null).afvisning());
    }

    /**
     * A body the web layer's own JSON reader could not read (the endpoints that take a typed body rather than reading
     * it through the command API's strict reader): the field named where the reader knows it.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ProblemDetail> ulaeseligKrop(HttpMessageNotReadableException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Afvisning afvisning) {
                return afvisning(afvisning);
            }
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof tools.jackson.databind.DatabindException d && !d.getPath().isEmpty()) {
                String felt = d.getPath().stream().map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining(".")).replace(".[", "[");
                String kode = t instanceof tools.jackson.databind.exc.UnrecognizedPropertyException ? "UKENDT_FELT" : "UGYLDIG_VAERDI";
                return afvisning(Afvisning.ugyldig(kode, felt, kode.equals("UKENDT_FELT") ? "Ukendt felt '" + felt + "'"
                        : "Ugyldig værdi for feltet '" + felt + "'"));
            }
        }
        return afvisning(Afvisning.ugyldig("UGYLDIG_JSON", null, "Kroppen mangler eller kan ikke læses som JSON"));
    }

    @ExceptionHandler(Afvisning.class)
    public ResponseEntity<ProblemDetail> afvisning(Afvisning afvisning) {
        HttpStatus status = switch (afvisning.art()) {
            case UGYLDIG -> HttpStatus.BAD_REQUEST;
            case IKKE_FUNDET -> HttpStatus.NOT_FOUND;
            case KONFLIKT -> HttpStatus.CONFLICT;
            case REGEL -> HttpStatus.UNPROCESSABLE_CONTENT;
            case NAEGTET -> HttpStatus.FORBIDDEN;
        };
        List<Feltfejl> fejl = Feltfejl.alle(afvisning);
        String besked = fejl.size() > 1 ? afvisning.besked() + " (og " + (fejl.size() - 1) + " fejl mere; se 'fejl')" : afvisning.besked();
        ResponseEntity<ProblemDetail> svar = problem(status, afvisning.fejlkode(), afvisning.felt(), besked);
        if (!fejl.isEmpty()) {
            svar.getBody().setProperty("fejl", fejl);
        }
        return svar;
    }

    /** Spring MVC's own refusals, which carry their status; anything else is a defect: logged, 500, no details. */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> andet(Exception e) {
        if (e instanceof ErrorResponse spring && spring.getStatusCode().is4xxClientError()) {
            HttpStatusCode status = spring.getStatusCode();
            String felt = e instanceof MissingRequestHeaderException h ? h.getHeaderName()
                    : e instanceof MissingServletRequestParameterException p ? p.getParameterName() : null;
            String[] kodeOgBesked = switch (status.value()) {
                case 404 -> new String[] {"STI_UKENDT", "Der findes ingen ressource på den sti"};
                case 405 -> new String[] {"METODE_IKKE_TILLADT", "Metoden er ikke tilladt på den sti"};
                case 406 -> new String[] {"FORMAT_IKKE_TILGAENGELIGT", "Svaret findes ikke i det format, Accept beder om"};
                case 413 -> new String[] {"KROP_FOR_STOR", "Kroppen er for stor"};
                case 415 -> new String[] {"INDHOLDSTYPE_IKKE_UNDERSTOETTET", "Indholdstypen understøttes ikke her; send application/json"};
                default -> new String[] {felt == null ? "UGYLDIG_FORESPOERGSEL" : "FELT_PAAKRAEVET",
                        felt == null ? "Forespørgslen kan ikke behandles" : "'" + felt + "' skal angives"};
            };
            ResponseEntity<ProblemDetail> svar = problem(status, kodeOgBesked[0], felt, kodeOgBesked[1]);
            return ResponseEntity.status(status).headers(spring.getHeaders()).body(svar.getBody());
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AxonServerException || t instanceof CommandDispatchException || t instanceof NoHandlerForCommandException) {
                // the node handling the command went away (or Axon Server did) before it answered, or no node is there to
                // handle it (Axon Server's AXONIQ-4000/4001/4003): whether the command was stored is unknown here, and the
                // same X-Kommando-Id answers exactly that when sent again
                LOG.warn("Command not answered through Axon Server ({}); answered as 503", t.getMessage());
                ResponseEntity<ProblemDetail> svar = problem(HttpStatus.SERVICE_UNAVAILABLE, "NODE_UTILGAENGELIG", null,
                        "Noden, der behandlede kommandoen, svarede ikke; send den igen med samme X-Kommando-Id");
                return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1").body(svar.getBody());
            }
        }
        LOG.error("Unexpected error answered as 500 INTERN_FEJL", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERN_FEJL", null, "Der opstod en uventet fejl; den er logget");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String fejlkode, String felt, String besked) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, besked);
        problem.setType(URI.create("urn:careledger:fejl:" + fejlkode));
        problem.setTitle(fejlkode);
        problem.setProperty("fejlkode", fejlkode);
        problem.setProperty("felt", felt);
        if (status.value() == HttpStatus.BAD_REQUEST.value()) {
            problem.setProperty("fejl", List.of(Feltfejl.af(felt, fejlkode, besked)));
        }
        return ResponseEntity.status(status).body(problem);
    }
}
