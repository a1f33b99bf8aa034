/**
 * Projection {@code sagsbegreb}: the sag list a kommune would keep under every case-concept variant (enkeltsager,
 * borgersag per område, FSIII-sag per forløb), side by side, from the same facts (ADR 0014).
 * {@link SagsbegrebProjektion} is keyed by citizen; {@link Sagsbegrebsberegning} and {@link Tidslinjer} are pure;
 * {@link VariantSag} is one row.
 */
package dk.careledger.projection.sag.sagsbegreb;

import dk.careledger.projection.sag.sagsbegreb.laesning.VariantSag;
import dk.careledger.projection.sag.sagsbegreb.laesning.Sagsbegrebsberegning;
import dk.careledger.projection.sag.sagsbegreb.laesning.Tidslinjer;
