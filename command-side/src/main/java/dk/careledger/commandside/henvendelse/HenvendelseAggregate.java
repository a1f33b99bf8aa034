package dk.careledger.commandside.henvendelse;

import dk.careledger.commandside.kommando.Aggregattype;
import dk.careledger.commandside.kommando.Handlingskontekst;
import dk.careledger.commandside.kommando.KommandoUdfald;
import dk.careledger.domain.henvendelse.HenvendelseDecider;
import dk.careledger.domain.henvendelse.HenvendelseState;
import dk.careledger.domain.henvendelse.command.HenvendelseCommand;
import dk.careledger.domain.henvendelse.event.HenvendelseEvent;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Kryptering;
import dk.careledger.domain.katalog.Katalog;
import java.time.Clock;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * Axon's shell around {@link HenvendelseDecider}: one handler takes every {@link HenvendelseCommand}, asks the pure decider
 * for events and applies them; one event-sourcing handler folds events into {@link HenvendelseState}. No rules here.
 * {@code CREATE_IF_MISSING} lets the decider, not Axon, answer a command on an id that does not exist
 * (HENVENDELSE_UKENDT) and a creation command on one that does (HENVENDELSE_FINDES).
 */
@Aggregate(commandTargetResolver = "ledgerCommandTargetResolver", cache = "aggregatcache")
public class HenvendelseAggregate {

    @AggregateIdentifier
    private String id;
    private HenvendelseState state = HenvendelseState.initial();
    private long version = -1;
    /** The kommune whose user created it (ADR 0019: only its users write to it). */
    private Cvr ejer;

    protected HenvendelseAggregate() {
        // for Axon
    }

    @CommandHandler(commandName = Aggregattype.HENVENDELSE_KOMMANDO)
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public KommandoUdfald handle(HenvendelseCommand command, MetaData metaData, Clock clock, Katalog katalog, Kryptering kryptering) {
        Handlingskontekst.kraevKommune(metaData, version, Aggregattype.HENVENDELSE, id, ejer);
        Handlingskontekst.kraevForventetVersion(metaData, version);
        List<HenvendelseEvent> events = HenvendelseDecider.decide(state, command, Handlingskontekst.kontekst(metaData, clock, katalog, kryptering));
        events.forEach(AggregateLifecycle::apply);
        return new KommandoUdfald(command.henvendelseId().toString(), Aggregattype.HENVENDELSE.name(), version,
                events.stream().map(event -> event.getClass().getSimpleName()).toList());
    }

    @EventSourcingHandler
    void on(HenvendelseEvent event, @SequenceNumber long sequenceNumber) {
        id = event.henvendelseId().toString();
        state = HenvendelseDecider.evolve(state, event);
        if (ejer == null) {
            ejer = event.registrering().kommune();
        }
        version = sequenceNumber;
    }
}
