package dk.careledger.arbejdsbyrde;

import dk.careledger.commandside.kommando.Aggregattype;
import dk.careledger.domain.bevilling.BevillingDecider;
import dk.careledger.domain.bevilling.BevillingState;
import dk.careledger.domain.bevilling.command.BevillingCommand;
import dk.careledger.domain.bevilling.event.BevillingEvent;
import dk.careledger.domain.felles.Kontekst;
import dk.careledger.domain.forloeb.ForloebDecider;
import dk.careledger.domain.forloeb.ForloebState;
import dk.careledger.domain.forloeb.command.ForloebCommand;
import dk.careledger.domain.forloeb.event.ForloebEvent;
import dk.careledger.domain.henvendelse.HenvendelseDecider;
import dk.careledger.domain.henvendelse.HenvendelseState;
import dk.careledger.domain.henvendelse.command.HenvendelseCommand;
import dk.careledger.domain.henvendelse.event.HenvendelseEvent;
import dk.careledger.domain.sag.SagDecider;
import dk.careledger.domain.sag.SagState;
import dk.careledger.domain.sag.command.SagCommand;
import dk.careledger.domain.sag.event.SagEvent;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * One aggregate as the generator holds it: its decider, its current state (folded with the decider's own
 * {@code evolve}) and the sequence number its next event gets. Only {@link Motor#udfoer} changes it.
 */
final class Aggregat<S, C, E> {

    /** An aggregate's pure rules: the decider's two functions and its initial state. */
    interface Regler<S, C, E> {
        List<E> decide(S tilstand, C kommando, Kontekst kontekst);

        S evolve(S tilstand, E haendelse);

        S initial();

        /** The rules from a decider's static functions. */
        static <S, C, E> Regler<S, C, E> af(Beslutning<S, C, E> decide, BiFunction<S, E, S> evolve, Supplier<S> initial) {
            return new Regler<>() {
                @Override
                public List<E> decide(S tilstand, C kommando, Kontekst kontekst) {
                    return decide.decide(tilstand, kommando, kontekst);
                }

                @Override
                public S evolve(S tilstand, E haendelse) {
                    return evolve.apply(tilstand, haendelse);
                }

                @Override
                public S initial() {
                    return initial.get();
                }
            };
        }
    }

    /** A decider's {@code decide(state, command, kontekst)}. */
    @FunctionalInterface
    interface Beslutning<S, C, E> {
        List<E> decide(S tilstand, C kommando, Kontekst kontekst);
    }

    static final Regler<SagState, SagCommand, SagEvent> SAG = Regler.af(SagDecider::decide, SagDecider::evolve, SagState::initial);
    static final Regler<BevillingState, BevillingCommand, BevillingEvent> BEVILLING =
            Regler.af(BevillingDecider::decide, BevillingDecider::evolve, BevillingState::initial);
    static final Regler<HenvendelseState, HenvendelseCommand, HenvendelseEvent> HENVENDELSE =
            Regler.af(HenvendelseDecider::decide, HenvendelseDecider::evolve, HenvendelseState::initial);
    static final Regler<ForloebState, ForloebCommand, ForloebEvent> FORLOEB =
            Regler.af(ForloebDecider::decide, ForloebDecider::evolve, ForloebState::initial);

    final Aggregattype type;
    final String id;
    final Regler<S, C, E> regler;
    S tilstand;
    long naesteSekvens;

    Aggregat(Aggregattype type, String id, Regler<S, C, E> regler) {
        this.type = type;
        this.id = id;
        this.regler = regler;
        this.tilstand = regler.initial();
    }
}
