package dk.careledger.commandside.api;

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
 * parameter rather than an error from PostgreSQL. A refusal here goes through {@link ApiFejlhaandtering} like any other.
 */
@Configuration(proxyBeanMethods = false)
public class Parametervagt implements WebMvcConfigurer, HandlerInterceptor {

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
        return true;
    }
}
