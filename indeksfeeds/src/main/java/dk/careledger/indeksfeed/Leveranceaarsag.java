package dk.careledger.indeksfeed;

/** Why a delivery was made. Stored ({@code leverance.aarsag}): never rename. */
public enum Leveranceaarsag {
    /** A work step in the ledger changed what the index should show. */
    HAENDELSE,
    /**
     * An afstemning (reconciliation) found that the index shows something else than the facts now give — after a policy
     * change, or after a projection fix — and corrects it.
     */
    KORREKTION
}
