package dk.careledger.projection.motor;

import java.time.Instant;

/**
 * One stored fact as a projection sees it: its place in the global order, the aggregate it belongs to and its
 * sequence there, and the deserialized event. {@code haendelse} is a core-domain event record (or an unknown type,
 * which projections ignore).
 */
public record Haendelse(long globalIndeks, String aggregatId, long sekvens, String aggregattype, Instant tidspunkt, Object haendelse) {
}
