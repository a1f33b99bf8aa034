package dk.careledger.app.adgang;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The UI's log-in page for the embedded issuer's demo users (issue 16, ADR 0019, ADR 0023): pick a user, get a fresh
 * session that names only the user's id ({@link Sessionsbruger}), land on the start page. The form carries the CSRF
 * token of the UI's filter chain (checked by that chain; declared here only so the parameter check knows it). Only when no issuer is configured; a kommune's own identity provider would log
 * users in to the UI through its own flow instead.
 */
@Controller
@AabenAdgang
@Conditional(IngenUdstederKonfigureret.class)
public class IndlogningController {

    @GetMapping("/login")
    public String side(@RequestParam(required = false) String fejl, Model model) {
        model.addAttribute("brugere", Demobrugere.alle().stream()
                .map(b -> new Demobruger(b.brugerId(), b.roller().iterator().next().name(), b.kommune().value())).toList());
        model.addAttribute("fejl", fejl != null);
        return "login";
    }

    /** A demo user as the log-in page lists them. */
    public record Demobruger(String id, String rolle, String kommune) {
    }

    @PostMapping("/login")
    public String logInd(@RequestParam(required = false) String bruger, @RequestParam(name = "_csrf", required = false) String csrf,
            HttpServletRequest request) {
        Optional<Bruger> fundet = Demobrugere.find(bruger == null ? "" : bruger.trim());
        if (fundet.isEmpty()) {
            return "redirect:/login?fejl";
        }
        HttpSession gammel = request.getSession(false);
        if (gammel != null) {
            gammel.invalidate();
        }
        // a fresh session for every log-in: no session id chosen before it (fixation) names a user
        request.getSession(true).setAttribute(Sessionsbruger.ATTRIBUT, fundet.get().brugerId());
        // the revisor has pages of their own (ADR 0027); the worklists are the caseworker's
        return fundet.get().har(Adgangsrolle.REVISOR) ? "redirect:/revisor" : "redirect:/";
    }

    @PostMapping("/logud")
    public String logUd(@RequestParam(name = "_csrf", required = false) String csrf, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "redirect:/login";
    }
}
