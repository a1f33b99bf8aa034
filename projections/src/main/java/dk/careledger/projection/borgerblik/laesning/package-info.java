/**
 * How each kommune shows its sager to the citizen in Borgerblikket: the rows ({@code Borgerbliksregel}), the setting in force ({@code Borgerbliksindstilling}, {@code Borgerbliksregler}) and the reader ({@code Borgerblikindstillinger}).
 *
 * <p>A published read API (ADR 0002, issue 12): the query side and the index feeds use a read model only through
 * its {@code laesning} package, and nothing here writes ({@code ModuleArchitectureTest}).
 */
package dk.careledger.projection.borgerblik.laesning;
