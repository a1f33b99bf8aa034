package dk.careledger.domain.felles;

/** What kind of refusal a command got. The REST layer maps each to one HTTP status. */
public enum Afvisningsart {
    /** Malformed or missing input, unknown catalogue codes: HTTP 400. */
    UGYLDIG,
    /** The target does not exist: HTTP 404. */
    IKKE_FUNDET,
    /** The target exists already, or was changed by someone else meanwhile: HTTP 409. */
    KONFLIKT,
    /** Well-formed, but the rules of the case process forbid it in the current state: HTTP 422. */
    REGEL,
    /** The caller is known, but has no right to do this (a missing role or data limit): HTTP 403 (ADR 0019). */
    NAEGTET
}
