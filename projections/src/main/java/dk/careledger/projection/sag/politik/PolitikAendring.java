package dk.careledger.projection.sag.politik;

import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.Inputgraenser;
import dk.careledger.domain.indstilling.Politik;
import dk.careledger.domain.indstilling.Sagsbegreb;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A proposed change of a kommune's setting: from {@code gyldigFra}, sager under {@code klePraefiks} ({@code ""} = all,
 * {@code 27}, {@code 27.36} or {@code 27.36.04}) use {@code politik} and {@code sagsbegreb}. Either may be null: it then
 * keeps the value in force for that prefix on {@code gyldigFra}. Only reported: the change itself is a command on the
 * kommune's settings ({@code POST /api/politik/aendringer}, ADR 0021).
 */
public record PolitikAendring(String kommune, String klePraefiks, Politik politik, Sagsbegreb sagsbegreb, LocalDate gyldigFra) {

    private static final Pattern CVR = Pattern.compile("\\d{8}");
    private static final Pattern PRAEFIKS = Pattern.compile("(\\d{2}(\\.\\d{2}(\\.\\d{2})?)?)?");

    /** Validates raw input; a refusal names the field (400 PARAMETER_UGYLDIG, or FELT_PAAKRAEVET when missing). */
    public static PolitikAendring fra(String kommune, String klePraefiks, String politik, String sagsbegreb, String gyldigFra) {
        Afvisning.paakraevet(kommune, "kommune");
        if (!CVR.matcher(kommune).matches()) {
            throw Afvisning.ugyldig("PARAMETER_UGYLDIG", "kommune", "kommune skal være et CVR-nummer på otte cifre, fik '" + kommune + "'");
        }
        String praefiks = klePraefiks == null ? "" : klePraefiks.trim();
        if (!PRAEFIKS.matcher(praefiks).matches()) {
            throw Afvisning.ugyldig("PARAMETER_UGYLDIG", "klePraefiks",
                    "klePraefiks er tom (alle) eller en KLE-hovedgruppe, -gruppe eller -emne (27, 27.36, 27.36.04), fik '" + klePraefiks + "'");
        }
        Politik p = politik == null || politik.isBlank() ? null : enumVaerdi(Politik.class, politik, "politik");
        Sagsbegreb s = sagsbegreb == null || sagsbegreb.isBlank() ? null : enumVaerdi(Sagsbegreb.class, sagsbegreb, "sagsbegreb");
        if (p == null && s == null) {
            throw Afvisning.ugyldig("FELT_PAAKRAEVET", "politik", "Angiv politik og/eller sagsbegreb");
        }
        Afvisning.paakraevet(gyldigFra, "gyldigFra");
        LocalDate fra;
        try {
            fra = LocalDate.parse(gyldigFra.trim());
        } catch (DateTimeParseException e) {
            throw Afvisning.ugyldig("PARAMETER_UGYLDIG", "gyldigFra", "gyldigFra skal være en dato (ÅÅÅÅ-MM-DD), fik '" + gyldigFra + "'");
        }
        return new PolitikAendring(kommune, praefiks, p, s, Inputgraenser.dato(fra, "gyldigFra"));
    }

    static <E extends Enum<E>> E enumVaerdi(Class<E> type, String vaerdi, String felt) {
        try {
            return Enum.valueOf(type, vaerdi.trim());
        } catch (IllegalArgumentException e) {
            throw Afvisning.ugyldig("PARAMETER_UGYLDIG", felt,
                    felt + " skal være en af " + Arrays.toString(type.getEnumConstants()) + ", fik '" + vaerdi + "'");
        }
    }
}
