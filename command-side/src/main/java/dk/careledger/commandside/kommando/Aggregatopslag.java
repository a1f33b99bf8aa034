package dk.careledger.commandside.kommando;

import dk.careledger.domain.bevilling.event.BevillingGivet;
import dk.careledger.domain.bevilling.event.BevillingOphoert;
import dk.careledger.domain.felles.BevillingId;
import dk.careledger.domain.felles.BorgerId;
import dk.careledger.domain.felles.HenvendelseId;
import dk.careledger.domain.felles.Opslag;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.felles.Sagsfakta;
import dk.careledger.domain.henvendelse.event.HenvendelseModtaget;
import dk.careledger.domain.sag.SagDecider;
import dk.careledger.domain.sag.SagState;
import dk.careledger.domain.sag.event.SagEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The deciders' {@link Opslag}: other aggregates' immutable facts, read from the event store inside the command's
 * transaction (ADR 0020). A sag is folded with {@link SagDecider} (its stream is short); a henvendelse's or bevilling's
 * citizen is in its first event, so a bevilling with thousands of leveringer costs one batch. The stream is read from
 * sequence 0, never from a snapshot. An id whose first event is of another aggregate type is unknown.
 */
@Component
public class Aggregatopslag implements Opslag {
    private final EventStore eventStore;

    public Aggregatopslag(@Lazy EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<Sagsfakta> sag(SagId sagId) {
        List<SagEvent> events = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(sagId.toString(), 0);
        while (stream.hasNext()) {
            if (!(stream.next().getPayload() instanceof SagEvent event)) {
                return Optional.empty();
            }
            events.add(event);
        }
        SagState state = SagDecider.replay(events);
        return state.findes() ? Optional.of(state.fakta()) : Optional.empty();
    }

    @Override
    public Optional<BorgerId> henvendelsensBorger(HenvendelseId henvendelseId) {
        return foersteHaendelse(henvendelseId.toString())
                .filter(HenvendelseModtaget.class::isInstance).map(e -> ((HenvendelseModtaget) e).borgerId());
    }

    @Override
    public Optional<BorgerId> bevillingensBorger(BevillingId bevillingId) {
        return foersteHaendelse(bevillingId.toString())
                .filter(BevillingGivet.class::isInstance).map(e -> ((BevillingGivet) e).borgerId());
    }

    /**
     * Reads the bevilling's whole stream: a sag is closed rarely, and the stream's BevillingGivet (slutdato) and any
     * BevillingOphoert decide it.
     */
    @Override
    public boolean bevillingLoeberEfter(BevillingId bevillingId, LocalDate dag) {
        DomainEventStream stream = eventStore.readEvents(bevillingId.toString(), 0);
        LocalDate foersteDagUden = null;
        boolean findes = false;
        while (stream.hasNext()) {
            Object haendelse = stream.next().getPayload();
            if (haendelse instanceof BevillingGivet givet) {
                findes = true;
                foersteDagUden = givet.slutdato() == null ? null : givet.slutdato().plusDays(1);
            } else if (haendelse instanceof BevillingOphoert ophoert
                    && (foersteDagUden == null || ophoert.ophoersdato().isBefore(foersteDagUden))) {
                foersteDagUden = ophoert.ophoersdato();
            }
        }
        return findes && (foersteDagUden == null || foersteDagUden.isAfter(dag.plusDays(1)));
    }

    private Optional<Object> foersteHaendelse(String aggregatId) {
        DomainEventStream stream = eventStore.readEvents(aggregatId, 0);
        if (!stream.hasNext()) {
            return Optional.empty();
        }
        DomainEventMessage<?> foerste = stream.next();
        return Optional.of(foerste.getPayload());
    }
}
