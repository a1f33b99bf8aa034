package dk.careledger.domain.sag;

/** Why a sag was closed without an afgørelse (UC3: "hvis borger trækker sin ansøgning, flytter eller dør"). */
public enum AfslutningsAarsag {
    /** The citizen withdrew the ansøgning. */
    TRUKKET_TILBAGE,
    /** The citizen moved out of the kommune. */
    FRAFLYTTET,
    /** The citizen died. */
    DOED,
    /** Any other reason; the bemaerkning must say which. */
    ANDET
}
