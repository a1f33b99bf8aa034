package dk.careledger.projection.motor;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.TrackingToken;

/**
 * A projection and what the engine knows of it at run time: its position in memory, whether it is being rebuilt,
 * its progress and time spent, the failure of its last batch, the event it is parked at and the events skipped for it.
 * The runners, the lanes and the facade's status all read and write it; every field is safe to read from any thread.
 */
final class Deltager {
    final Projektion projektion;
    volatile TrackingToken token;
    volatile boolean genopbygges;
    final AtomicLong behandlet = new AtomicLong();
    final AtomicLong nanosIAnvend = new AtomicLong();
    volatile Instant startet = Instant.EPOCH;
    volatile String fejl;
    /** The event it stopped at, waiting for an operator; then it is in no runner. */
    volatile Parkering parkering;
    /** Global indexes of events skipped by an operator's decision: never applied, in no runner, not in a rebuild. */
    final Set<Long> oversprungne = ConcurrentHashMap.newKeySet();

    Deltager(Projektion projektion) {
        this.projektion = projektion;
    }
}
