package dk.careledger.ui.formular;

import java.util.List;

/**
 * One field of an action's form. {@code navn} is the command's JSON field (a dot for a nested one:
 * {@code omfang.minutter}), so a refusal naming that field lands next to it.
 *
 * @param standard the value the form starts with ({@code "i dag"} for today's date), or null
 */
public record Felt(String navn, String etiket, Felttype type, boolean paakraevet, List<Valg> valg, String hjaelp, String standard) {

    public static Felt tekst(String navn, String etiket, boolean paakraevet) {
        return new Felt(navn, etiket, Felttype.TEKST, paakraevet, List.of(), null, null);
    }

    public static Felt langTekst(String navn, String etiket, boolean paakraevet) {
        return new Felt(navn, etiket, Felttype.LANG_TEKST, paakraevet, List.of(), null, null);
    }

    /** A date; {@code iDag} starts it at today. */
    public static Felt dato(String navn, String etiket, boolean paakraevet, boolean iDag) {
        return new Felt(navn, etiket, Felttype.DATO, paakraevet, List.of(), "Dag.måned.år, fx 7.12.2026", iDag ? IDAG : null);
    }

    public static Felt tidspunkt(String navn, String etiket) {
        return new Felt(navn, etiket, Felttype.TIDSPUNKT, true, List.of(), "Dag.måned.år og klokkeslæt, fx 7.12.2026 14.30", NU);
    }

    public static Felt heltal(String navn, String etiket, boolean paakraevet, String standard) {
        return new Felt(navn, etiket, Felttype.HELTAL, paakraevet, List.of(), null, standard);
    }

    public static Felt valg(String navn, String etiket, boolean paakraevet, List<Valg> valg) {
        return new Felt(navn, etiket, Felttype.VALG, paakraevet, valg, null, null);
    }

    public static Felt jaNej(String navn, String etiket) {
        return new Felt(navn, etiket, Felttype.JA_NEJ, false, List.of(), null, null);
    }

    public Felt med(String nytStandard) {
        return new Felt(navn, etiket, type, paakraevet, valg, hjaelp, nytStandard);
    }

    public Felt somListe() {
        return new Felt(navn, etiket, Felttype.VALG_SOM_LISTE, paakraevet, valg, hjaelp, standard);
    }

    /** The HTML id of the field's input: the name with its dots made dashes. */
    public String id() {
        return "felt-" + navn.replace('.', '-');
    }

    public boolean erValg() {
        return type == Felttype.VALG || type == Felttype.VALG_SOM_LISTE;
    }

    static final String IDAG = "i dag";
    static final String NU = "nu";
}
