package dk.careledger.projection.motor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * What the engine tells about its projections, from memory and the head of the event store: each one's state, position,
 * rate and time left ({@link Projektionsstatus}; on a standby the positions the holder stored), and whether they have
 * caught up with what was stored when asked ({@link #venTilAjour}; holes that hold no event do not count).
 */
final class Motorstatus {
    private final EventStore eventStore;
    private final Huller huller;
    private final Positioner positioner;
    private final Clock clock;

    Motorstatus(EventStore eventStore, Huller huller, Positioner positioner, Clock clock) {
        this.eventStore = eventStore;
        this.huller = huller;
        this.positioner = positioner;
        this.clock = clock;
    }

    /** On a standby, which applies nothing: every projection STANDBY at the position the node that runs them stored. */
    List<Projektionsstatus> standby(Collection<Deltager> deltagere, Long hoved, String indehaver) {
        Map<String, Long> indekser = positioner.indekser();
        return deltagere.stream().map(d -> {
            Long position = indekser.get(d.projektion.navn());
            return new Projektionsstatus(d.projektion.navn(), Projektionsstatus.Tilstand.STANDBY, position, hoved, 0, 0,
                    hoved == null ? null : Math.max(0, hoved - (position == null ? 0 : position)), null, d.startet, 0,
                    "Projektionerne køres af " + (indehaver.isBlank() ? "en anden node" : indehaver), null);
        }).toList();
    }

    /** {@link Projektionsmotor#venTilAjour(Duration, Collection)} for these projections. */
    boolean venTilAjour(List<Deltager> valgte, Duration maks) {
        TrackingToken hoved = eventStore.createHeadToken();
        Instant frist = Instant.now().plus(maks);
        while (Instant.now().isBefore(frist)) {
            List<TrackingToken> tokens = new ArrayList<>(valgte.size());
            for (Deltager d : valgte) {
                tokens.add(d.token);
            }
            boolean[] daekker = huller.daekker(tokens, hoved);
            boolean ajour = true;
            boolean kunStoppede = true;
            for (int i = 0; i < valgte.size(); i++) {
                Deltager d = valgte.get(i);
                if (d.parkering != null) {
                    ajour = false;
                } else if (d.genopbygges || !daekker[i]) {
                    ajour = false;
                    kunStoppede = false;
                }
            }
            if (ajour || kunStoppede) {
                return ajour;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    Projektionsstatus status(Deltager d, Long hoved) {
        Long position = indeks(d.token);
        long behandlet = d.behandlet.get();
        double sekunder = Math.max(0.001, Duration.between(d.startet, clock.instant()).toMillis() / 1000.0);
        double rate = d.genopbygges ? behandlet / sekunder : 0;
        Long resterende = hoved == null ? null : Math.max(0, hoved - (position == null ? 0 : position));
        Double tilbage = d.genopbygges && rate > 0 && resterende != null ? resterende / rate : null;
        Parkering parkeret = d.parkering;
        Projektionsstatus.Tilstand tilstand = parkeret != null ? Projektionsstatus.Tilstand.STOPPET
                : d.fejl != null ? Projektionsstatus.Tilstand.FEJL
                : d.genopbygges ? Projektionsstatus.Tilstand.GENOPBYGGES : Projektionsstatus.Tilstand.LIVE;
        return new Projektionsstatus(d.projektion.navn(), tilstand, position, hoved, behandlet, rate, resterende, tilbage, d.startet,
                d.nanosIAnvend.get() / 1_000_000, parkeret != null ? parkeret.aarsag() : d.fejl, parkeret);
    }

    Long hovedIndeks() {
        return indeks(eventStore.createHeadToken());
    }

    private static Long indeks(TrackingToken token) {
        return token instanceof GapAwareTrackingToken gap ? gap.getIndex() : null;
    }
}
