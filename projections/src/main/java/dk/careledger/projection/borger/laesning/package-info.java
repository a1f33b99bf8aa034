/**
 * The citizen overview read model's published rule: how a sag's local status follows from its fremdrift
 * ({@code Lokalstatus}), shared by the projection that stores it and the reader that judges a sag on a day (ADR 0026).
 *
 * <p>A published read API (ADR 0002, issue 12): the query side uses a read model only through its {@code laesning}
 * package, and nothing here writes ({@code ModuleArchitectureTest}).
 */
package dk.careledger.projection.borger.laesning;
