package dk.careledger.commandside.haendelser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.careledger.commandside.infra.EventJson;
import dk.careledger.domain.felles.Revision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The stored shape of every event is a contract: each event revision has a golden JSON file under
 * {@code src/test/resources/events/<Event>/rev-<n>.json}. A sample of each event must serialize to exactly its
 * golden file, and every golden file ever committed must still deserialize (older revisions through their
 * upcasters, once there are any). Run with {@code -Dgolden.skriv=true} to write files for new events or revisions —
 * never to paper over a changed shape: bump the revision instead (ADR 0005).
 */
class GoldenJsonTest {
    private static final Path GOLDEN = Path.of("src/test/resources/events");
    private static final ObjectMapper JSON = EventJson.objectMapper();

    @TestFactory
    Stream<DynamicTest> everyEventSerializesExactlyToItsGoldenFile() {
        return Haendelseskatalog.stroem().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
            Path fil = golden(type);
            Object eksempel = Eksempelvaerdier.eksempel(type);
            String json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(eksempel) + "\n";
            if (Boolean.getBoolean("golden.skriv") && !Files.exists(fil)) {
                Files.createDirectories(fil.getParent());
                Files.writeString(fil, json);
            }
            assertThat(fil).as("golden file for %s (write it with -Dgolden.skriv=true)", type.getSimpleName()).exists();
            JsonNode forventet = JSON.readTree(Files.readString(fil));
            assertThat(JSON.readTree(json)).as("stored shape of %s changed: bump its @Revision", type.getSimpleName()).isEqualTo(forventet);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenFileStillDeserializesToTheSameEvent() {
        return Haendelseskatalog.stroem().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
            Path fil = golden(type);
            assertThat(fil).exists();
            Object laest = JSON.readValue(Files.readString(fil), type);
            assertThat(laest).isEqualTo(Eksempelvaerdier.eksempel(type));
        }));
    }

    @Test
    void everyEventCarriesARevision() {
        List<String> udenRevision = Haendelseskatalog.stroem().filter(t -> t.getAnnotation(Revision.class) == null).map(Class::getName).toList();
        assertThat(udenRevision).isEmpty();
    }

    @Test
    void noGoldenFileBelongsToAnEventThatNoLongerExists() throws IOException {
        List<String> kendte = Haendelseskatalog.stroem().map(Class::getSimpleName).toList();
        try (Stream<Path> mapper = Files.list(GOLDEN)) {
            assertThat(mapper.map(p -> p.getFileName().toString()).toList()).allMatch(kendte::contains);
        }
    }

    private static Path golden(Class<?> type) {
        return GOLDEN.resolve(type.getSimpleName()).resolve("rev-" + type.getAnnotation(Revision.class).value() + ".json");
    }
}
