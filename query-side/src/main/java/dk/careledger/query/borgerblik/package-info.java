/**
 * REST over Borgerblikket (issue 4 item 5): {@link BorgerblikController} serves what a citizen may see of their own
 * sager ({@link Borgerblik}, composed by {@link BorgerblikLaeser} at query time), and
 * {@link BorgerblikKonfigurationController} appends the kommuner's configuration per KLE prefix through the
 * projections' {@code BorgerblikKonfiguration}. Never the command side ({@code ModuleArchitectureTest}, ADR 0002).
 */
package dk.careledger.query.borgerblik;
