package dk.careledger.app.adgang;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the few controllers anyone may call without a credential: the embedded issuer's log-in and its public keys.
 * Every other handler needs a {@link dk.careledger.domain.adgang.Kraever} (ADR 0019); {@code AdgangTest} walks them all.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AabenAdgang {
}
