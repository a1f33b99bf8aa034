package dk.careledger.commandside.sag;

import dk.careledger.commandside.henvendelse.Henvendelsesmarkering;
import dk.careledger.commandside.kommando.Aggregattype;
import dk.careledger.commandside.kommando.Handlingskontekst;
import dk.careledger.commandside.kommando.KommandoUdfald;
import dk.careledger.commandside.kommando.Regler;
import dk.careledger.domain.felles.Kontekst;
import dk.careledger.domain.sag.SagDecider;
import dk.careledger.domain.sag.SagState;
import dk.careledger.domain.sag.command.SagCommand;
import dk.careledger.domain.sag.command.TilknytBevillingTilSag;
import dk.careledger.domain.sag.event.SagEvent;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.sag.event.SagOprettet;
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
 * Axon's shell around {@link SagDecider}: one handler takes every {@link SagCommand}, asks the pure decider
 * for events and applies them; one event-sourcing handler folds events into {@link SagState}. No rules here. A sag
 * opened from henvendelser marks them handled in the same unit of work ({@link Henvendelsesmarkering}, UC1 step 6).
 * {@code CREATE_IF_MISSING} lets the decider, not Axon, answer a command on an id that does not exist
 * (SAG_UKENDT) and a creation command on one that does (SAG_FINDES).
 */
@Aggregate(commandTargetResolver = "ledgerCommandTargetResolver", cache = "aggregatcache")
public class SagAggregate {

    @AggregateIdentifier
    private String id;
    private SagState state = SagState.initial();
    private long version = -1;
    /** The kommune whose user created it (ADR 0019: only its users write to it). */
    private Cvr ejer;

    protected SagAggregate() {
        // for Axon
    }

    @CommandHandler(commandName = Aggregattype.SAG_KOMMANDO)
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public KommandoUdfald handle(SagCommand command, MetaData metaData, Clock clock, Katalog katalog, Kryptering kryptering,
            Regler regler, Henvendelsesmarkering henvendelser) {
        Handlingskontekst.kraevKommune(metaData, version, Aggregattype.SAG, id, ejer);
        Handlingskontekst.kraevForventetVersion(metaData, version);
        Kontekst kontekst = Handlingskontekst.kontekst(metaData, clock, katalog, kryptering, regler);
        List<SagEvent> events = SagDecider.decide(state, command, kontekst);
        events.forEach(AggregateLifecycle::apply);
        // UC1 step 6: the henvendelser the sag was opened from are handled with it, in this transaction (ADR 0020)
        events.stream().filter(SagOprettet.class::isInstance).map(SagOprettet.class::cast)
                .forEach(oprettet -> henvendelser.markerHaandteret(oprettet, kontekst));
        return new KommandoUdfald(command.sagId().toString(), Aggregattype.SAG.name(), version,
                events.stream().map(event -> event.getClass().getSimpleName()).toList());
    }

    /**
     * A bevilling granted on this sag is recorded on it, in the bevilling's unit of work ({@link Bevillingstilknytning},
     * ADR 0020), with the sag's own rules.
     */
    void tilknytBevilling(TilknytBevillingTilSag command, Kontekst kontekst) {
        SagDecider.decide(state, command, kontekst).forEach(AggregateLifecycle::apply);
    }

    @EventSourcingHandler
    void on(SagEvent event, @SequenceNumber long sequenceNumber) {
        id = event.sagId().toString();
        state = SagDecider.evolve(state, event);
        if (ejer == null) {
            ejer = event.registrering().kommune();
        }
        version = sequenceNumber;
    }
}
