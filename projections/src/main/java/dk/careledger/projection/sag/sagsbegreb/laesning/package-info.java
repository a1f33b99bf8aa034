/**
 * The case-concept read model's published types: a variant sag ({@code VariantSag}) and the pure computation that groups a citizen's facts into the variants' sager ({@code Sagsbegrebsberegning}), which the Sagsindeks feed shares.
 *
 * <p>A published read API (ADR 0002, issue 12): the query side and the index feeds use a read model only through
 * its {@code laesning} package, and nothing here writes ({@code ModuleArchitectureTest}).
 */
package dk.careledger.projection.sag.sagsbegreb.laesning;
