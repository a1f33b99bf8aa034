package dk.careledger.projection.motor;

import java.time.Instant;

/**
 * Where a projection is: live (following the head of the stream) or being rebuilt, with its progress. During a
 * rebuild: {@code behandlet} events done since it began, {@code rate} events per second, {@code resterende}
 * events to the head when the status was taken, and the estimated seconds left. {@code millisekunderIAnvend} is the
 * time spent in the projection's own {@code anvend} since it (re)started: what limits a rebuild.
 */
public record Projektionsstatus(String navn, Tilstand tilstand, Long position, Long hoved, long behandlet, double rate,
        Long resterende, Double sekunderTilbage, Instant startet, long millisekunderIAnvend, String fejl) {

    public enum Tilstand {
        LIVE,
        GENOPBYGGES,
        FEJL
    }
}
