package dk.careledger.commandside.kommando;

import dk.careledger.domain.adgang.Bruger;
import java.util.Optional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The authenticated caller of the current web request, as the application's role check put it on the request
 * (ADR 0019); empty outside a web request (a process of the ledger itself).
 */
public final class Anmodningsbruger {
    private Anmodningsbruger() {
    }

    public static Optional<Bruger> aktuel() {
        RequestAttributes a = RequestContextHolder.getRequestAttributes();
        Object bruger = a == null ? null : a.getAttribute(Bruger.ANMODNINGSATTRIBUT, RequestAttributes.SCOPE_REQUEST);
        return bruger instanceof Bruger b ? Optional.of(b) : Optional.empty();
    }
}
