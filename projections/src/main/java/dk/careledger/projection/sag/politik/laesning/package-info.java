/**
 * Which closing policy and case concept each kommune uses per KLE prefix from a date: the rows ({@code Politikindstilling}), the choice in force ({@code Effektiv}) and the reader ({@code Politikindstillinger}).
 *
 * <p>A published read API (ADR 0002, issue 12): the query side and the index feeds use a read model only through
 * its {@code laesning} package, and nothing here writes ({@code ModuleArchitectureTest}).
 */
package dk.careledger.projection.sag.politik.laesning;
