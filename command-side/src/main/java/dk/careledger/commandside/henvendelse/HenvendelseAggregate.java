package dk.careledger.commandside.henvendelse;

import dk.careledger.commandside.kommando.Aggregattype;
import dk.careledger.commandside.kommando.Handlingskontekst;
import dk.careledger.commandside.kommando.KommandoUdfald;
import dk.careledger.commandside.kommando.Regler;
import dk.careledger.domain.felles.Kontekst;
import dk.careledger.domain.henvendelse.HenvendelseDecider;
import dk.careledger.domain.henvendelse.command.HaandterHenvendelse;
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
    public KommandoUdfald handle(HenvendelseCommand command, MetaData metaData, Clock clock, Katalog katalog, Kryptering kryptering,
            Regler regler) {
        Handlingskontekst.kraevKommune(metaData, version, Aggregattype.HENVENDELSE, id, ejer);
        Handlingskontekst.kraevForventetVersion(metaData, version);
        List<HenvendelseEvent> events = HenvendelseDecider.decide(state, command, Handlingskontekst.kontekst(metaData, clock, katalog, kryptering, regler));
        events.forEach(AggregateLifecycle::apply);
        return new KommandoUdfald(command.henvendelseId().toString(), Aggregattype.HENVENDELSE.name(), version,
                events.stream().map(event -> event.getClass().getSimpleName()).toList());
    }

    /**
     * UC1 step 6 on behalf of a sag opened from this henvendelse: {@link Henvendelsesmarkering} loads this aggregate in
     * the sag's unit of work and hands it the command, so the sag and the henvendelse are written in one transaction
     * or not at all (ADR 0020). The rules are the decider's, as for a command from a client.
     */
    void haandterVedSagsoprettelse(HaandterHenvendelse command, Kontekst kontekst) {
        HenvendelseDecider.decide(state, command, kontekst).forEach(AggregateLifecycle::apply);
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
