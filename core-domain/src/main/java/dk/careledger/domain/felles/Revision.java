package dk.careledger.domain.felles;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The revision of an event's stored shape. Every event carries one; command-side's revision resolver hands
 * it to Axon, which stores it beside the class name. Change an event's fields, bump the revision, add a
 * golden JSON file for the new revision and an upcaster from the old one (ADR 0005).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {
    String value();
}
