package dk.careledger.indeksfeed;

/** The feeds the ledger delivers. The names are stored ({@code leverance.feed}) and part of the API: never rename them. */
public enum Feed {
    /** Registrations of sager for the Sags- og Dokumentindeks (SF1470), read by SAPA and Borgerblikket. */
    SAGSINDEKS,
    /** BevillingIndeks registrations (and economic effektuering) for the Ydelsesindeks. */
    YDELSESINDEKS
}
