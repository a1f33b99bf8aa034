package dk.careledger.domain.bevilling;

/** Why a bevilling stopped (its bevilgede ydelse got a slutdato). */
public enum OphoersAarsag {
    /** Replaced by a new afgørelse, e.g. after a revisitation, or a change outside the ramme. */
    NY_AFGOERELSE,
    /** An opfølgning concluded E3 Afsluttes (UC6 4.b1). Set by the decider for E3; may be chosen by hand when the opfølgning is journalised elsewhere. */
    OPFOELGNING,
    /** The citizen died. */
    DOED,
    /** The citizen moved out of the kommune (the new kommune decides afresh). */
    FRAFLYTNING,
    /** The citizen no longer wants the help. */
    BORGERENS_OENSKE,
    /** Anything else; the sag's journal says why. */
    ANDET
}
