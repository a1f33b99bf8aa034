package dk.careledger.app.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a {@code @SpringBootTest} on real PostgreSQL: a fresh database, per Spring application context, in the one
 * {@link SharedEmbeddedPostgres} server of the test JVM. Test classes with the same configuration share a cached
 * context and therefore its database; isolate with unique ids rather than by cleaning tables.
 *
 * <pre>{@code
 * @SpringBootTest
 * @EmbeddedPostgresTest
 * class SomethingTest { ... }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
public @interface EmbeddedPostgresTest {
}
