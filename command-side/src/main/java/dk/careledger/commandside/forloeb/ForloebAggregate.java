package dk.careledger.commandside.forloeb;

import dk.careledger.commandside.kommando.Aggregattype;
import dk.careledger.commandside.kommando.Handlingskontekst;
import dk.careledger.commandside.kommando.KommandoUdfald;
import dk.careledger.commandside.kommando.Regler;
import dk.careledger.domain.forloeb.ForloebDecider;
import dk.careledger.domain.forloeb.ForloebState;
import dk.careledger.domain.forloeb.command.ForloebCommand;
import dk.careledger.domain.forloeb.event.ForloebEvent;
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
 * Axon's shell around {@link ForloebDecider}: one handler takes every {@link ForloebCommand}, asks the pure decider
 * for events and applies them; one event-sourcing handler folds events into {@link ForloebState}. No rules here.
 * {@code CREATE_IF_MISSING} lets the decider, not Axon, answer a command on an id that does not exist
 * (FORLOEB_UKENDT) and a creation command on one that does (FORLOEB_FINDES).
 */
@Aggregate(commandTargetResolver = "ledgerCommandTargetResolver", cache = "aggregatcache")
public class ForloebAggregate {

    @AggregateIdentifier
    private String id;
    private ForloebState state = ForloebState.initial();
    private long version = -1;
    /** The kommune whose user created it (ADR 0019: only its users write to it). */
    private Cvr ejer;

    protected ForloebAggregate() {
        // for Axon
    }

    @CommandHandler(commandName = Aggregattype.FORLOEB_KOMMANDO)
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public KommandoUdfald handle(ForloebCommand command, MetaData metaData, Clock clock, Katalog katalog, Kryptering kryptering,
            Regler regler) {
        Handlingskontekst.kraevKommune(metaData, version, Aggregattype.FORLOEB, id, ejer);
        Handlingskontekst.kraevForventetVersion(metaData, version);
        List<ForloebEvent> events = ForloebDecider.decide(state, command, Handlingskontekst.kontekst(metaData, clock, katalog, kryptering, regler));
        events.forEach(AggregateLifecycle::apply);
        return new KommandoUdfald(command.forloebId().toString(), Aggregattype.FORLOEB.name(), version,
                events.stream().map(event -> event.getClass().getSimpleName()).toList());
    }

    @EventSourcingHandler
    void on(ForloebEvent event, @SequenceNumber long sequenceNumber) {
        id = event.forloebId().toString();
        state = ForloebDecider.evolve(state, event);
        if (ejer == null) {
            ejer = event.registrering().kommune();
        }
        version = sequenceNumber;
    }
}
