package dk.careledger.domain.felles;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a decider may read of another aggregate (ADR 0020): only facts that never change once recorded, so that a
 * check against them cannot be undone by a command that runs at the same time; and whether a bevilling still runs,
 * which only ever changes one way. A sag's primær part and opstaaetDato,
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

    /**
     * Whether the bevilling still runs, or waits on the venteliste, on some day after {@code dag}: it has no ophør on or
     * before the next day and no slutdato on or before {@code dag}. Not immutable, but one-way: a bevilling only ever
     * stops, so a stale answer errs towards asking for a decision (ADR 0020). False for an unknown bevilling.
     */
    boolean bevillingLoeberEfter(BevillingId bevillingId, LocalDate dag);

    /** This look-up, also knowing a sag opened in the same transaction, which is not in the store until it commits. */
    default Opslag medSag(SagId nySag, Sagsfakta fakta) {
        Opslag ellers = this;
        return new Opslag() {
            @Override
            public Optional<Sagsfakta> sag(SagId sagId) {
                return sagId.equals(nySag) ? Optional.of(fakta) : ellers.sag(sagId);
            }

            @Override
            public Optional<BorgerId> henvendelsensBorger(HenvendelseId henvendelseId) {
                return ellers.henvendelsensBorger(henvendelseId);
            }

            @Override
            public Optional<BorgerId> bevillingensBorger(BevillingId bevillingId) {
                return ellers.bevillingensBorger(bevillingId);
            }

            @Override
            public boolean bevillingLoeberEfter(BevillingId bevillingId, LocalDate dag) {
                return ellers.bevillingLoeberEfter(bevillingId, dag);
            }
        };
    }

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

        @Override
        public boolean bevillingLoeberEfter(BevillingId bevillingId, LocalDate dag) {
            return false;
        }
    };
}
