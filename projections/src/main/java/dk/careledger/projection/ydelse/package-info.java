/**
 * Projection {@code ydelsesindeks} (issue 3 item 6): every bevilget ydelse with its KLE on three levels ({@link Kle})
 * and the leveringer counted per ISO week and month ({@link Leveringsperioder}). {@link YdelsesindeksProjektion} loads
 * the rows a batch touches, folds them ({@link YdelseFold} into {@link YdelseRaekke}) and writes them back with
 * additive upserts ({@code Masseskrivning}). Fed by the engine (ADR 0012); the Ydelsesindeks feed folds the same rows.
 */
package dk.careledger.projection.ydelse;

import dk.careledger.projection.ydelse.laesning.YdelseRaekke;
