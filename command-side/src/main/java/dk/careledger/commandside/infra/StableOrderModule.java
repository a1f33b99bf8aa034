package dk.careledger.commandside.infra;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.function.Function;

/**
 * Writes unordered sets and maps in a stable order, so the same event always becomes the same bytes and golden JSON
 * files do not flap between JVM runs ({@code Set.of}, {@code Map.of} and hash-based collections iterate differently
 * in every JVM). Elements and keys are ordered naturally when {@link Comparable} (enums by declaration, strings,
 * numbers, dates), otherwise by {@code toString()} (typed ids: the UUID). Lists keep their order; reading is
 * unaffected.
 */
final class StableOrderModule extends SimpleModule {

    private static final Comparator<Object> ORDER = StableOrderModule::compare;

    StableOrderModule() {
        super("careledger-stable-order");
        setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public JsonSerializer<?> modifyCollectionSerializer(SerializationConfig config, CollectionType valueType,
                                                                BeanDescription beanDesc, JsonSerializer<?> serializer) {
                Class<?> raw = valueType.getRawClass();
                if (Set.class.isAssignableFrom(raw) && !SortedSet.class.isAssignableFrom(raw)) {
                    return new Reordering<Collection<?>>(Collection.class, serializer, StableOrderModule::sortedSet);
                }
                return serializer;
            }

            @Override
            public JsonSerializer<?> modifyMapSerializer(SerializationConfig config, MapType valueType,
                                                         BeanDescription beanDesc, JsonSerializer<?> serializer) {
                if (!SortedMap.class.isAssignableFrom(valueType.getRawClass())) {
                    return new Reordering<Map<?, ?>>(Map.class, serializer, StableOrderModule::sortedMap);
                }
                return serializer;
            }
        });
    }

    private static List<Object> sortedSet(Collection<?> value) {
        List<Object> list = new ArrayList<>(value);
        list.sort(ORDER);
        return list;
    }

    private static Map<Object, Object> sortedMap(Map<?, ?> value) {
        List<Map.Entry<?, ?>> entries = new ArrayList<>(value.entrySet());
        entries.sort((a, b) -> ORDER.compare(a.getKey(), b.getKey()));
        Map<Object, Object> sorted = new LinkedHashMap<>();
        entries.forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof Comparable && a.getClass() == b.getClass()) {
            return ((Comparable) a).compareTo(b);
        }
        return a.toString().compareTo(b.toString());
    }

    /** Hands the container, reordered, to the serializer Jackson chose for it. */
    private static final class Reordering<T> extends StdSerializer<T> implements ContextualSerializer {
        private final JsonSerializer<Object> delegate;
        private final Function<T, Object> reorder;

        @SuppressWarnings("unchecked")
        Reordering(Class<?> type, JsonSerializer<?> delegate, Function<T, ?> reorder) {
            super((Class<T>) type, false);
            this.delegate = (JsonSerializer<Object>) delegate;
            this.reorder = (Function<T, Object>) reorder;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            delegate.serialize(reorder.apply(value), gen, provider);
        }

        @Override
        public void serializeWithType(T value, JsonGenerator gen, SerializerProvider provider, TypeSerializer typeSer)
                throws IOException {
            delegate.serializeWithType(reorder.apply(value), gen, provider, typeSer);
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, T value) {
            return delegate.isEmpty(provider, value);
        }

        @Override
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
                throws JsonMappingException {
            JsonSerializer<?> contextual = provider.handlePrimaryContextualization(delegate, property);
            return contextual == delegate ? this : new Reordering<T>(handledType(), contextual, reorder);
        }
    }
}
