package dk.careledger.domain.sag;

/** The citizen's answer when asked for samtykke (UC1 step 7, UC2 2.a1 given, 2.b1 refused). */
public enum SamtykkeSvar {
    GIVET,
    AFSLAAET
}
