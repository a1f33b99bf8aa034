package dk.careledger.domain.arkitektur;

import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.bevilling.command.BevillingCommand;
import dk.careledger.domain.bevilling.event.BevillingEvent;
import dk.careledger.domain.felles.Id;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.forloeb.command.ForloebCommand;
import dk.careledger.domain.forloeb.event.ForloebEvent;
import dk.careledger.domain.henvendelse.command.HenvendelseCommand;
import dk.careledger.domain.henvendelse.event.HenvendelseEvent;
import dk.careledger.domain.sag.command.SagCommand;
import dk.careledger.domain.sag.event.SagEvent;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What may be in a stored event, checked over every permitted subclass of every aggregate's sealed event type
 * (so events added later are covered): plain strings only for codes and ids, never personal free text; the
 * aggregate id first and the registrering last. Revisions and record-ness: {@link CoreDomainArchitectureTest}.
 */
class EventKontraktTest {

    private static final List<Class<?>> EVENT_TYPER = List.of(HenvendelseEvent.class, SagEvent.class, BevillingEvent.class, ForloebEvent.class);
    private static final List<Class<?>> KOMMANDO_TYPER = List.of(HenvendelseCommand.class, SagCommand.class, BevillingCommand.class,
            ForloebCommand.class);

    /**
     * String components that hold catalogue codes, numbers, legal references, organisation or staff ids — never
     * text about a citizen. Anything else that is text must be KrypteretTekst (ADR 0009).
     */
    private static final Set<String> KODER_OG_IDS = Set.of(
            "kildeKode", "oensketIndsatsKode",
            "sagsnummer", "kleNummer", "handlingsfacet", "fsiiiKode", "hjemmel", "ansvarligEnhed", "sagsbehandler",
            "tredjepartKode", "udfoerelseKode", "betydningKode",
            "indsatsKode", "resultatKode", "leverandoer", "udfoertAf",
            "forloebstypeKode");

    @Test
    void noEventCarriesPlaintextExceptCodesAndIds() {
        List<String> klartekst = new ArrayList<>();
        for (Class<?> event : alle(EVENT_TYPER)) {
            for (RecordComponent komponent : event.getRecordComponents()) {
                if (indeholderString(komponent.getGenericType()) && !KODER_OG_IDS.contains(komponent.getName())) {
                    klartekst.add(event.getSimpleName() + "." + komponent.getName());
                }
            }
        }
        assertThat(klartekst).as("free text in events must be KrypteretTekst").isEmpty();
    }

    @Test
    void everyEventRunsFromItsAggregateIdToItsRegistrering() {
        assertThat(alle(EVENT_TYPER)).hasSize(41).allSatisfy(event -> {
            RecordComponent[] komponenter = event.getRecordComponents();
            assertThat(Id.class.isAssignableFrom(komponenter[0].getType())).as(event.getSimpleName() + " starts with its aggregate id").isTrue();
            assertThat(komponenter[komponenter.length - 1].getType()).as(event.getSimpleName() + " ends with registrering")
                    .isEqualTo(Registrering.class);
        });
    }

    @Test
    void everyCommandIsARecordStartingWithItsAggregateId() {
        assertThat(alle(KOMMANDO_TYPER)).hasSize(37).allSatisfy(kommando -> {
            assertThat(kommando.isRecord()).as(kommando.getSimpleName() + " is a record").isTrue();
            assertThat(Id.class.isAssignableFrom(kommando.getRecordComponents()[0].getType())).as(kommando.getSimpleName()).isTrue();
        });
    }

    private static List<Class<?>> alle(List<Class<?>> sealed) {
        return sealed.stream().flatMap(s -> Arrays.stream(s.getPermittedSubclasses())).toList();
    }

    private static boolean indeholderString(Type type) {
        if (type == String.class) {
            return true;
        }
        return type instanceof ParameterizedType p && Arrays.stream(p.getActualTypeArguments()).anyMatch(EventKontraktTest::indeholderString);
    }
}
