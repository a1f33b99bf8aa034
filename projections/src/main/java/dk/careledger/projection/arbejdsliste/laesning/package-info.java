/**
 * The sagsbehandlingsfrister the frist worklist applies: the rows ({@code Sagsbehandlingsfrister}) and the choice of the rule in force ({@code Fristregler}, {@code Fristregel}).
 *
 * <p>A published read API (ADR 0002, issue 12): the query side and the index feeds use a read model only through
 * its {@code laesning} package, and nothing here writes ({@code ModuleArchitectureTest}).
 */
package dk.careledger.projection.arbejdsliste.laesning;
