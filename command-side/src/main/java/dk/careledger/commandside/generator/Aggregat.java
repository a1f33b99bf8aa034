package dk.careledger.commandside.generator;

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
    }

    static final Regler<SagState, SagCommand, SagEvent> SAG = new Regler<>() {
        @Override
        public List<SagEvent> decide(SagState tilstand, SagCommand kommando, Kontekst kontekst) {
            return SagDecider.decide(tilstand, kommando, kontekst);
        }

        @Override
        public SagState evolve(SagState tilstand, SagEvent haendelse) {
            return SagDecider.evolve(tilstand, haendelse);
        }

        @Override
        public SagState initial() {
            return SagState.initial();
        }
    };

    static final Regler<BevillingState, BevillingCommand, BevillingEvent> BEVILLING = new Regler<>() {
        @Override
        public List<BevillingEvent> decide(BevillingState tilstand, BevillingCommand kommando, Kontekst kontekst) {
            return BevillingDecider.decide(tilstand, kommando, kontekst);
        }

        @Override
        public BevillingState evolve(BevillingState tilstand, BevillingEvent haendelse) {
            return BevillingDecider.evolve(tilstand, haendelse);
        }

        @Override
        public BevillingState initial() {
            return BevillingState.initial();
        }
    };

    static final Regler<HenvendelseState, HenvendelseCommand, HenvendelseEvent> HENVENDELSE = new Regler<>() {
        @Override
        public List<HenvendelseEvent> decide(HenvendelseState tilstand, HenvendelseCommand kommando, Kontekst kontekst) {
            return HenvendelseDecider.decide(tilstand, kommando, kontekst);
        }

        @Override
        public HenvendelseState evolve(HenvendelseState tilstand, HenvendelseEvent haendelse) {
            return HenvendelseDecider.evolve(tilstand, haendelse);
        }

        @Override
        public HenvendelseState initial() {
            return HenvendelseState.initial();
        }
    };

    static final Regler<ForloebState, ForloebCommand, ForloebEvent> FORLOEB = new Regler<>() {
        @Override
        public List<ForloebEvent> decide(ForloebState tilstand, ForloebCommand kommando, Kontekst kontekst) {
            return ForloebDecider.decide(tilstand, kommando, kontekst);
        }

        @Override
        public ForloebState evolve(ForloebState tilstand, ForloebEvent haendelse) {
            return ForloebDecider.evolve(tilstand, haendelse);
        }

        @Override
        public ForloebState initial() {
            return ForloebState.initial();
        }
    };

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
