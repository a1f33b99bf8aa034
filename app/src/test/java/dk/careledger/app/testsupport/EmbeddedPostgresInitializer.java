package dk.careledger.app.testsupport;

import java.util.Map;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Points the application context at a fresh database in the {@link SharedEmbeddedPostgres}, before any bean is
 * created. The properties go first in the environment, so they win over application.yml and LEDGER_DB_URL, and the
 * application's own embedded server (used when no database is configured) never starts in a test; the context gets
 * its own temporary {@code ledger.data-dir}, and the embedded token issuer runs with the key {@link Testtokens} signs with. The context is closed when the test run ends ({@link TestkonteksterLukkes}), and
 * its server's answers are recorded ({@link Svarregistrering}).
 */
public class EmbeddedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(SharedEmbeddedPostgres.freshDatabaseProperties()).applyTo(context);
        // the embedded issuer signs with the tests' key, so a test can sign a token for any identity (Testtokens)
        TestPropertyValues.of(Map.of("ledger.adgang.indbygget.jwk", Testtokens.jwk(), "ledger.adgang.tillad-indbygget-udsteder", "true"))
                .applyTo(context);
        TestkonteksterLukkes.husk(context);
        // every answer of the API is recorded for the comparison with the OpenAPI document (OpenApiDaekningTest)
        FilterRegistrationBean<Svarregistrering> registrering = new FilterRegistrationBean<>(new Svarregistrering());
        registrering.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registrering.setName("svarregistrering");
        context.getBeanFactory().registerSingleton("svarregistrering", registrering);
    }
}
