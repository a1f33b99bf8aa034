package dk.careledger.commandside.infra;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON shape of everything the ledger stores: events, snapshots, tracking tokens and saga state (Jackson 2,
 * which Axon 4 serializes with; Spring MVC's Jackson 3 mapper is a separate thing). The Spring bean
 * {@code eventObjectMapper} is built here, so plain unit tests (golden JSON files) get exactly the mapper the event
 * store uses, without Spring.
 *
 * <ul>
 *   <li>Typed ids ({@link dk.careledger.domain.felles.Id}) are their raw UUID string, see {@link IdModule}.</li>
 *   <li>{@code java.time} values are ISO-8601 strings ({@code "2026-03-01"}, {@code "2026-03-01T08:15:00Z"}),
 *       never epoch numbers.</li>
 *   <li>Unknown properties are ignored when reading. This is deliberate forward compatibility: an event written by
 *       a newer version (a field added under a bumped revision) can still be read by an older node during a rolling
 *       deploy, and a removed field in an old event does not break replay. Field <em>changes</em> still need a new
 *       {@code @Revision} and an upcaster (ADR 0005); the golden JSON tests catch a silent change.</li>
 *   <li>Sets and maps are written in a stable order ({@link StableOrderModule}), so the same event always yields
 *       the same bytes ({@code Set.of}, {@code Map.of} iterate differently in every JVM).</li>
 * </ul>
 *
 * Every call returns a new, independent mapper.
 */
public final class EventJson {

    private EventJson() {
    }

    public static ObjectMapper objectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new IdModule())
                .addModule(CvrModule.lempelig())
                .addModule(new StableOrderModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
                .build();
    }
}
