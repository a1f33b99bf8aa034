package dk.careledger.app.benchmark;

import dk.careledger.projection.motor.Haendelse;
import dk.careledger.projection.motor.Projektion;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;

/**
 * The peer for the rebuild benchmark: the very same projections, fed one event at a time by an Axon tracking event
 * processor with its default settings (batch size 1: a transaction and a token update per event). Only registered in
 * the benchmark's context.
 */
@ProcessingGroup(AxonPeerProjektioner.NAVN)
class AxonPeerProjektioner {
    static final String NAVN = "axon-peer";
    final AtomicLong behandlet = new AtomicLong();
    private final List<Projektion> projektioner;

    AxonPeerProjektioner(List<Projektion> projektioner) {
        this.projektioner = projektioner;
    }

    @EventHandler
    void on(Object haendelse, EventMessage<?> besked, TrackingToken token) {
        String aggregat = null;
        long sekvens = 0;
        String type = null;
        if (besked instanceof DomainEventMessage<?> d) {
            aggregat = d.getAggregateIdentifier();
            sekvens = d.getSequenceNumber();
            type = d.getType();
        }
        long indeks = token instanceof GapAwareTrackingToken g ? g.getIndex() : -1;
        List<Haendelse> en = List.of(new Haendelse(indeks, aggregat, sekvens, type, besked.getTimestamp(), haendelse));
        for (Projektion p : projektioner) {
            p.anvend(en);
        }
        behandlet.incrementAndGet();
    }
}
