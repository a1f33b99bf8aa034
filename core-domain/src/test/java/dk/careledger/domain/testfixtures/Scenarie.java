package dk.careledger.domain.testfixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.Afvisningsart;
import dk.careledger.domain.felles.Kontekst;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Given/when/then for deciders: given past events, when a command, then exactly these events, or a refusal
 * with this code and field.
 *
 * <pre>
 * scenarie.given(sagOprettet).when(markerOplyst).then(sagOplyst);
 * scenarie.given().when(markerOplyst).thenRefused(IKKE_FUNDET, "SAG_UKENDT", null);
 * </pre>
 */
public final class Scenarie<S, C, E> {

    /** decide(state, command, kontekst) → events. */
    @FunctionalInterface
    public interface Decide<S, C, E> {
        List<? extends E> decide(S state, C command, Kontekst kontekst);
    }

    private final Supplier<S> initial;
    private final BiFunction<S, E, S> evolve;
    private final Decide<S, C, E> decide;

    public Scenarie(Supplier<S> initial, BiFunction<S, E, S> evolve, Decide<S, C, E> decide) {
        this.initial = initial;
        this.evolve = evolve;
        this.decide = decide;
    }

    @SafeVarargs
    public final When given(E... history) {
        S state = initial.get();
        for (E event : history) {
            state = evolve.apply(state, event);
        }
        return new When(state);
    }

    public final class When {
        private final S state;

        private When(S state) {
            this.state = state;
        }

        public S state() {
            return state;
        }

        public Then when(C command) {
            return new Then(state, command, TestKontekst.kontekst());
        }

        public Then when(C command, Kontekst kontekst) {
            return new Then(state, command, kontekst);
        }
    }

    public final class Then {
        private final S state;
        private final C command;
        private final Kontekst kontekst;

        private Then(S state, C command, Kontekst kontekst) {
            this.state = state;
            this.command = command;
            this.kontekst = kontekst;
        }

        @SafeVarargs
        public final List<? extends E> then(E... expected) {
            List<? extends E> actual = decide.decide(state, command, kontekst);
            List<E> faktiske = List.copyOf(actual);
            assertThat(faktiske).containsExactlyElementsOf(Arrays.asList(expected));
            S after = state;
            for (E event : actual) {
                after = evolve.apply(after, event);
            }
            return actual;
        }

        /** The events, for assertions on selected fields. */
        public List<? extends E> events() {
            return decide.decide(state, command, kontekst);
        }

        public Afvisning thenRefused(Afvisningsart art, String fejlkode, String felt) {
            Afvisning afvisning = catchThrowableOfType(Afvisning.class, () -> decide.decide(state, command, kontekst));
            assertThat(afvisning).as("the command should have been refused with " + fejlkode).isNotNull();
            assertThat(afvisning.fejlkode()).isEqualTo(fejlkode);
            assertThat(afvisning.art()).isEqualTo(art);
            assertThat(afvisning.felt()).isEqualTo(felt);
            return afvisning;
        }
    }
}
