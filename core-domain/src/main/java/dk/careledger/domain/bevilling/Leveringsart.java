package dk.careledger.domain.bevilling;

/** The three kinds of levering, which share one id space (UC6, UC6 4.a1, UC8). Persisted in LeveringAnnulleret. */
public enum Leveringsart {
    /** {@code LeveringUdfoert}: a planned visit delivered. */
    UDFOERT,
    /** {@code LeveringIkkeUdfoert}: a planned visit not delivered. */
    IKKE_UDFOERT,
    /** {@code UplanlagtLeveringRegistreret}: an unplanned or acute visit. */
    UPLANLAGT
}
