package dk.careledger.projection.feed.sagsindeks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The stored form of a {@link Sagsregistrering} ({@code leverance.indhold}): JSON, dates ISO-8601. */
public final class Sagsregistreringer {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ObjectWriter SKRIV = JSON.writerFor(Sagsregistrering.class);
    private static final ObjectReader LAES = JSON.readerFor(Sagsregistrering.class);

    private Sagsregistreringer() {
    }

    public static String json(Sagsregistrering r) {
        try {
            return SKRIV.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Sagsregistreringen kunne ikke skrives som JSON", e);
        }
    }

    public static Sagsregistrering fraJson(String json) {
        try {
            return LAES.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("En gemt sagsregistrering kunne ikke læses", e);
        }
    }
}
