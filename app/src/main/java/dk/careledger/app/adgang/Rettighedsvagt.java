package dk.careledger.app.adgang;

import dk.careledger.domain.adgang.Adgangsrolle;
import dk.careledger.domain.adgang.Bruger;
import dk.careledger.domain.adgang.Kraever;
import dk.careledger.domain.felles.Afvisning;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The role check of every endpoint (ADR 0019), before anything else of the request is read. A handler method (or its
 * controller) names the roles that may call it with {@link Kraever}; the caller needs one of them, or the answer is
 * 403 {@code MANGLER_RETTIGHED}. A handler with no {@link Kraever} is refused to everyone, so an endpoint someone
 * forgot to classify is closed, not open; only {@link AabenAdgang} controllers are exempt (and Spring's error page), and
 * the OpenAPI document is open to any logged-in user. The caller, acting in the
 * first listed role they hold, is put on the request ({@link Bruger#ANMODNINGSATTRIBUT}) and given to any handler
 * parameter of type {@link Bruger}.
 */
@Configuration(proxyBeanMethods = false)
public class Rettighedsvagt implements WebMvcConfigurer, HandlerInterceptor, HandlerMethodArgumentResolver {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).order(Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    /** The roles an endpoint requires, or null when it has no {@link Kraever}. */
    public static Adgangsrolle[] krav(HandlerMethod handler) {
        Kraever k = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Kraever.class);
        if (k == null) {
            k = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), Kraever.class);
        }
        return k == null ? null : k.value();
    }

    public static boolean aaben(HandlerMethod handler) {
        return AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), AabenAdgang.class) || handler.getBeanType().getName().endsWith("BasicErrorController");
    }

    /** The OpenAPI document (springdoc's handlers): any logged-in user may read it, there is no citizen in it. */
    public static boolean dokumentation(HandlerMethod handler) {
        return handler.getBeanType().getName().startsWith("org.springdoc.");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod metode) || aaben(metode)) {
            return true;
        }
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (!(a instanceof BrugerToken token)) {
            // the filter chain lets no unauthenticated request through to a handler; should one arrive, it is refused
            throw Afvisning.naegtet("MANGLER_RETTIGHED", null, "Ingen bruger er logget ind");
        }
        Bruger bruger = token.getPrincipal();
        if (dokumentation(metode)) {
            return true;
        }
        Adgangsrolle[] krav = krav(metode);
        if (krav == null) {
            throw Afvisning.naegtet("MANGLER_RETTIGHED", null, "Endpointet er ikke åbnet for nogen rolle");
        }
        Adgangsrolle som = Arrays.stream(krav).filter(bruger::har).findFirst()
                .orElseThrow(() -> Afvisning.naegtet("MANGLER_RETTIGHED", null, "Det kræver en af rollerne " + Arrays.toString(krav)));
        request.setAttribute(Bruger.ANMODNINGSATTRIBUT, bruger.som(som));
        return true;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Bruger.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request, WebDataBinderFactory binder) {
        Object bruger = request.getAttribute(Bruger.ANMODNINGSATTRIBUT, RequestAttributes.SCOPE_REQUEST);
        if (bruger == null) {
            throw Afvisning.naegtet("MANGLER_RETTIGHED", null, "Ingen bruger er logget ind");
        }
        return bruger;
    }
}
