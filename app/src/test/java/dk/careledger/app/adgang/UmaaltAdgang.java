package dk.careledger.app.adgang;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Laesningslog;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Foelsomhed;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.catalina.connector.Connector;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * For the benchmark only (never in the application): a second HTTP connector on which the same endpoints answer without
 * authentication and without the access log, so that the benchmark can measure the same queries with and without them in
 * one run (ADR 0019). On that connector the caller is a sagsbehandler of the kommune in the header
 * {@code X-Maaling-Kommune}, put in place as if a token had been verified; the role and kommune checks still run, the JWT
 * verification and the access log's insert do not.
 */
public final class UmaaltAdgang {
    public static final String KOMMUNE = "X-Maaling-Kommune";
    private static volatile Connector connector;

    private UmaaltAdgang() {
    }

    /** The extra connector, to be added to Tomcat (port 0: any free port). */
    public static Connector connector() {
        Connector c = new Connector();
        c.setPort(0);
        connector = c;
        return c;
    }

    /** The extra connector's port, once Tomcat has started. */
    public static int port() {
        return connector == null ? -1 : connector.getLocalPort();
    }

    private static boolean umaalt(HttpServletRequest request) {
        return connector != null && request.getLocalPort() == connector.getLocalPort();
    }

    /** The filter chain for the extra connector only: no token, a sagsbehandler of the kommune in the header. */
    public static SecurityFilterChain kaede(HttpSecurity http) throws Exception {
        return http.securityMatcher(UmaaltAdgang::umaalt).csrf(c -> c.disable()).anonymous(a -> a.disable())
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .addFilterBefore(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        Bruger bruger = new Bruger("bm-umaalt", new Cvr(request.getHeader(KOMMUNE)), Set.of(Adgangsrolle.SAGSBEHANDLER),
                                List.of(), Foelsomhed.VIP_SAGER, null);
                        SecurityContextHolder.getContext().setAuthentication(new BrugerToken(bruger, null));
                        chain.doFilter(request, response);
                    }
                }, AuthorizationFilter.class).build();
    }

    /** The access log, skipped for requests on the extra connector. */
    public static Laesningslog udenLogPaaUmaalt(Adgangslog log) {
        return (bruger, visning, reference, borgere) -> {
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a && umaalt(a.getRequest())) {
                return;
            }
            log.laest(bruger, visning, reference, borgere);
        };
    }
}
