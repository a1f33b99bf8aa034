package dk.careledger.domain.bevilling;

/** Why a planned levering did not happen (UC6 4.a1: "dokumenterer at indsatsen ikke er gennemført samt begrundelse"). */
public enum IkkeLeveretAarsag {
    /** The citizen was not at home when the staff came. */
    BORGER_IKKE_HJEMME,
    /** The citizen cancelled the visit. */
    BORGER_AFLYST,
    /** The citizen is in hospital. */
    BORGER_INDLAGT,
    /** The leverandør could not staff the visit: the municipality's side cancelled. */
    MEDARBEJDER_FRAVAER,
    /** Anything else; a bemaerkning is then required. */
    ANDET
}
