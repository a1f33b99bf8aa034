package dk.careledger.domain.henvendelse;

import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.felles.HenvendelseId;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.henvendelse.event.HenvendelseEvent;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The stored shape of henvendelse events: revisioned records, id first, registrering last, no plaintext free text. */
class HenvendelseEventContractTest {

    /** Plain String components that are catalogue codes, not free text about the citizen. */
    private static final Set<String> KODEFELTER = Set.of("kildeKode", "oensketIndsatsKode");

    private static List<Class<?>> events() {
        return Arrays.asList(HenvendelseEvent.class.getPermittedSubclasses());
    }

    @Test
    void hasEveryEventOfUseCase1() {
        assertThat(events()).extracting(Class::getSimpleName)
                .containsExactlyInAnyOrder("HenvendelseModtaget", "HenvendelseAfklaret", "HenvendelseHaandteret");
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
            assertThat(components[0].getType()).as(event.getSimpleName()).isEqualTo(HenvendelseId.class);
            assertThat(components[0].getName()).isEqualTo("henvendelseId");
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
            return Arrays.stream(parameterized.getActualTypeArguments()).anyMatch(HenvendelseEventContractTest::holderString);
        }
        return false;
    }
}
