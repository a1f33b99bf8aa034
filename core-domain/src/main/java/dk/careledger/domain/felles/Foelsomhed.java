package dk.careledger.domain.felles;

/** The index's Foelsomhed (sensitivity) levels. Access is hierarchical: level 3 may see 1–3, not 4. */
public enum Foelsomhed {
    IKKE_FORTROLIGE_DATA,
    FORTROLIGE_PERSONOPLYSNINGER,
    FOELSOMME_PERSONOPLYSNINGER,
    VIP_SAGER
}
