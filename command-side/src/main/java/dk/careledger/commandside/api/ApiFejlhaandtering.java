package dk.careledger.commandside.api;

import dk.careledger.domain.felles.Afvisning;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every refusal becomes an RFC 9457 problem document with two extra members: {@code fejlkode} (stable, part of
 * the API contract) and {@code felt} (the offending field or header, or null). Status: 400 invalid input,
 * 404 unknown id, 409 conflict (exists already, stale version, reused command id), 422 forbidden by the case
 * rules in the current state. Ordered before Spring's own problem-details handler, which answers everything else
 * (unknown path, wrong method) as problem+json too.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiFejlhaandtering {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<ProblemDetail> forkertType(MethodArgumentTypeMismatchException e) {
        return afvisning(Afvisning.ugyldig("UGYLDIG_VAERDI", e.getName(), "Ugyldig værdi '" + e.getValue() + "' for '" + e.getName() + "'"));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ProblemDetail> ulaeseligKrop(HttpMessageNotReadableException e) {
        return afvisning(Afvisning.ugyldig("UGYLDIG_JSON", null, "Kroppen mangler eller kan ikke læses"));
    }

    @ExceptionHandler(Afvisning.class)
    public ResponseEntity<ProblemDetail> afvisning(Afvisning afvisning) {
        HttpStatus status = switch (afvisning.art()) {
            case UGYLDIG -> HttpStatus.BAD_REQUEST;
            case IKKE_FUNDET -> HttpStatus.NOT_FOUND;
            case KONFLIKT -> HttpStatus.CONFLICT;
            case REGEL -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, afvisning.besked());
        problem.setType(URI.create("urn:careledger:fejl:" + afvisning.fejlkode()));
        problem.setTitle(afvisning.fejlkode());
        problem.setProperty("fejlkode", afvisning.fejlkode());
        problem.setProperty("felt", afvisning.felt());
        return ResponseEntity.status(status).body(problem);
    }
}
