package dk.careledger.commandside.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.Id;
import dk.careledger.domain.felles.Inputgraenser;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The edge of the command API in the JSON reader: every text, date, time and id in a request body is held to
 * {@link Inputgraenser} while it is read, so a value no fact may hold is a 400 naming its field (as a JSON path, e.g.
 * {@code omfang.enhed} or {@code henvendelser[1]}) before any rule runs, and nothing is written.
 *
 * <p>Dates and times must be ISO-8601 text ({@code 2026-03-20}, {@code 2026-03-20T08:15:00Z} or with an offset such as
 * {@code +01:00}); a number is refused rather than read as days or seconds since 1970, which is what turned
 * {@code 1767225600} into a date in the year 4,838,000.
 */
final class Kantvalidering extends SimpleModule {

    Kantvalidering() {
        super("careledger-kantvalidering");
        addDeserializer(String.class, new Tekst());
        addDeserializer(LocalDate.class, new Tidsvaerdi<>(LocalDate.class, "en dato (ÅÅÅÅ-MM-DD)", LocalDate::parse, Inputgraenser::dato));
        addDeserializer(Instant.class, new Tidsvaerdi<>(Instant.class, "et tidspunkt (ÅÅÅÅ-MM-DDTtt:mm:ssZ eller med forskydning, fx "
                + "2026-03-20T08:15:00+01:00)", t -> OffsetDateTime.parse(t).toInstant(), Inputgraenser::tidspunkt));
        setDeserializerModifier(new IkkeNil());
    }

    /** The JSON path of the value being read, as the refusals name fields: {@code a.b[2].c}; null at the top. */
    static String sti(JsonParser p) {
        StringBuilder sti = new StringBuilder();
        JsonStreamContext start = p.getParsingContext();
        if (start != null && (p.currentToken() == JsonToken.START_ARRAY || p.currentToken() == JsonToken.START_OBJECT)) {
            start = start.getParent(); // the value is the array or object itself, not its first element
        }
        for (JsonStreamContext c = start; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                sti.insert(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                sti.insert(0, (sti.length() > 0 && sti.charAt(0) != '[' ? "." : "")).insert(0, c.getCurrentName());
            }
        }
        return sti.length() == 0 ? null : sti.toString();
    }

    private static final class Tekst extends StdScalarDeserializer<String> {
        Tekst() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return Inputgraenser.tekst(StringDeserializer.instance.deserialize(p, ctxt), sti(p));
        }
    }

    /**
     * A date or a time: ISO-8601 text only (a number is refused, not read as days or seconds since 1970), parsed, then
     * held to its range. {@code forventet} says in Danish what the field takes.
     */
    private static final class Tidsvaerdi<T> extends StdScalarDeserializer<T> {
        private final String forventet;
        private final Function<String, T> fortolk;
        private final BiFunction<T, String, T> inden;

        Tidsvaerdi(Class<T> type, String forventet, Function<String, T> fortolk, BiFunction<T, String, T> inden) {
            super(type);
            this.forventet = forventet;
            this.fortolk = fortolk;
            this.inden = inden;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String felt = sti(p);
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw Afvisning.ugyldig("UGYLDIG_VAERDI", felt, "Feltet '" + felt + "' skal være " + forventet + " skrevet som tekst");
            }
            String tekst = p.getText().strip(); // strip, not trim: trim would also cut a trailing NUL and accept it
            T vaerdi;
            try {
                vaerdi = fortolk.apply(tekst);
            } catch (DateTimeParseException e) {
                throw Afvisning.ugyldig("UGYLDIG_VAERDI", felt, "Feltet '" + felt + "' skal være " + forventet + ", fik '" + tekst + "'");
            }
            return inden.apply(vaerdi, felt);
        }
    }

    /** Wraps the readers of typed ids and UUIDs: a client never chooses (or names) the nil UUID. */
    private static final class IkkeNil extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
            Class<?> type = beanDesc.getBeanClass();
            if (type == UUID.class || Id.class.isAssignableFrom(type)) {
                return new IkkeNilLaeser(deserializer);
            }
            return deserializer;
        }
    }

    private static final class IkkeNilLaeser extends DelegatingDeserializer {
        IkkeNilLaeser(JsonDeserializer<?> indre) {
            super(indre);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> indre) {
            return new IkkeNilLaeser(indre);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String felt = sti(p);
            Object v = super.deserialize(p, ctxt);
            Inputgraenser.id(v instanceof Id id ? id.value() : (UUID) v, felt);
            return v;
        }
    }
}
