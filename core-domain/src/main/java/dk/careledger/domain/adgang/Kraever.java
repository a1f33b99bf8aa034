package dk.careledger.domain.adgang;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call an endpoint: the caller needs at least one of them, or the answer is 403
 * {@code MANGLER_RETTIGHED}. An endpoint without it is refused to everyone (deny by default, ADR 0019). The first of
 * the listed roles that the caller holds is the role the caller acts in.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Kraever {
    Adgangsrolle[] value();
}
