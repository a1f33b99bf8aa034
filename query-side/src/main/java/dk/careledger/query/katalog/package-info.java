/**
 * REST over the code lists ({@link KatalogController}, {@code /api/katalog}): the versioned catalogue files the
 * deciders check against and the lists the ledger defines in code ({@code domain.kodeliste}). Reads only.
 */
package dk.careledger.query.katalog;
