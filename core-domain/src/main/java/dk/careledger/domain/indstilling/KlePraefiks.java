package dk.careledger.domain.indstilling;

import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.katalog.Katalog;
import java.util.regex.Pattern;

/**
 * A KLE prefix a kommune setting applies to: {@code ""} (every emne, where the setting allows it), a hovedgruppe
 * ({@code 27}), a gruppe ({@code 27.36}) or an emne ({@code 27.36.04}). A setting for a prefix covers every emne under it.
 */
public final class KlePraefiks {
    private static final Pattern FORM = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2})?)?");

    private KlePraefiks() {
    }

    /** True when the prefix covers the KLE emne: {@code ''} covers all, {@code 27.36} covers {@code 27.36.04}. */
    public static boolean daekker(String praefiks, String kle) {
        return praefiks.isEmpty() || kle.equals(praefiks) || kle.startsWith(praefiks + ".");
    }

    /**
     * True when {@code praefiks} is a KLE hovedgruppe, gruppe or emne with at least one emne in the shipped catalogue
     * (the catalogue has no listing, so a gruppe is known when one of its hundred possible emner is).
     */
    public static boolean kendt(Katalog katalog, String praefiks) {
        if (praefiks == null || !FORM.matcher(praefiks).matches()) {
            return false;
        }
        if (praefiks.length() == 8) {
            return katalog.kleEmne(praefiks).isPresent();
        }
        if (praefiks.length() == 5) {
            return harEmne(katalog, praefiks);
        }
        for (int gruppe = 0; gruppe < 100; gruppe++) {
            if (harEmne(katalog, praefiks + "." + String.format("%02d", gruppe))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The prefix of a command, checked: null or blank is {@code ""} when {@code alle} allows it, else
     * 400 {@code FELT_PAAKRAEVET}; one of another form is 400 {@code UKENDT_KLE}, and so is one with no emne in the
     * catalogue when {@code katalog} is given.
     */
    public static String kontroller(Katalog katalog, String praefiks, boolean alle, String felt) {
        String p = praefiks == null ? "" : praefiks.trim();
        if (p.isEmpty()) {
            if (alle) {
                return "";
            }
            throw Afvisning.ugyldig("FELT_PAAKRAEVET", felt, "Feltet '" + felt + "' skal udfyldes med en KLE-hovedgruppe, -gruppe eller -emne");
        }
        if (katalog == null ? !FORM.matcher(p).matches() : !kendt(katalog, p)) {
            throw Afvisning.ugyldig("UKENDT_KLE", felt, "'" + p + "' er ikke en KLE-hovedgruppe (NN), -gruppe (NN.NN) eller -emne (NN.NN.NN)"
                    + (katalog == null ? "" : " i kataloget " + katalog.version()));
        }
        return p;
    }

    private static boolean harEmne(Katalog katalog, String gruppe) {
        for (int emne = 0; emne < 100; emne++) {
            if (katalog.kleEmne(gruppe + "." + String.format("%02d", emne)).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
