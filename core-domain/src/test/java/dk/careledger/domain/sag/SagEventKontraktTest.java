package dk.careledger.domain.sag;

import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.felles.SagId;
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
 * The stored shape of the sag's events: what may and may not be in them. Events live forever, so these are
 * checked over every permitted subclass of {@link SagEvent}, including those added later.
 */
class SagEventKontraktTest {

    /** String components that hold codes, numbers or user ids, never personal free text. */
    private static final Set<String> KODEFELTER = Set.of("sagsnummer", "kleNummer", "handlingsfacet", "fsiiiKode",
            "hjemmel", "ansvarligEnhed", "sagsbehandler", "tredjepartKode", "udfoerelseKode", "betydningKode");

    private static final List<Class<?>> EVENTS = Arrays.asList(SagEvent.class.getPermittedSubclasses());

    @Test
    void noEventCarriesPlaintextExceptCodes() {
        List<String> klartekst = new ArrayList<>();
        for (Class<?> event : EVENTS) {
            for (RecordComponent component : event.getRecordComponents()) {
                if (indeholderString(component.getGenericType()) && !KODEFELTER.contains(component.getName())) {
                    klartekst.add(event.getSimpleName() + "." + component.getName());
                }
            }
        }

        assertThat(klartekst).as("free text in events must be KrypteretTekst").isEmpty();
    }

    @Test
    void everyEventHasRevisionOne() {
        assertThat(EVENTS).isNotEmpty().allSatisfy(event -> {
            assertThat(event.getAnnotation(Revision.class)).as(event.getSimpleName() + " @Revision").isNotNull();
            assertThat(event.getAnnotation(Revision.class).value()).isEqualTo("1");
        });
    }

    @Test
    void everyEventIsARecordFromSagIdToRegistrering() {
        assertThat(EVENTS).hasSize(15).allSatisfy(event -> {
            assertThat(event.isRecord()).as(event.getSimpleName() + " is a record").isTrue();
            RecordComponent[] components = event.getRecordComponents();
            assertThat(components[0].getName()).isEqualTo("sagId");
            assertThat(components[0].getType()).isEqualTo(SagId.class);
            assertThat(components[components.length - 1].getName()).isEqualTo("registrering");
            assertThat(components[components.length - 1].getType()).isEqualTo(Registrering.class);
        });
    }

    @Test
    void everyCommandIsARecordStartingWithTheSagId() {
        assertThat(SagCommand.class.getPermittedSubclasses()).hasSize(14).allSatisfy(command -> {
            assertThat(command.isRecord()).as(command.getSimpleName() + " is a record").isTrue();
            assertThat(command.getRecordComponents()[0].getName()).isEqualTo("sagId");
        });
    }

    private static boolean indeholderString(Type type) {
        if (type == String.class) {
            return true;
        }
        if (type instanceof ParameterizedType parameterized) {
            return Arrays.stream(parameterized.getActualTypeArguments())
                    .anyMatch(SagEventKontraktTest::indeholderString);
        }
        return false;
    }
}
