package dk.careledger.projection.motor;

import java.time.Instant;

/**
 * An event a projection could not apply, and therefore parked: the projection stopped just before it (its rows and
 * position hold everything before the event) and waits for an operator's decision (ADR 0012, "Poison events and
 * holes"). {@code haendelsestype} is the payload's type, {@code aarsag} the error the projection gave, twice.
 */
public record Parkering(String projektion, long globalIndeks, String aggregatId, Long sekvens, String haendelsestype,
        String aarsag, Instant parkeret) {
}
