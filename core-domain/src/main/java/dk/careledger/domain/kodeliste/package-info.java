/**
 * The code lists the ledger defines in its own code (the enums a client sends: afgørelsestyper, årsager, kanaler,
 * samtykke), each with its Danish title and a version ({@link Kodelister}). The catalogues from files (KLE, FSIII,
 * indsatser) are in {@code katalog}; the query side serves both from {@code /api/katalog}. Depends on the aggregates'
 * packages; nothing in the domain depends on it.
 */
package dk.careledger.domain.kodeliste;
