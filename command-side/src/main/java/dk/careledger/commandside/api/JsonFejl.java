package dk.careledger.commandside.api;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dk.careledger.domain.felles.Afvisning;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns Jackson's complaints about a request body into a 400 that names the field and says, in Danish, what the
 * field takes; never a Java type name.
 */
final class JsonFejl {
    private JsonFejl() {
    }

    static Afvisning somAfvisning(Exception e) {
        Throwable t = e;
        while (t != null && !(t instanceof JsonMappingException) && !(t instanceof StreamReadException)) {
            t = t.getCause();
        }
        if (t instanceof UnrecognizedPropertyException u) {
            List<String> navne = u.getKnownPropertyIds() == null ? List.of() : u.getKnownPropertyIds().stream().map(String::valueOf).toList();
            String kendte = navne.isEmpty() ? "" : "; kendte felter: " + new TreeSet<>(navne);
            return Afvisning.ugyldig("UKENDT_FELT", sti(u), "Ukendt felt '" + u.getPropertyName() + "'"
                    + Forslag.menteDu(u.getPropertyName(), navne) + kendte);
        }
        if (t instanceof InvalidFormatException f) {
            return Afvisning.ugyldig("UGYLDIG_VAERDI", sti(f), "Ugyldig værdi '" + f.getValue() + "' for feltet '" + sti(f) + "'"
                    + forventet(f.getTargetType()));
        }
        if (t instanceof DatabindException d) {
            if (d.getCause() instanceof Afvisning afvisning) {
                return afvisning;
            }
            String felt = sti((JsonMappingException) d);
            if (d instanceof MismatchedInputException m && m.getTargetType() != null) {
                return Afvisning.ugyldig("UGYLDIG_VAERDI", felt, "Ugyldig værdi for feltet '" + felt + "'" + forventet(m.getTargetType()));
            }
            return Afvisning.ugyldig("UGYLDIG_VAERDI", felt, "Ugyldig værdi for feltet '" + felt + "'");
        }
        if (t instanceof InputCoercionException c) {
            String felt = c.getProcessor() == null ? null : Kantvalidering.sti(c.getProcessor());
            return Afvisning.ugyldig("UGYLDIG_VAERDI", felt, "Tallet i feltet '" + felt + "' er for stort eller for lille" + forventet(c.getTargetType()));
        }
        if (t instanceof StreamReadException s) {
            return Afvisning.ugyldig("UGYLDIG_JSON", null, "Kroppen er ikke gyldig JSON: " + s.getOriginalMessage());
        }
        return Afvisning.ugyldig("UGYLDIG_VAERDI", null, "Kroppen kan ikke læses");
    }

    /** What a field of this type takes, in the caller's words: "; forventet: en dato (ÅÅÅÅ-MM-DD)". */
    static String forventet(Class<?> type) {
        if (type == null) {
            return "";
        }
        String hvad;
        if (type.isEnum()) {
            hvad = "en af " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
        } else if (type == String.class || type == char.class || type == Character.class) {
            hvad = "tekst";
        } else if (type == LocalDate.class) {
            hvad = "en dato (ÅÅÅÅ-MM-DD)";
        } else if (type == Instant.class) {
            hvad = "et tidspunkt (ÅÅÅÅ-MM-DDTtt:mm:ssZ eller med forskydning, fx +01:00)";
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class || type == short.class
                || type == Short.class) {
            hvad = "et heltal";
        } else if (type == boolean.class || type == Boolean.class) {
            hvad = "true eller false";
        } else if (type == java.util.UUID.class || dk.careledger.domain.felles.Id.class.isAssignableFrom(type)) {
            hvad = "et UUID";
        } else if (type == dk.careledger.domain.felles.Cvr.class) {
            hvad = "et CVR-nummer (otte cifre)";
        } else if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            hvad = "en liste";
        } else if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            hvad = "et tal";
        } else if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
            hvad = "et JSON-objekt";
        } else {
            return "";
        }
        return "; forventet: " + hvad;
    }

    private static String sti(JsonMappingException e) {
        String sti = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return sti.isEmpty() ? null : sti;
    }
}
