package dk.careledger.indeksfeed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.careledger.projection.motor.Tidstolk;

/**
 * The feeds' stored JSON (delivered registrations in {@code leverance.indhold}, working state): one mapper for all of
 * them, dates ISO-8601, unknown fields ignored so an older reader survives a newer field. One instance per type, with
 * its reader and writer made once.
 */
public final class Feedjson<T> {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule()).registerModule(Tidstolk.jacksonModul())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final ObjectWriter skriv;
    private final ObjectReader laes;
    private final String hvad;

    private Feedjson(Class<T> type, String hvad) {
        this.skriv = JSON.writerFor(type);
        this.laes = JSON.readerFor(type);
        this.hvad = hvad;
    }

    /** The codec of {@code type}; {@code hvad} names it in error messages. */
    public static <T> Feedjson<T> af(Class<T> type, String hvad) {
        return new Feedjson<>(type, hvad);
    }

    public String json(T vaerdi) {
        try {
            return skriv.writeValueAsString(vaerdi);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(hvad + " kunne ikke skrives som JSON", e);
        }
    }

    public T fraJson(String json) {
        try {
            return laes.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("En gemt " + hvad + " kunne ikke læses", e);
        }
    }
}
