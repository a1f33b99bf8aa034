package dk.careledger.commandside.infra;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon when an append failed because the row already exists, so that two commands racing on the same
 * aggregate end in Axon's {@code ConcurrencyException} (retryable, 409) instead of a generic storage error.
 * PostgreSQL reports a unique violation as SQLSTATE {@code 23505}. Axon's default for JDBC,
 * {@code JdbcSQLErrorCodesResolver}, only recognises {@code SQLIntegrityConstraintViolationException}, which the
 * PostgreSQL driver never throws.
 */
public final class PostgresDuplicateKeyResolver implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
