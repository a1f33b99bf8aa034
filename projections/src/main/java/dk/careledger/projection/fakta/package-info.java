/**
 * The fact store, a building block shared by the projections that recompute a key from its facts (the sager,
 * sagsbegreb and Sagsindeks read models), as {@code projection.motor} and {@code projection.jdbc} are for all of them.
 * {@link Faktum} is a sealed family with one record per kind of fact, taken from the events by {@link Faktaudtraek};
 * {@link Faktalager} reads and writes them per key, one query per batch, with the kind's own fields as {@code jsonb}
 * ({@link Faktajson}); and {@link Fordeling} with its in-memory {@link Referencer} table decides which keys (a sag, or
 * a citizen) a fact belongs to. Each projection keeps its own tables of one shared shape (ADR 0012). Not to be
 * confused with the command side's {@code Referencer}; this package never sees the command side.
 */
package dk.careledger.projection.fakta;
