package dk.careledger.projection.fakta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stored shape of every kind of fact: written, it is exactly its golden JSON ({@code src/test/resources/fakta/<kind>.json}),
 * so the shape cannot change without a visible change to a golden file (and a rebuild, see migration V160); read back,
 * also in the form PostgreSQL's {@code jsonb} returns it, it is the fact that was written.
 */
class FaktajsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Faktum> eksempler() {
        return Faktaeksempler.alle();
    }

    @Test
    void theExamplesHoldOneFactOfEveryKindThereIs() {
        List<String> arter = Arrays.stream(Faktum.class.getPermittedSubclasses()).map(Class::getSimpleName).sorted().toList();

        assertThat(eksempler().stream().map(Faktum::art).sorted().toList()).isEqualTo(arter).hasSize(25);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("eksempler")
    void givenAFactOfEachKindWhenWrittenThenItIsExactlyItsGoldenJson(Faktum f) throws IOException {
        assertThat(Faktajson.skriv(f)).isEqualTo(golden(f.art()));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("eksempler")
    void givenTheGoldenJsonOfEachKindWhenReadWithTheHeaderThenItIsTheFactThatWasWritten(Faktum f) throws IOException {
        assertThat(Faktajson.laes(f.art(), f.hoved(), golden(f.art()))).isEqualTo(f);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("eksempler")
    void givenTheJsonAsJsonbReturnsItWithItsOwnKeyOrderAndSpacingWhenReadThenItIsTheSameFact(Faktum f) throws IOException {
        String jsonb = somJsonb(Faktajson.skriv(f));

        assertThat(Faktajson.laes(f.art(), f.hoved(), jsonb)).isEqualTo(f);
    }

    @Test
    void givenAFreeTextWithQuotesBackslashesAndDanishLettersWhenWrittenThenAnyJsonReaderReadsTheSameText() throws IOException {
        Faktum.SagOprettet f = (Faktum.SagOprettet) eksempler().get(0);

        Map<String, Object> felter = JSON.readValue(Faktajson.skriv(f), new TypeReference<>() { });

        assertThat(felter.get("ansvarligEnhed")).isEqualTo("Visitation \"Øst\" \\ hjemmepleje").isEqualTo(f.ansvarligEnhed());
    }

    @Test
    void givenStringsWithUnicodeEscapesAsJsonbMayWriteThemWhenReadThenTheEscapesAreDecoded() {
        Faktahoved h = Faktaeksempler.hoved(2, Faktaeksempler.SAG);

        Faktum f = Faktajson.laes("SagsbehandlerTildelt", h, "{\"fra\": \"2026-03-02\", \"sagsbehandler\": \"sb\\u002d0002\\t\\\"x\\\"\"}");

        assertThat(f).isEqualTo(new Faktum.SagsbehandlerTildelt(h, "sb-0002\t\"x\"", Faktaeksempler.dag(2)));
    }

    @Test
    void givenABevillingWithoutSagWhenWrittenThenItsAbsentIdsAreLeftOutAndReadBackAsNull() {
        Faktum.BevillingGivet f = new Faktum.BevillingGivet(Faktaeksempler.hoved(30, Faktaeksempler.BEVILLING), Faktaeksempler.BORGER,
                null, null, "SUL-138", "29.18.00", Faktaeksempler.dag(5), Faktaeksempler.dag(6));

        String json = Faktajson.skriv(f);

        assertThat(json).isEqualTo("{\"borgerId\":\"00000000-0000-0000-0000-0000000000b0\",\"indsatsKode\":\"SUL-138\","
                + "\"kleNummer\":\"29.18.00\",\"bevilgetDato\":\"2026-03-05\",\"startdato\":\"2026-03-06\"}");
        assertThat(Faktajson.laes("BevillingGivet", f.hoved(), json)).isEqualTo(f);
    }

    @Test
    void givenAKindThatIsNoFactWhenReadThenItIsRefused() {
        assertThatThrownBy(() -> Faktajson.laes("SamtykkeRegistreret", Faktaeksempler.hoved(1, Faktaeksempler.SAG), "{}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SamtykkeRegistreret");
    }

    private static String golden(String art) throws IOException {
        try (InputStream in = FaktajsonTest.class.getResourceAsStream("/fakta/" + art + ".json")) {
            assertThat(in).as("golden JSON of %s", art).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    /**
     * The object as PostgreSQL prints a {@code jsonb} value: keys ordered by length, then bytewise, a space after every
     * colon and comma.
     */
    private static String somJsonb(String json) throws IOException {
        Map<String, Object> felter = JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        List<String> noegler = new ArrayList<>(felter.keySet());
        noegler.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        List<String> par = new ArrayList<>();
        for (String n : noegler) {
            par.add(JSON.writeValueAsString(n) + ": " + JSON.writeValueAsString(felter.get(n)));
        }
        return par.stream().collect(Collectors.joining(", ", "{", "}"));
    }
}
