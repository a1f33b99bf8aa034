package dk.careledger.commandside.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.ArrayType;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapType;
import com.fasterxml.jackson.databind.util.ClassUtil;
import dk.careledger.domain.felles.Afvisning;
import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * Lets the strict command reader go on after a bad field, so a refusal names every bad field of a request at once
 * (issue 18 item 2): each value's reader is wrapped, and when a read is asked to collect (an attribute on the reader,
 * {@link #samlendeLaeser}), a value it cannot take — a wrong type, a malformed date, an unknown enum value, a value
 * outside the edge's limits ({@link Kantvalidering}) — is noted as a {@link Feltfejl} and skipped, and so is an unknown
 * field. The caller throws the errors when the read is done. Without the attribute the reader fails on the first
 * error, as before.
 */
final class Feltfejlsamler extends SimpleModule {
    private static final Object SAMLING = Feltfejlsamler.class;

    Feltfejlsamler() {
        super("careledger-feltfejlsamler");
        setDeserializerModifier(new Indpakning());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addDeserializationProblemHandler(new UkendteFelter());
    }

    @SuppressWarnings("unchecked")
    private static List<Feltfejl> samling(DeserializationContext ctxt) {
        return (List<Feltfejl>) ctxt.getAttribute(SAMLING);
    }

    /** An unknown field: noted with the known names and the one probably meant, and skipped. */
    private static final class UkendteFelter extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer, Object beanOrClass,
                String navn) throws IOException {
            List<Feltfejl> fejl = samling(ctxt);
            if (fejl == null) {
                return false;
            }
            Collection<Object> kendte = deserializer == null ? List.of() : deserializer.getKnownPropertyNames();
            Feltfejl.tilfoej(fejl, JsonFejl.ukendtFelt(Kantvalidering.sti(p), navn, kendte == null ? List.of() : kendte.stream().map(String::valueOf).toList()));
            p.skipChildren();
            return true;
        }
    }

    private static final class Indpakning extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
            boolean objekt = deserializer instanceof com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
            return new Samlende(deserializer, objekt ? JsonToken.START_OBJECT : null);
        }

        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type, BeanDescription beanDesc,
                JsonDeserializer<?> deserializer) {
            return new Samlende(deserializer, null);
        }

        @Override
        public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type, BeanDescription beanDesc,
                JsonDeserializer<?> deserializer) {
            return new Samlende(deserializer, JsonToken.START_ARRAY);
        }

        @Override
        public JsonDeserializer<?> modifyArrayDeserializer(DeserializationConfig config, ArrayType type, BeanDescription beanDesc,
                JsonDeserializer<?> deserializer) {
            return new Samlende(deserializer, JsonToken.START_ARRAY);
        }

        @Override
        public JsonDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type, BeanDescription beanDesc,
                JsonDeserializer<?> deserializer) {
            return new Samlende(deserializer, JsonToken.START_OBJECT);
        }
    }

    /**
     * One value's reader. When the read collects and the value is not the object or list this reader takes apart itself
     * (whose fields and elements are collected one by one), a failure is noted and the value skipped: it reads as null,
     * or as the default of a primitive, and the read goes on.
     */
    private static final class Samlende extends DelegatingDeserializer {
        private final JsonToken beholder;

        Samlende(JsonDeserializer<?> indre, JsonToken beholder) {
            super(indre);
            this.beholder = beholder;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> indre) {
            return new Samlende(indre, beholder);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            List<Feltfejl> fejl = samling(ctxt);
            JsonToken start = p.currentToken();
            if (fejl == null || (beholder != null && start == beholder)) {
                return super.deserialize(p, ctxt);
            }
            try {
                return super.deserialize(p, ctxt);
            } catch (Afvisning | JsonProcessingException | IllegalArgumentException e) {
                // a scalar's reader fails on the value's own token, so the parser still names the field
                JsonFejl.feltfejl(e, Kantvalidering.sti(p)).forEach(f -> Feltfejl.tilfoej(fejl, f));
                if (start != null && start.isStructStart() && p.currentToken() == start) {
                    p.skipChildren();
                }
                Class<?> type = handledType();
                return type != null && type.isPrimitive() ? ClassUtil.defaultValue(type) : null;
            }
        }
    }

    /** A reader of {@code type} that notes its errors in {@code fejl} instead of failing on the first. */
    static <T> ObjectReader samlendeLaeser(ObjectMapper json, Class<T> type, List<Feltfejl> fejl) {
        return json.readerFor(type).withAttribute(SAMLING, fejl);
    }
}
