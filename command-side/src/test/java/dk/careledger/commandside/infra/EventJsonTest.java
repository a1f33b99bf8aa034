package dk.careledger.commandside.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.Revision;
import dk.careledger.domain.felles.SagId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    private static final SagId SAG = SagId.of("3f2c8a1e-5b7d-4c9e-8f01-23456789abcd");
    private static final BorgerId BORGER = BorgerId.of("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");

    enum Farve { ROED, GROEN, BLAA }

    @Revision("2")
    record Eksempel(SagId sagId, BorgerId borgerId, LocalDate virkning, Instant registreret, List<SagId> sager,
                    Set<Farve> farver, Map<BorgerId, String> noter) {
    }

    record MedUkendt(SagId sagId) {
    }

    private final ObjectMapper json = EventJson.objectMapper();

    @Test
    void writesTypedIdsAsRawUuidsAndTimeAsIsoStrings() throws Exception {
        Eksempel eksempel = new Eksempel(SAG, BORGER, LocalDate.of(2026, 3, 1), Instant.parse("2026-03-01T08:15:30Z"),
                List.of(SAG), Set.of(Farve.BLAA, Farve.ROED), Map.of(BORGER, "x"));

        String written = json.writeValueAsString(eksempel);

        assertThat(written).isEqualTo("{\"sagId\":\"3f2c8a1e-5b7d-4c9e-8f01-23456789abcd\","
                + "\"borgerId\":\"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\","
                + "\"virkning\":\"2026-03-01\",\"registreret\":\"2026-03-01T08:15:30Z\","
                + "\"sager\":[\"3f2c8a1e-5b7d-4c9e-8f01-23456789abcd\"],"
                + "\"farver\":[\"ROED\",\"BLAA\"],"
                + "\"noter\":{\"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\":\"x\"}}");
        assertThat(json.readValue(written, Eksempel.class)).isEqualTo(eksempel);
    }

    @Test
    void writesSetsInTheSameOrderWhateverTheirIterationOrder() throws Exception {
        String a = json.writeValueAsString(Set.of(Farve.GROEN, Farve.BLAA, Farve.ROED));
        String b = json.writeValueAsString(new java.util.LinkedHashSet<>(List.of(Farve.BLAA, Farve.ROED, Farve.GROEN)));
        String ids = json.writeValueAsString(Set.of(SAG, SagId.of("00000000-0000-4000-8000-000000000000")));

        assertThat(a).isEqualTo(b).isEqualTo("[\"ROED\",\"GROEN\",\"BLAA\"]");
        assertThat(ids).isEqualTo("[\"00000000-0000-4000-8000-000000000000\",\"3f2c8a1e-5b7d-4c9e-8f01-23456789abcd\"]");
    }

    @Test
    void ignoresPropertiesItDoesNotKnowForForwardCompatibility() throws Exception {
        MedUkendt laest = json.readValue("{\"sagId\":\"" + SAG + "\",\"tilfoejetSenere\":42}", MedUkendt.class);

        assertThat(laest).isEqualTo(new MedUkendt(SAG));
    }

    @Test
    void refusesAnIdThatIsNotAUuid() {
        assertThatThrownBy(() -> json.readValue("{\"sagId\":\"nope\"}", MedUkendt.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("not a UUID");
    }

    @Test
    void readsNullIdsAsNull() throws Exception {
        assertThat(json.readValue("{\"sagId\":null}", MedUkendt.class)).isEqualTo(new MedUkendt(null));
    }

    @Test
    void givesEveryCallItsOwnMapper() {
        assertThat(EventJson.objectMapper()).isNotSameAs(EventJson.objectMapper());
    }
}
