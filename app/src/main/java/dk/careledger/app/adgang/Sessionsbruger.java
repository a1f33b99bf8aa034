package dk.careledger.app.adgang;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser's session log-in (ADR 0019), for the UI to come: {@code POST /api/login/session} with a demo user puts
 * only the user's id in a new HTTP session (cookie {@code HttpOnly}, {@code SameSite=Strict}); each request with that
 * session is that user, exactly as their token would make them. A bearer token in the same request wins. Against
 * cross-site requests, a state-changing request on a session must carry the header {@code X-Requested-With} (a custom
 * header, which a cross-site form cannot send and a cross-site script cannot send without a CORS preflight the ledger
 * never grants): otherwise 403 {@code CSRF_HEADER_MANGLER}.
 */
final class Sessionsbruger implements SecurityContextRepository {
    static final String ATTRIBUT = "careledger.adgang.sessionsbruger";
    static final String CSRF_HEADER = "X-Requested-With";
    private static final Set<String> SIKRE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(org.springframework.security.web.context.HttpRequestResponseHolder holder) {
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        brugerId(holder.getRequest()).flatMap(Demobrugere::find).ifPresent(b -> ctx.setAuthentication(new BrugerToken(b, null)));
        return ctx;
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        // the session is written only by the log-in itself (LoginController): nothing else puts a user in a session
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return brugerId(request).isPresent();
    }

    private static java.util.Optional<String> brugerId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? java.util.Optional.empty() : java.util.Optional.ofNullable((String) session.getAttribute(ATTRIBUT));
    }

    /** Refuses a state-changing request that rides on a session without the custom header. */
    static final class CsrfVagt extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!SIKRE.contains(request.getMethod()) && request.getHeader("Authorization") == null && brugerId(request).isPresent()
                    && request.getHeader(CSRF_HEADER) == null) {
                Problemsvar.skriv(response, 403, "CSRF_HEADER_MANGLER",
                        "En ændring i en browsersession skal sende headeren " + CSRF_HEADER);
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
