package dk.careledger.query.ydelse;

import java.util.regex.Pattern;

/**
 * A KLE filter on the ydelser (solution D): the form of the value names the level, hovedgruppe {@code NN}, gruppe
 * {@code NN.NN} or emne {@code NN.NN.NN}, and each level has its own indexed column in table {@code ydelse}.
 */
public enum KleFilter {
    HOVEDGRUPPE("kle_hovedgruppe", Pattern.compile("\\d{2}")),
    GRUPPE("kle_gruppe", Pattern.compile("\\d{2}\\.\\d{2}")),
    EMNE("kle_emne", Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}"));

    private final String kolonne;
    private final Pattern form;

    KleFilter(String kolonne, Pattern form) {
        this.kolonne = kolonne;
        this.form = form;
    }

    /** The column of table {@code ydelse} that holds this level. */
    public String kolonne() {
        return kolonne;
    }

    /** The level a value names by its form, or null when it has none of the three forms. */
    public static KleFilter niveau(String vaerdi) {
        if (vaerdi == null) {
            return null;
        }
        for (KleFilter niveau : values()) {
            if (niveau.form.matcher(vaerdi).matches()) {
                return niveau;
            }
        }
        return null;
    }
}
