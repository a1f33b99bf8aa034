package dk.careledger.commandside.api;

import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dk.careledger.domain.felles.Afvisning;
import java.util.stream.Collectors;

/** Turns Jackson's complaints about a request body into a 400 that names the field. */
final class JsonFejl {
    private JsonFejl() {
    }

    static Afvisning somAfvisning(Exception e) {
        Throwable t = e;
        while (t != null && !(t instanceof JsonMappingException)) {
            t = t.getCause();
        }
        if (t instanceof UnrecognizedPropertyException u) {
            return Afvisning.ugyldig("UKENDT_FELT", sti(u), "Ukendt felt '" + u.getPropertyName() + "'");
        }
        if (t instanceof InvalidFormatException f) {
            return Afvisning.ugyldig("UGYLDIG_VAERDI", sti(f), "Ugyldig værdi '" + f.getValue() + "' for feltet '" + sti(f) + "'");
        }
        if (t instanceof DatabindException d) {
            Throwable rod = d.getCause();
            if (rod instanceof Afvisning afvisning) {
                return afvisning;
            }
            String besked = rod != null && rod.getMessage() != null ? rod.getMessage() : d.getOriginalMessage();
            return Afvisning.ugyldig("UGYLDIG_VAERDI", sti((JsonMappingException) d), "Ugyldig værdi for feltet '" + sti((JsonMappingException) d) + "': " + besked);
        }
        return Afvisning.ugyldig("UGYLDIG_VAERDI", null, e.getMessage());
    }

    private static String sti(JsonMappingException e) {
        String sti = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return sti.isEmpty() ? null : sti;
    }
}
