/**
 * Projection {@code forloeb} (issue 3 item 5): care pathways with their sager, bevillinger and assessed tilstande
 * ({@link ForloebRaekke}, {@link Vurdering}). {@link ForloebProjektion} loads the rows a batch touches in a few
 * {@code = ANY(?)} queries and writes them back in batch statements; {@link ForloebFold} is the fold, free of JDBC. Fed
 * by the engine (ADR 0012); core-domain events only.
 */
package dk.careledger.projection.forloeb;
