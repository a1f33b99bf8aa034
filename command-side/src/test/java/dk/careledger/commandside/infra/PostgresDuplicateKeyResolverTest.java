package dk.careledger.commandside.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class PostgresDuplicateKeyResolverTest {

    private final PostgresDuplicateKeyResolver resolver = new PostgresDuplicateKeyResolver();

    @Test
    void recognisesAUniqueViolationAnywhereInTheCauseChain() {
        Exception wrapped = new RuntimeException(new IllegalStateException(new SQLException("duplicate key", "23505")));

        assertThat(resolver.isDuplicateKeyViolation(wrapped)).isTrue();
    }

    @Test
    void recognisesAUniqueViolationInABatchsNextException() {
        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(new SQLException("duplicate key", "23505"));

        assertThat(resolver.isDuplicateKeyViolation(batch)).isTrue();
    }

    @Test
    void doesNotTakeOtherIntegrityErrorsForDuplicates() {
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("not null", "23502"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException("no SQL at all"))).isFalse();
    }
}
