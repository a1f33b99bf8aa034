/**
 * The timeline of one aggregate: {@link TidslinjeController} serves a sag's facts, or any aggregate's stream for
 * auditors, as {@link Tidslinjepost}s that {@link Tidslinjelaeser} reads straight from the event store. Reads the log, never
 * writes, and needs no projection; never depends on the command side ({@code ModuleArchitectureTest}).
 */
package dk.careledger.query.tidslinje;
