package dk.careledger.domain.sag;

/** What a samtykke covers (UC1 step 7: "indhentning og videregivelse af oplysninger"). */
public enum SamtykkeFormaal {
    /** Obtaining information about the citizen from third parties (e.g. egen læge, sygehus). */
    INDHENTNING,
    /** Passing information about the citizen on to others (e.g. leverandør, anden kommune). */
    VIDEREGIVELSE
}
