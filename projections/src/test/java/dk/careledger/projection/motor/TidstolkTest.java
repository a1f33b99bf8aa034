package dk.careledger.projection.motor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;

/** The fast instant and date readers give exactly what the standard parsers give, and leave every other form to them. */
class TidstolkTest {

    @Test
    void anInstantWrittenByIsoInstantOrByAxonReadsBackAsTheSameInstant() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) {
            int nano = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(1_000_000_000);
            Instant t = Instant.ofEpochSecond(rnd.nextLong(-62_000_000_000L, 253_000_000_000L), nano);
            String iso = DateTimeFormatter.ISO_INSTANT.format(t);
            String axon = DateTimeUtils.formatInstant(t);
            assertThat(Tidstolk.iso(iso)).as(iso).isEqualTo(Instant.parse(iso));
            assertThat(Tidstolk.iso(axon)).as(axon).isEqualTo(DateTimeUtils.parseInstant(axon));
        }
    }

    @Test
    void formsOtherThanStrictUtcAreLeftToTheStandardParsers() {
        for (String s : List.of("2026-03-01T10:00:00+01:00", "2026-03-01T10:00:00.Z", "2026-03-01T10:00:00.1234567890Z", "2026-02-30T10:00:00Z",
                "2026-03-01T24:00:00Z", "2016-12-31T23:59:60Z", "+12026-03-01T10:00:00Z", "2026-03-01 10:00:00Z", "1700000000", "2026-3-01T10:00:00Z")) {
            assertThat(Tidstolk.iso(s)).as(s).isNull();
        }
    }

    @Test
    void aPlainIsoDateReadsAsTheSameDateAndEveryOtherFormIsLeftToTheStandardParser() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            LocalDate d = LocalDate.ofEpochDay(rnd.nextLong(-700_000, 2_900_000));
            assertThat(Tidstolk.dato(d.toString())).as(d.toString()).isEqualTo(LocalDate.parse(d.toString()));
        }
        for (String s : List.of("+12024-03-01", "2024-02-30", "2024-3-01", "20240301", "2024-03-01T00:00", "2024-13-01")) {
            assertThat(Tidstolk.dato(s)).as(s).isNull();
        }
    }

    @Test
    void theJacksonModuleReadsDatesAsJsr310DoesWhateverTheirForm() throws Exception {
        ObjectMapper standard = JsonMapper.builder().addModule(new JavaTimeModule()).build();
        ObjectMapper hurtig = standard.copy().registerModule(Tidstolk.jacksonModul());
        for (String json : List.of("\"2026-03-01\"", "\"0001-01-01\"", "[2026,3,1]", "\"+12026-03-01\"", "null")) {
            record Boks(LocalDate d) {
            }
            String dok = "{\"d\":" + json + "}";
            assertThat(hurtig.readValue(dok, Boks.class)).as(dok).isEqualTo(standard.readValue(dok, Boks.class));
        }
    }

    @Test
    void theJacksonModuleReadsInstantsAsJsr310DoesWhateverTheirForm() throws Exception {
        ObjectMapper standard = JsonMapper.builder().addModule(new JavaTimeModule()).build();
        ObjectMapper hurtig = standard.copy().registerModule(Tidstolk.jacksonModul());
        for (String json : List.of("\"2026-03-01T10:00:00Z\"", "\"2026-03-01T10:00:00.120Z\"", "\"2026-03-01T10:00:00.000123456Z\"",
                "\"2026-03-01T10:00:00+01:00\"", "1700000000", "1700000000.5", "null")) {
            record Boks(Instant t) {
            }
            String dok = "{\"t\":" + json + "}";
            assertThat(hurtig.readValue(dok, Boks.class)).as(dok).isEqualTo(standard.readValue(dok, Boks.class));
        }
    }
}
