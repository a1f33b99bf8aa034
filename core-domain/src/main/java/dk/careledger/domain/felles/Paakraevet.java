package dk.careledger.domain.felles;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of a command that must always be given (not null, not blank). The decider still refuses its absence with
 * {@code FELT_PAAKRAEVET}; the mark lets the command API name every missing field of a request at once, before any rule
 * runs, and the OpenAPI document list them as required. A field required only in some cases (a bemærkning when the
 * årsag is ANDET) is not marked: the decider says when.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Paakraevet {
}
