/**
 * The shipped reference data as versioned files (ADR 0011): {@link Katalog} answers what an indsats, an FSIII code, a
 * KLE emne, a handlingsfacet or a forløbstype is; {@link Kataloglaeser} reads and validates the files named by
 * {@link Katalogfiler} ({@link Tsv}) into an {@link InMemoryKatalog}. Deciders refuse codes that are not here. Plain
 * Java (ADR 0003), loaded once at start; the files and how to update them are described in
 * {@code core-domain/src/main/resources/katalog/README.md}.
 */
package dk.careledger.domain.katalog;
