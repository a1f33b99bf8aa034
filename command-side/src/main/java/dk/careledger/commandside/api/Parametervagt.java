package dk.careledger.commandside.api;

import dk.careledger.domain.felles.Afvisning;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import dk.careledger.domain.felles.Inputgraenser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The edge for parameters, as {@link Kantvalidering} is for bodies: every query (or form) parameter of every request
 * is held to {@link Inputgraenser#tekst} before a controller sees it, so a NUL in {@code ?enhed=} is a 400 naming the
 * parameter rather than an error from PostgreSQL; and a parameter the endpoint does not declare is a 400
 * {@code PARAMETER_UKENDT} naming it and the known ones, never silently ignored. A refusal here goes through
 * {@link ApiFejlhaandtering} like any other.
 */
@Configuration(proxyBeanMethods = false)
public class Parametervagt implements WebMvcConfigurer, HandlerInterceptor {
    private static final String EGNE_PAKKER = "dk.careledger.";
    /** The declared parameters per handler method, found once (empty: the method takes any). */
    private final Map<Method, Optional<Set<String>>> kendteParametre = new ConcurrentHashMap<>();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            Inputgraenser.tekst(p.getKey(), "parameter");
            for (String vaerdi : p.getValue()) {
                Inputgraenser.tekst(vaerdi, p.getKey());
            }
        }
        if (handler instanceof HandlerMethod metode && metode.getBeanType().getPackageName().startsWith(EGNE_PAKKER)) {
            Set<String> kendte = kendteParametre.computeIfAbsent(metode.getMethod(), m -> Optional.ofNullable(parametre(metode))).orElse(null);
            if (kendte != null) {
                for (String navn : request.getParameterMap().keySet()) {
                    if (!kendte.contains(navn)) {
                        throw Afvisning.ugyldig("PARAMETER_UKENDT", navn, kendte.isEmpty()
                                ? "Parameteren '" + navn + "' understøttes ikke: her tages ingen parametre"
                                : "Parameteren '" + navn + "' understøttes ikke her" + Forslag.menteDu(navn, kendte)
                                        + "; kendte parametre: " + String.join(", ", new TreeSet<>(kendte)));
                    }
                }
            }
        }
        return true;
    }

    /**
     * The query parameters an endpoint declares ({@code @RequestParam}), or null when it takes any (a
     * {@code @RequestParam Map}). A parameter it does not declare would be silently ignored by Spring; here it is a 400.
     */
    private static Set<String> parametre(HandlerMethod metode) {
        Set<String> navne = new HashSet<>();
        for (MethodParameter p : metode.getMethodParameters()) {
            RequestParam rp = p.getParameterAnnotation(RequestParam.class);
            if (rp == null) {
                continue;
            }
            if (Map.class.isAssignableFrom(p.getParameterType())) {
                return null;
            }
            String navn = !rp.name().isEmpty() ? rp.name() : !rp.value().isEmpty() ? rp.value() : p.getParameterName();
            navne.add(navn);
        }
        return navne;
    }
}
