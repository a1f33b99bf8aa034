/**
 * REST over Borgerblikket (issue 4 item 5): {@link BorgerblikController} serves what a citizen may see of their own
 * sager ({@link Borgerblik}, composed by {@link BorgerblikLaeser} at query time from the kommune's configuration, read
 * through {@code projection.borgerblik.laesning}). Reads only; never the command side ({@code ModuleArchitectureTest},
 * ADR 0002).
 */
package dk.careledger.query.borgerblik;
