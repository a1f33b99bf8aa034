package dk.careledger.domain.felles;

import java.util.Objects;

/**
 * A command refused by the rules. Carries a stable error code (part of the API contract), the offending
 * field (a JSON path of the request, or null when the refusal concerns the whole command) and a message
 * in Danish. A refused command writes nothing.
 */
public final class Afvisning extends RuntimeException {
    private final Afvisningsart art;
    private final String fejlkode;
    private final String felt;

    public Afvisning(Afvisningsart art, String fejlkode, String felt, String besked) {
        super(besked);
        this.art = Objects.requireNonNull(art, "art");
        this.fejlkode = Objects.requireNonNull(fejlkode, "fejlkode");
        this.felt = felt;
    }

    public static Afvisning ugyldig(String fejlkode, String felt, String besked) {
        return new Afvisning(Afvisningsart.UGYLDIG, fejlkode, felt, besked);
    }

    public static Afvisning ikkeFundet(String fejlkode, String felt, String besked) {
        return new Afvisning(Afvisningsart.IKKE_FUNDET, fejlkode, felt, besked);
    }

    public static Afvisning konflikt(String fejlkode, String felt, String besked) {
        return new Afvisning(Afvisningsart.KONFLIKT, fejlkode, felt, besked);
    }

    /** The caller has no right to do this (403, ADR 0019). */
    public static Afvisning naegtet(String fejlkode, String felt, String besked) {
        return new Afvisning(Afvisningsart.NAEGTET, fejlkode, felt, besked);
    }

    public static Afvisning regel(String fejlkode, String felt, String besked) {
        return new Afvisning(Afvisningsart.REGEL, fejlkode, felt, besked);
    }

    /** Fails with {@link Afvisningsart#UGYLDIG} and code {@code FELT_PAAKRAEVET} when the value is null or blank. */
    public static <T> T paakraevet(T value, String felt) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw ugyldig("FELT_PAAKRAEVET", felt, "Feltet '" + felt + "' skal udfyldes");
        }
        return value;
    }

    /** Fails with {@link Afvisningsart#UGYLDIG} and code {@code FELT_FOR_LANGT} when the text is longer than {@code maks}. */
    public static String hoejst(String value, int maks, String felt) {
        if (value != null && value.length() > maks) {
            throw ugyldig("FELT_FOR_LANGT", felt, "Feltet '" + felt + "' må højst være " + maks + " tegn");
        }
        return value;
    }

    public Afvisningsart art() {
        return art;
    }

    public String fejlkode() {
        return fejlkode;
    }

    public String felt() {
        return felt;
    }

    public String besked() {
        return getMessage();
    }
}
