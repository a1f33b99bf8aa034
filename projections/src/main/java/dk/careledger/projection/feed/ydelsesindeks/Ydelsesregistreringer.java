package dk.careledger.projection.feed.ydelsesindeks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The stored form of a {@link Ydelsesregistrering} ({@code leverance.indhold}): JSON with the kind of object in
 * {@code "objekt"} ({@code BEVILLING} or {@code OEKONOMISK_EFFEKTUERING}), dates ISO-8601. It holds no personal values
 * (the citizen is the pseudonymous {@code borgerId}).
 */
public final class Ydelsesregistreringer {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ObjectWriter SKRIV = JSON.writerFor(Ydelsesregistrering.class);
    private static final ObjectReader LAES = JSON.readerFor(Ydelsesregistrering.class);

    private Ydelsesregistreringer() {
    }

    public static String json(Ydelsesregistrering r) {
        try {
            return SKRIV.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Ydelsesregistreringen kunne ikke skrives som JSON", e);
        }
    }

    public static Ydelsesregistrering fraJson(String json) {
        try {
            return LAES.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("En gemt ydelsesregistrering kunne ikke læses", e);
        }
    }
}
