package dk.careledger.projection.motor;

import java.time.Instant;

/**
 * Where a projection is: live (following the head of the stream), being rebuilt (or catching up after a stop), failing
 * and retrying (FEJL: a failure not tied to an event, e.g. the database went away), or stopped at a parked event
 * (STOPPET: {@code parkeret} names the event and the reason; it waits for an operator's decision, ADR 0012). During a
 * rebuild; or STANDBY: another node runs the projections, and {@code position} is what that node has stored. During a
 * rebuild: {@code behandlet} events done since it began, {@code rate} events per second, {@code resterende} events to
 * the head when the status was taken, and the estimated seconds left. {@code millisekunderIAnvend} is the time spent
 * in the projection's own {@code anvend} since it (re)started: what limits a rebuild.
 */
public record Projektionsstatus(String navn, Tilstand tilstand, Long position, Long hoved, long behandlet, double rate,
        Long resterende, Double sekunderTilbage, Instant startet, long millisekunderIAnvend, String fejl, Parkering parkeret) {

    public enum Tilstand {
        LIVE,
        GENOPBYGGES,
        FEJL,
        STOPPET,
        /** This node does not run the projections: another node holds the lease (ADR 0012, issue 14); reads are served from the shared tables. */
        STANDBY
    }
}
