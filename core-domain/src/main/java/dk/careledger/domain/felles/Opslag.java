package dk.careledger.domain.felles;

import java.util.Optional;

/**
 * What a decider may read of another aggregate (ADR 0020): only facts that never change once recorded, so that a
 * check against them cannot be undone by a command that runs at the same time. A sag's primær part and opstaaetDato,
 * an afgørelse's type and truffetDato, a henvendelse's or bevilling's citizen. The command side answers from the
 * event store; tests answer from a map. An empty answer means the aggregate does not exist (as that type).
 */
public interface Opslag {

    /** The immutable facts of a sag, or empty when there is no such sag. */
    Optional<Sagsfakta> sag(SagId sagId);

    /** The citizen a henvendelse concerns, or empty when there is no such henvendelse. */
    Optional<BorgerId> henvendelsensBorger(HenvendelseId henvendelseId);

    /** The citizen a bevilling is given to, or empty when there is no such bevilling. */
    Optional<BorgerId> bevillingensBorger(BevillingId bevillingId);

    /** Knows nothing: every reference is unknown. For callers that decide commands without references. */
    Opslag INGEN = new Opslag() {
        @Override
        public Optional<Sagsfakta> sag(SagId sagId) {
            return Optional.empty();
        }

        @Override
        public Optional<BorgerId> henvendelsensBorger(HenvendelseId henvendelseId) {
            return Optional.empty();
        }

        @Override
        public Optional<BorgerId> bevillingensBorger(BevillingId bevillingId) {
            return Optional.empty();
        }
    };
}
