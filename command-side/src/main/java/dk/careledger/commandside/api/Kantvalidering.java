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
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** How a date is written in a request. */
    static final String DATOFORMAT = "ÅÅÅÅ-MM-DD";
    /** How a time is written in a request: with Z for UTC or with its offset. */
    static final String TIDSPUNKTFORMAT = "ÅÅÅÅ-MM-DDTtt:mm:ss med Z eller forskydning";
    /** A date written the Danish way (01-12-2026, 1.12.2026, 01/12/2026): the ISO date it probably means is suggested. */
    private static final Pattern DANSK_DATO = Pattern.compile("(\\d{1,2})[-./](\\d{1,2})[-./](\\d{4})");

    Kantvalidering() {
        super("careledger-kantvalidering");
        addDeserializer(String.class, new Tekst());
        addDeserializer(LocalDate.class, new Tidsvaerdi<>(LocalDate.class, "en dato", DATOFORMAT, "2026-03-20", LocalDate::parse,
                Kantvalidering::danskDato, Inputgraenser::dato));
        addDeserializer(Instant.class, new Tidsvaerdi<>(Instant.class, "et tidspunkt", TIDSPUNKTFORMAT, "2026-03-20T08:15:00+01:00",
                t -> OffsetDateTime.parse(t).toInstant(), t -> null, Inputgraenser::tidspunkt));
        setDeserializerModifier(new IkkeNil());
    }

    /** The ISO date a date written the Danish way means ({@code 01-12-2026} → {@code 2026-12-01}), or null. */
    static String danskDato(String tekst) {
        Matcher m = DANSK_DATO.matcher(tekst);
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
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
     * held to its range. A refusal says what the field takes, its format and an example ({@code forventet ÅÅÅÅ-MM-DD, fx
     * 2026-12-01}); a date written the Danish way gets the ISO date it probably means as the example and as "mente du".
     */
    private static final class Tidsvaerdi<T> extends StdScalarDeserializer<T> {
        private final String hvad;
        private final String format;
        private final String eksempel;
        private final Function<String, T> fortolk;
        private final UnaryOperator<String> gaet;
        private final BiFunction<T, String, T> inden;

        Tidsvaerdi(Class<T> type, String hvad, String format, String eksempel, Function<String, T> fortolk, UnaryOperator<String> gaet,
                BiFunction<T, String, T> inden) {
            super(type);
            this.hvad = hvad;
            this.format = format;
            this.eksempel = eksempel;
            this.fortolk = fortolk;
            this.gaet = gaet;
            this.inden = inden;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String felt = sti(p);
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw new Feltfejl(felt, "UGYLDIG_VAERDI", "Feltet '" + felt + "' skal være " + hvad + " skrevet som tekst: forventet " + format
                        + ", fx " + eksempel, null, format, null).afvisning();
            }
            String tekst = p.getText().strip(); // strip, not trim: trim would also cut a trailing NUL and accept it
            T vaerdi;
            try {
                vaerdi = fortolk.apply(tekst);
            } catch (DateTimeParseException e) {
                String ment = gaet.apply(tekst);
                throw new Feltfejl(felt, "UGYLDIG_VAERDI", "Feltet '" + felt + "' skal være " + hvad + ": forventet " + format + ", fx "
                        + (ment == null ? eksempel : ment) + "; fik '" + tekst + "'" + (ment == null ? "" : "; mente du '" + ment + "'?"),
                        null, format, ment).afvisning();
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
