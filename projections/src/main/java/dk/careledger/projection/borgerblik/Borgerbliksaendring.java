package dk.careledger.projection.borgerblik;

import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.Inputgraenser;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import dk.careledger.projection.borgerblik.laesning.Titelkilde;

/**
 * A new row of Borgerblikket configuration, validated: from {@code gyldigFra}, the kommune's sager under
 * {@code klePraefiks} ({@code ""} = all, {@code 27}, {@code 27.36} or {@code 27.36.04}) are shown so.
 *
 * <p>Every row is a complete setting, so {@code titelKilde}, {@code dokumenttitler}, {@code niveau2} and
 * {@code skjulForBorger} must be given: a field left out never silently falls back to a default (a row meant to turn
 * niveau 2 on must not un-hide sager by omission). Only {@code klePraefiks} (all emner), {@code fradato} (no limit) and
 * {@code visAeldreAktive} (false) may be left out.
 */
public record Borgerbliksaendring(String kommune, String klePraefiks, LocalDate gyldigFra, Titelkilde titelKilde, boolean dokumenttitler,
        LocalDate fradato, boolean visAeldreAktive, boolean niveau2, boolean skjulForBorger) {

    /** The JSON fields of a new row. */
    public static final Set<String> FELTER = Set.of("kommune", "klePraefiks", "gyldigFra", "titelKilde", "dokumenttitler", "fradato",
            "visAeldreAktive", "niveau2", "skjulForBorger");

    private static final Pattern CVR = Pattern.compile("\\d{8}");
    private static final Pattern PRAEFIKS = Pattern.compile("(\\d{2}(\\.\\d{2}(\\.\\d{2})?)?)?");

    /**
     * Validates a JSON object's fields. A refusal names the field: {@code UKENDT_FELT} for a field that is not one of
     * {@link #FELTER} (a misspelt {@code skjulForBorger} must not pass unnoticed), {@code FELT_PAAKRAEVET} when a
     * required field is missing or null, {@code UGYLDIG_VAERDI} for a value of the wrong type or form — the codes the
     * command endpoints use for a request body.
     */
    public static Borgerbliksaendring fra(Map<String, ?> felter) {
        for (String felt : felter.keySet()) {
            if (!FELTER.contains(felt)) {
                throw Afvisning.ugyldig("UKENDT_FELT", felt, "Ukendt felt '" + felt + "'; felterne er " + FELTER.stream().sorted().toList());
            }
        }
        String kommune = tekst(felter, "kommune", true);
        if (!CVR.matcher(kommune).matches()) {
            throw ugyldig("kommune", "kommune er et CVR-nummer på otte cifre, fik '" + kommune + "'");
        }
        String praefiks = tekst(felter, "klePraefiks", false);
        praefiks = praefiks == null ? "" : praefiks.trim();
        if (!PRAEFIKS.matcher(praefiks).matches()) {
            throw ugyldig("klePraefiks", "klePraefiks er tom (alle) eller en KLE-hovedgruppe, -gruppe eller -emne (27, 27.36, 27.36.04), fik '"
                    + praefiks + "'");
        }
        LocalDate gyldigFra = dato(felter, "gyldigFra", true);
        String kilde = tekst(felter, "titelKilde", true);
        Titelkilde titelKilde;
        try {
            titelKilde = Titelkilde.valueOf(kilde.trim());
        } catch (IllegalArgumentException e) {
            throw ugyldig("titelKilde", "titelKilde er en af " + Arrays.toString(Titelkilde.values()) + ", fik '" + kilde + "'");
        }
        return new Borgerbliksaendring(kommune, praefiks, gyldigFra, titelKilde, sandhed(felter, "dokumenttitler", true),
                dato(felter, "fradato", false), sandhed(felter, "visAeldreAktive", false), sandhed(felter, "niveau2", true),
                sandhed(felter, "skjulForBorger", true));
    }

    private static String tekst(Map<String, ?> felter, String felt, boolean paakraevet) {
        Object v = felter.get(felt);
        if (v != null && !(v instanceof String)) {
            throw ugyldig(felt, felt + " skal være en tekst, fik " + v);
        }
        String s = Inputgraenser.tekst((String) v, felt);
        if (paakraevet && (s == null || s.isBlank())) {
            throw Afvisning.ugyldig("FELT_PAAKRAEVET", felt, "Feltet '" + felt + "' skal udfyldes");
        }
        return s;
    }

    private static LocalDate dato(Map<String, ?> felter, String felt, boolean paakraevet) {
        String s = tekst(felter, felt, paakraevet);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Inputgraenser.dato(LocalDate.parse(s.trim()), felt);
        } catch (DateTimeParseException e) {
            throw ugyldig(felt, felt + " skal være en dato (ÅÅÅÅ-MM-DD), fik '" + s + "'");
        }
    }

    private static boolean sandhed(Map<String, ?> felter, String felt, boolean paakraevet) {
        Object v = felter.get(felt);
        if (v == null) {
            if (paakraevet) {
                throw Afvisning.ugyldig("FELT_PAAKRAEVET", felt, "Feltet '" + felt + "' skal udfyldes (true eller false)");
            }
            return false;
        }
        if (!(v instanceof Boolean b)) {
            throw ugyldig(felt, felt + " skal være true eller false, fik " + v);
        }
        return b;
    }

    private static Afvisning ugyldig(String felt, String besked) {
        return Afvisning.ugyldig("UGYLDIG_VAERDI", felt, besked);
    }
}
