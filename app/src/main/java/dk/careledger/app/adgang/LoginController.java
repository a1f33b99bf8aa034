package dk.careledger.app.adgang;

import dk.careledger.domain.adgang.Bruger;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The embedded issuer's log-in for demo users (ADR 0019), only when no issuer is configured:
 * {@code curl -s -d bruger=sagsbehandler-aalborg localhost:8080/api/login/token} gives a bearer token; the public key is at
 * {@code /oauth2/jwks}.
 */
@RestController
@AabenAdgang
@Conditional(IngenUdstederKonfigureret.class)
@Tag(name = "Log-in", description = "Den indbyggede udsteder: tokens til demobrugere (kun uden konfigureret udsteder)")
public class LoginController {
    private final IndbyggetUdsteder udsteder;
    private final Duration levetid;

    public LoginController(IndbyggetUdsteder udsteder, @Value("${ledger.adgang.indbygget.levetid:PT8H}") Duration levetid) {
        this.udsteder = udsteder;
        this.levetid = levetid;
    }

    @PostMapping(path = "/api/login/token", consumes = "application/x-www-form-urlencoded")
    @Operation(summary = "Token til en demobruger", description = "Formular: bruger=<demobrugerens id>. Svaret er som OAuth2's: access_token, "
            + "token_type, expires_in. 401 LOGIN_AFVIST for en ukendt bruger.")
    public ResponseEntity<Object> token(@RequestParam(required = false) String bruger) {
        java.util.Optional<Bruger> fundet = Demobrugere.find(bruger == null ? "" : bruger.trim());
        if (fundet.isEmpty()) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "Ukendt demobruger; kendte: " + Demobrugere.alle().stream().map(Bruger::brugerId).toList());
            p.setType(URI.create("urn:careledger:fejl:LOGIN_AFVIST"));
            p.setTitle("LOGIN_AFVIST");
            p.setProperty("fejlkode", "LOGIN_AFVIST");
            p.setProperty("felt", "bruger");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
        }
        Bruger b = fundet.get();
        Map<String, Object> svar = new LinkedHashMap<>();
        svar.put("access_token", udsteder.udsted(b, levetid));
        svar.put("token_type", "Bearer");
        svar.put("expires_in", levetid.toSeconds());
        svar.putAll(Brugerkrav.af(b));
        return ResponseEntity.ok(svar);
    }

    @PostMapping(path = "/api/login/session", consumes = "application/x-www-form-urlencoded")
    @Operation(summary = "Browserens log-in: en session for en demobruger", description = "Formular: bruger=<demobrugerens id>. Svaret sætter "
            + "en sessionscookie (HttpOnly, SameSite=Strict); ændringer i sessionen skal sende headeren X-Requested-With. 401 LOGIN_AFVIST.")
    public ResponseEntity<Object> session(@RequestParam(required = false) String bruger, jakarta.servlet.http.HttpServletRequest request) {
        java.util.Optional<Bruger> fundet = Demobrugere.find(bruger == null ? "" : bruger.trim());
        if (fundet.isEmpty()) {
            return token(bruger);
        }
        jakarta.servlet.http.HttpSession gammel = request.getSession(false);
        if (gammel != null) {
            gammel.invalidate();
        }
        // a fresh session for every log-in: no session id chosen before it (fixation) names a user
        request.getSession(true).setAttribute(Sessionsbruger.ATTRIBUT, fundet.get().brugerId());
        Map<String, Object> svar = new LinkedHashMap<>();
        svar.put("bruger", fundet.get().brugerId());
        svar.putAll(Brugerkrav.af(fundet.get()));
        return ResponseEntity.ok(svar);
    }

    @PostMapping(path = "/api/login/session/slut")
    @Operation(summary = "Log browseren ud: sessionen ophører")
    public ResponseEntity<Void> slut(jakarta.servlet.http.HttpServletRequest request) {
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/oauth2/jwks", produces = "application/json")
    @Operation(summary = "Den indbyggede udsteders offentlige nøgle (JWKS)")
    public Map<String, Object> jwks() {
        return udsteder.jwks();
    }
}
