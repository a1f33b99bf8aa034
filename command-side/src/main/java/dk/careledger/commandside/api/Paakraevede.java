package dk.careledger.commandside.api;

import com.fasterxml.jackson.databind.JsonNode;
import dk.careledger.domain.felles.Paakraevet;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What a request body lacks or has too much of, read from the command's record itself: every field marked
 * {@link Paakraevet} that the body leaves out (absent, null or blank), and every field of an object the command does
 * not have — also inside an object whose own reading failed, where Jackson would not get as far as naming them.
 */
final class Paakraevede {
    private static final ClassValue<List<RecordComponent>> FELTER = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            return type.isRecord() ? List.of(type.getRecordComponents()) : List.of();
        }
    };

    private Paakraevede() {
    }

    /** Notes in {@code fejl} what {@code node} lacks or has unknown for {@code type}, and so for the objects in it. */
    static void kontroller(Class<?> type, JsonNode node, String praefiks, List<Feltfejl> fejl) {
        List<RecordComponent> felter = FELTER.get(type);
        if (node == null || !node.isObject() || felter.isEmpty()) {
            return;
        }
        List<String> navne = felter.stream().map(RecordComponent::getName).toList();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            String navn = it.next().getKey();
            if (!navne.contains(navn)) {
                Feltfejl.tilfoej(fejl, JsonFejl.ukendtFelt(praefiks + navn, navn, navne));
            }
        }
        for (RecordComponent c : felter) {
            JsonNode v = node.get(c.getName());
            String sti = praefiks + c.getName();
            Class<?> t = c.getType();
            if (c.isAnnotationPresent(Paakraevet.class) && (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank()))) {
                Feltfejl.tilfoej(fejl, new Feltfejl(sti, "FELT_PAAKRAEVET", "Feltet '" + sti + "' skal udfyldes" + JsonFejl.forventet(t),
                        JsonFejl.tilladte(t), JsonFejl.format(t), null));
            } else if (v != null && v.isObject() && t.isRecord()) {
                kontroller(t, v, sti + ".", fejl);
            } else if (v != null && v.isArray() && Collection.class.isAssignableFrom(t) && c.getGenericType() instanceof ParameterizedType pt
                    && pt.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
                for (int i = 0; i < v.size(); i++) {
                    kontroller(element, v.get(i), sti + "[" + i + "].", fejl);
                }
            }
        }
    }
}
