package dk.careledger.commandside.infra;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dk.careledger.domain.felles.Id;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.util.UUID;

/**
 * Writes every {@link Id} implementation ({@code SagId}, {@code BorgerId}, ...) as its raw UUID string and reads it
 * back through the implementation's single {@code (UUID)} constructor, as values and as map keys. Generic: a new id
 * type needs no registration. The event store keeps {@code "sagId":"3f2c..."} rather than {@code {"value":"3f2c..."}},
 * which is the form the KOMBIT indexes and every projection use.
 */
public final class IdModule extends SimpleModule {

    public IdModule() {
        super("careledger-ids");
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addSerializers(new IdSerializers(IdSerializer.VALUE));
        context.addKeySerializers(new IdSerializers(IdSerializer.KEY));
        context.addDeserializers(new IdDeserializers());
        context.addKeyDeserializers(new IdKeyDeserializers());
    }

    private static boolean isConcreteId(Class<?> type) {
        return Id.class.isAssignableFrom(type) && !type.isInterface() && !Modifier.isAbstract(type.getModifiers());
    }

    /** The {@code (UUID)} constructor of an id type, as a method handle {@code UUID -> Id}. */
    private static MethodHandle constructorOf(Class<?> type) {
        try {
            return MethodHandles.publicLookup().findConstructor(type, MethodType.methodType(void.class, UUID.class))
                    .asType(MethodType.methodType(Id.class, UUID.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException(type.getName() + " implements Id but has no public (UUID) constructor", e);
        }
    }

    private static Id create(MethodHandle constructor, UUID value) {
        try {
            return (Id) constructor.invokeExact(value);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class IdSerializers extends Serializers.Base {
        private final IdSerializer serializer;

        IdSerializers(IdSerializer serializer) {
            this.serializer = serializer;
        }

        @Override
        public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
            return Id.class.isAssignableFrom(type.getRawClass()) ? serializer : null;
        }
    }

    private static final class IdSerializer extends StdSerializer<Id> {
        static final IdSerializer VALUE = new IdSerializer(false);
        static final IdSerializer KEY = new IdSerializer(true);

        private final boolean key;

        private IdSerializer(boolean key) {
            super(Id.class);
            this.key = key;
        }

        @Override
        public void serialize(Id id, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (key) {
                gen.writeFieldName(id.value().toString());
            } else {
                gen.writeString(id.value().toString());
            }
        }
    }

    private static final class IdDeserializers extends Deserializers.Base {
        @Override
        public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
            return isConcreteId(type.getRawClass()) ? new IdDeserializer(type.getRawClass()) : null;
        }

        @Override
        public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
            return isConcreteId(valueType);
        }
    }

    private static final class IdDeserializer extends StdScalarDeserializer<Id> {
        private final transient MethodHandle constructor;

        IdDeserializer(Class<?> type) {
            super(type);
            this.constructor = constructorOf(type);
        }

        @Override
        public Id deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Id) ctxt.handleUnexpectedToken(handledType(), p);
            }
            String text = p.getText().trim();
            try {
                return create(constructor, UUID.fromString(text));
            } catch (IllegalArgumentException e) {
                return (Id) ctxt.handleWeirdStringValue(handledType(), text, "not a UUID");
            }
        }
    }

    private static final class IdKeyDeserializers implements KeyDeserializers {
        @Override
        public KeyDeserializer findKeyDeserializer(JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
            if (!isConcreteId(type.getRawClass())) {
                return null;
            }
            MethodHandle constructor = constructorOf(type.getRawClass());
            Class<?> raw = type.getRawClass();
            return new KeyDeserializer() {
                @Override
                public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
                    try {
                        return create(constructor, UUID.fromString(key.trim()));
                    } catch (IllegalArgumentException e) {
                        return ctxt.handleWeirdKey(raw, key, "not a UUID");
                    }
                }
            };
        }
    }
}
