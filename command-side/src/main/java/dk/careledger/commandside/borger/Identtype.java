package dk.careledger.commandside.borger;

/** How a citizen is identified in the register. */
public enum Identtype {
    /** A Danish CPR number (personnummer). */
    CPR,
    /** An erstatningspersonnummer for a person without CPR (e.g. foreign citizens treated in Denmark). */
    ERSTATNINGS_CPR,
    /** An anonymous citizen (UC1 3.c1): no identifier at all, only the pseudonymous borger id. */
    ANONYM
}
