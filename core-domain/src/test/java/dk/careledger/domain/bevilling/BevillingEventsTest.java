package dk.careledger.domain.bevilling;

import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.domain.bevilling.command.BevillingCommand;
import dk.careledger.domain.bevilling.event.BevillingEvent;
import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Revision;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The stored shape of the bevilling's events: revisions, ids first, registrering last, no plaintext citizen data. */
class BevillingEventsTest {

    /** String components that hold codes or ids, not free text: catalogue codes, an organisation, a staff user. */
    private static final Set<String> KODER_OG_IDS = Set.of("indsatsKode", "kleNummer", "hjemmel", "resultatKode",
            "leverandoer", "udfoertAf");

    private static final List<Class<?>> EVENTS = Arrays.asList(BevillingEvent.class.getPermittedSubclasses());

    @Test
    void everyEventIsARecordWithRevisionOne() {
        assertThat(EVENTS).hasSize(9);
        for (Class<?> event : EVENTS) {
            assertThat(event.isRecord()).as(event.getSimpleName() + " is a record").isTrue();
            assertThat(event.getAnnotation(Revision.class)).as(event.getSimpleName() + " has @Revision").isNotNull();
            assertThat(event.getAnnotation(Revision.class).value()).isEqualTo("1");
            assertThat(event.getPackageName()).isEqualTo("dk.careledger.domain.bevilling.event");
        }
    }

    @Test
    void noEventHasAPlainTextComponentOutsideTheCodesAndIds() {
        for (Class<?> event : EVENTS) {
            for (RecordComponent component : event.getRecordComponents()) {
                if (component.getType() == String.class) {
                    assertThat(KODER_OG_IDS).as(event.getSimpleName() + "." + component.getName()
                            + " is plaintext: make it KrypteretTekst or a code").contains(component.getName());
                }
            }
        }
    }

    @Test
    void everyEventStartsWithTheBevillingIdAndEndsWithTheRegistrering() {
        for (Class<?> event : EVENTS) {
            RecordComponent[] components = event.getRecordComponents();
            assertThat(components[0].getName()).as(event.getSimpleName()).isEqualTo("bevillingId");
            assertThat(components[0].getType()).isEqualTo(BevillingId.class);
            assertThat(components[components.length - 1].getName()).as(event.getSimpleName()).isEqualTo("registrering");
            assertThat(components[components.length - 1].getType()).isEqualTo(Registrering.class);
        }
    }

    @Test
    void everyCommandIsARecordInTheCommandPackage() {
        Class<?>[] commands = BevillingCommand.class.getPermittedSubclasses();
        assertThat(commands).hasSize(9);
        for (Class<?> command : commands) {
            assertThat(command.isRecord()).as(command.getSimpleName()).isTrue();
            assertThat(command.getPackageName()).isEqualTo("dk.careledger.domain.bevilling.command");
        }
    }
}
