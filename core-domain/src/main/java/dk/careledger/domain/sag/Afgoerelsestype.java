package dk.careledger.domain.sag;

/** What an afgørelse says about the ansøgte (UC3 1.1 and 1.1.a1). */
public enum Afgoerelsestype {
    /** Fuld bevilling: the citizen gets what was applied for. No begrundelse or klagevejledning required (FVL §§ 22, 25). */
    BEVILLING,
    /** Delvis bevilling: part of the ansøgte is granted. Needs begrundelse and klagevejledning. */
    DELVIS_BEVILLING,
    /** Afslag: nothing is granted. Needs begrundelse and klagevejledning. */
    AFSLAG;

    /** True when the citizen does not get everything applied for, so FVL §§ 22–25 require begrundelse and klagevejledning. */
    public boolean ikkeFuldtMedhold() {
        return this != BEVILLING;
    }
}
