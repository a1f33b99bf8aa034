package dk.careledger.domain.henvendelse;

/** How a henvendelse was handled (UC1 step 6 and variants 3.a1, 3.b1). */
public enum Udfald {
    /** One or more new sager were opened on the basis of the henvendelse (UC1 step 3–6). */
    SAG_OPRETTET,
    /** The henvendelse concerns an existing sag, which is updated with the new information (UC1 3.b1, step 6 "samle flere henvendelser til en sag"). */
    TILKNYTTET_SAG,
    /** The caseworker judged that no sag is to be opened; a begrundelse is recorded (UC1 3.a1). */
    INGEN_SAG
}
