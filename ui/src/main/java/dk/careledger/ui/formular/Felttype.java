package dk.careledger.ui.formular;

/** How a form field is typed in and how its text becomes a JSON value of the command. */
public enum Felttype {
    /** One line of text. */
    TEKST,
    /** Several lines of free text. */
    LANG_TEKST,
    /** A date typed as {@code 7.12.2026} (or {@code 2026-12-07}); JSON {@code "2026-12-07"}. */
    DATO,
    /** A date and time in Danish local time, {@code 7.12.2026 14.30}; JSON an instant in UTC. */
    TIDSPUNKT,
    /** A whole number. */
    HELTAL,
    /** One code from a pick list. */
    VALG,
    /** One code from a pick list, sent as a JSON list of that one code. */
    VALG_SOM_LISTE,
    /** A check box; JSON {@code true} or {@code false}. */
    JA_NEJ
}
