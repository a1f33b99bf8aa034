package dk.careledger.commandside.infra;

import dk.careledger.domain.felles.Revision;
import org.axonframework.serialization.RevisionResolver;

/**
 * Gives Axon the revision of a payload from the domain's own {@link Revision} annotation (core-domain cannot use
 * Axon's). Axon stores it in {@code payload_revision} beside the class name, and upcasters select on it. Falls back
 * to Axon's {@link org.axonframework.serialization.Revision} for framework-side classes, and to {@code null} for
 * unannotated types (tracking tokens, metadata).
 */
public final class LedgerRevisionResolver implements RevisionResolver {

    @Override
    public String revisionOf(Class<?> payloadType) {
        Revision revision = payloadType.getAnnotation(Revision.class);
        if (revision != null) {
            return revision.value();
        }
        org.axonframework.serialization.Revision axonRevision =
                payloadType.getAnnotation(org.axonframework.serialization.Revision.class);
        return axonRevision == null ? null : axonRevision.value();
    }
}
