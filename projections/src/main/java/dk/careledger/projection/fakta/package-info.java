/**
 * The projections' store of facts: {@link Fakta} keeps the few fields of a relevant event in one generic shape,
 * {@link Faktalager} reads and writes them per key, one query per batch, and {@link Fordeling} with its in-memory
 * {@link Referencer} table decides which keys (a sag, or a citizen) a fact belongs to. This lets the sager, sagsbegreb
 * and Sagsindeks read models recompute a key from its facts alone. A building block like {@code motor} and
 * {@code jdbc}, used by the sag projections and the feeds alike. Not to be confused with the command side's
 * {@code Referencer}; this package never sees the command side.
 */
package dk.careledger.projection.fakta;
