package dk.careledger.commandside.api;

import com.fasterxml.jackson.core.JsonProcessingException;
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
 * Turns Jackson's complaints about a request body into field errors that name the field and say, in Danish, what the
 * field takes — for an enum every value it takes, for a date or time the format — and never a Java type name.
 */
final class JsonFejl {
    private JsonFejl() {
    }

    /**
     * The field errors behind {@code e}: those a refusal already carries, or one made from Jackson's exception.
     * {@code felt} is the field being read when the exception's own path is empty (a value read on its own).
     */
    static List<Feltfejl> feltfejl(Throwable e, String felt) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Afvisning a) {
                return Feltfejl.alle(a);
            }
            if (t instanceof JsonMappingException || t instanceof StreamReadException) {
                return List.of(fraJackson(t, felt));
            }
        }
        return List.of(Feltfejl.af(felt, "UGYLDIG_VAERDI", felt == null ? "Kroppen kan ikke læses" : "Ugyldig værdi for feltet '" + felt + "'"));
    }

    private static Feltfejl fraJackson(Throwable t, String fallback) {
        if (t instanceof UnrecognizedPropertyException u) {
            List<String> navne = u.getKnownPropertyIds() == null ? List.of() : u.getKnownPropertyIds().stream().map(String::valueOf).toList();
            return ukendtFelt(sti(u, fallback), u.getPropertyName(), navne);
        }
        if (t instanceof InvalidFormatException f) {
            String felt = sti(f, fallback);
            return forkertVaerdi(felt, "Ugyldig værdi '" + f.getValue() + "' for feltet '" + felt + "'", f.getTargetType(), String.valueOf(f.getValue()));
        }
        if (t instanceof DatabindException d) {
            String felt = sti((JsonMappingException) d, fallback);
            Class<?> maal = d instanceof MismatchedInputException m ? m.getTargetType() : null;
            return forkertVaerdi(felt, "Ugyldig værdi for feltet '" + felt + "'", maal, null);
        }
        if (t instanceof InputCoercionException c) {
            String felt = c.getProcessor() == null ? fallback : Kantvalidering.sti(c.getProcessor());
            return Feltfejl.af(felt, "UGYLDIG_VAERDI", "Tallet i feltet '" + felt + "' er for stort eller for lille" + forventet(c.getTargetType()));
        }
        return Feltfejl.af(null, "UGYLDIG_JSON", "Kroppen er ikke gyldig JSON: " + ((JsonProcessingException) t).getOriginalMessage());
    }

    /** An unknown field, with the known names and the one probably meant. */
    static Feltfejl ukendtFelt(String sti, String navn, List<String> kendte) {
        String kendteTekst = kendte.isEmpty() ? "" : "; kendte felter: " + new TreeSet<>(kendte);
        String forslag = Forslag.naermeste(navn, kendte);
        return new Feltfejl(sti, "UKENDT_FELT", "Ukendt felt '" + navn + "'" + Forslag.menteDu(navn, kendte) + kendteTekst, null, null,
                forslag == null ? null : erstatSidste(sti, forslag));
    }

    /** The path with its last name replaced: {@code omfang.minuter} → {@code omfang.minutter}. */
    private static String erstatSidste(String sti, String navn) {
        int i = sti == null ? -1 : sti.lastIndexOf('.');
        return i < 0 ? navn : sti.substring(0, i + 1) + navn;
    }

    /** A value the field does not take: an enum's values listed (and the one probably meant), or what the field takes. */
    private static Feltfejl forkertVaerdi(String felt, String start, Class<?> type, String givet) {
        List<String> tilladte = tilladte(type);
        if (tilladte != null) {
            String forslag = givet == null ? null : Forslag.naermeste(givet, tilladte);
            return new Feltfejl(felt, "UGYLDIG_VAERDI", start + "; tilladte værdier: " + String.join(", ", tilladte)
                    + (forslag == null ? "" : "; mente du '" + forslag + "'?"), tilladte, null, forslag);
        }
        return new Feltfejl(felt, "UGYLDIG_VAERDI", start + forventet(type), null, format(type), null);
    }

    /** Every value an enum field takes, or null for any other type. */
    static List<String> tilladte(Class<?> type) {
        return type != null && type.isEnum() ? Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList() : null;
    }

    /** The written format of a date or a time field, or null for any other type. */
    static String format(Class<?> type) {
        if (type == LocalDate.class) {
            return Kantvalidering.DATOFORMAT;
        }
        return type == Instant.class ? Kantvalidering.TIDSPUNKTFORMAT : null;
    }

    /** What a field of this type takes, in the caller's words: "; forventet: en dato (ÅÅÅÅ-MM-DD)". */
    static String forventet(Class<?> type) {
        if (type == null) {
            return "";
        }
        String hvad;
        if (type.isEnum()) {
            hvad = "en af " + String.join(", ", tilladte(type));
        } else if (type == String.class || type == char.class || type == Character.class) {
            hvad = "tekst";
        } else if (type == LocalDate.class) {
            hvad = "en dato (" + Kantvalidering.DATOFORMAT + ")";
        } else if (type == Instant.class) {
            hvad = "et tidspunkt (" + Kantvalidering.TIDSPUNKTFORMAT + ")";
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

    private static String sti(JsonMappingException e, String fallback) {
        String sti = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return sti.isEmpty() ? fallback : sti;
    }
}
