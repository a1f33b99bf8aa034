package dk.careledger.app.embedded;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when no database is configured: {@code spring.datasource.url} (which application.yml takes from
 * {@code LEDGER_DB_URL}) is absent or blank.
 */
class NoDatabaseConfiguredCondition extends SpringBootCondition {

    static final String URL_PROPERTY = "spring.datasource.url";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String url = context.getEnvironment().getProperty(URL_PROPERTY);
        if (StringUtils.hasText(url)) {
            return ConditionOutcome.noMatch(URL_PROPERTY + " is set: using that database");
        }
        return ConditionOutcome.match("no " + URL_PROPERTY + " (LEDGER_DB_URL): starting the embedded PostgreSQL");
    }
}
