/**
 * Projection {@code borgeroverblik} (issue 3 item 7): a citizen's sager, current FSIII tilstande and henvendelser,
 * keyed by {@code borger_id}, for the citizen overview. {@link BorgeroverblikProjektion} loads and writes the rows
 * ({@link BorgerSag}, {@link BorgerTilstand}, {@link BorgerHenvendelse}); {@link BorgeroverblikFold} is the fold, free
 * of JDBC. Fed by the engine (ADR 0012); holds no CPR or name (ADR 0009), never sees the command side.
 */
package dk.careledger.projection.borger;
