package dk.careledger.ui.side;

import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.Afvisningsart;
import dk.careledger.domain.adgang.Bruger;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page of the UI shares: the logged-in user for the header, and a refusal the page cannot show at a form
 * field as a Danish page instead of the API's problem JSON: 404 for what does not exist or belongs to another kommune
 * (the same answer, ADR 0019), 403 for a missing role. (A controller's own exception handler comes before the API's
 * advice, which is why this is a base class and not an advice.)
 */
public abstract class Uiside {

    /** The logged-in user, for the page header; the role check put them on the request. */
    @ModelAttribute("indlogget")
    public Bruger indlogget(HttpServletRequest request) {
        return (Bruger) request.getAttribute(Bruger.ANMODNINGSATTRIBUT);
    }

    @ExceptionHandler(Afvisning.class)
    public String afvisning(Afvisning a, HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("indlogget", indlogget(request));
        int status = switch (a.art()) {
            case IKKE_FUNDET -> 404;
            case NAEGTET -> 403;
            case KONFLIKT -> 409;
            default -> 400;
        };
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("overskrift", a.art() == Afvisningsart.IKKE_FUNDET ? "Siden findes ikke"
                : a.art() == Afvisningsart.NAEGTET ? "Du har ikke adgang til siden" : "Det kunne ikke lade sig gøre");
        model.addAttribute("besked", a.art() == Afvisningsart.IKKE_FUNDET
                ? "Det, du leder efter, findes ikke, eller det hører til en anden kommune." : a.besked());
        return "fejl";
    }
}
