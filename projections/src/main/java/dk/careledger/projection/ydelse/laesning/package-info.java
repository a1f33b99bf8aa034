/**
 * The ydelsesindeks read model's published row ({@code YdelseRaekke}), which the Ydelsesindeks feed renders.
 *
 * <p>A published read API (ADR 0002, issue 12): the query side and the index feeds use a read model only through
 * its {@code laesning} package, and nothing here writes ({@code ModuleArchitectureTest}).
 */
package dk.careledger.projection.ydelse.laesning;
