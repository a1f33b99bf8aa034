package dk.careledger.commandside.infra;

import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.felles.Revision;
import org.junit.jupiter.api.Test;

class LedgerRevisionResolverTest {

    @Revision("4")
    record MedDomaeneRevision() {
    }

    @org.axonframework.serialization.Revision("7")
    record MedAxonRevision() {
    }

    record UdenRevision() {
    }

    private final LedgerRevisionResolver resolver = new LedgerRevisionResolver();

    @Test
    void readsTheDomainsRevisionAnnotation() {
        assertThat(resolver.revisionOf(MedDomaeneRevision.class)).isEqualTo("4");
    }

    @Test
    void fallsBackToAxonsRevisionAnnotation() {
        assertThat(resolver.revisionOf(MedAxonRevision.class)).isEqualTo("7");
    }

    @Test
    void givesNoRevisionForAnUnannotatedType() {
        assertThat(resolver.revisionOf(UdenRevision.class)).isNull();
    }
}
