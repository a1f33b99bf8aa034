package dk.careledger.domain.forloeb;

import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.felles.ForloebId;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.forloeb.event.ForloebEvent;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The stored shape of forløb events: revisioned records, id first, registrering last, no plaintext free text. */
class ForloebEventContractTest {

    /** Plain String components that are catalogue codes, not free text about the citizen. */
    private static final Set<String> KODEFELTER = Set.of("forloebstypeKode", "kleNummer");

    private static List<Class<?>> events() {
        return Arrays.asList(ForloebEvent.class.getPermittedSubclasses());
    }

    @Test
    void hasEveryForloebEvent() {
        assertThat(events()).extracting(Class::getSimpleName)
                .containsExactlyInAnyOrder("ForloebStartet", "SagTilknyttetForloeb", "BevillingTilknyttetForloeb",
                        "ForloebAfsluttet");
    }

    @Test
    void givesEveryEventARevision() {
        for (Class<?> event : events()) {
            assertThat(event.getAnnotation(Revision.class)).as(event.getSimpleName()).isNotNull();
            assertThat(event.getAnnotation(Revision.class).value()).as(event.getSimpleName()).isEqualTo("1");
        }
    }

    @Test
    void makesEveryEventARecordWithTheIdFirstAndTheRegistreringLast() {
        for (Class<?> event : events()) {
            assertThat(event.isRecord()).as(event.getSimpleName()).isTrue();
            RecordComponent[] components = event.getRecordComponents();
            assertThat(components[0].getType()).as(event.getSimpleName()).isEqualTo(ForloebId.class);
            assertThat(components[0].getName()).isEqualTo("forloebId");
            assertThat(components[components.length - 1].getType()).as(event.getSimpleName()).isEqualTo(Registrering.class);
            assertThat(components[components.length - 1].getName()).isEqualTo("registrering");
        }
    }

    @Test
    void keepsNoPlaintextStringInAnyEventOutsideTheCodeFields() {
        for (Class<?> event : events()) {
            for (RecordComponent component : event.getRecordComponents()) {
                if (KODEFELTER.contains(component.getName())) {
                    continue;
                }
                assertThat(holderString(component.getGenericType()))
                        .as(event.getSimpleName() + "." + component.getName() + " must be KrypteretTekst or a code")
                        .isFalse();
            }
        }
    }

    private static boolean holderString(Type type) {
        if (type == String.class || type == CharSequence.class) {
            return true;
        }
        if (type instanceof ParameterizedType parameterized) {
            return Arrays.stream(parameterized.getActualTypeArguments()).anyMatch(ForloebEventContractTest::holderString);
        }
        return false;
    }
}
