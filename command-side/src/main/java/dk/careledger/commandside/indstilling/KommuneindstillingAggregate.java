package dk.careledger.commandside.indstilling;

import dk.careledger.commandside.kommando.Aggregattype;
import dk.careledger.commandside.kommando.Handlingskontekst;
import dk.careledger.commandside.kommando.KommandoUdfald;
import dk.careledger.commandside.kommando.Metadatanoegler;
import dk.careledger.commandside.kommando.Regler;
import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.Kryptering;
import dk.careledger.domain.indstilling.KommuneindstillingDecider;
import dk.careledger.domain.indstilling.KommuneindstillingState;
import dk.careledger.domain.indstilling.command.KommuneindstillingCommand;
import dk.careledger.domain.indstilling.event.KommuneindstillingEvent;
import dk.careledger.domain.katalog.Katalog;
import java.time.Clock;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * Axon's shell around {@link KommuneindstillingDecider}: one stream per kommune, its CVR the aggregate id (ADR 0021).
 * No rules here but kommune isolation (ADR 0019): only a user of the kommune itself changes its settings, anyone else
 * gets 404 {@code KOMMUNE_UKENDT}, as for a kommune that does not exist. {@code CREATE_IF_MISSING}: a kommune's first
 * setting starts its stream.
 */
@Aggregate(commandTargetResolver = "ledgerCommandTargetResolver", cache = "aggregatcache")
public class KommuneindstillingAggregate {

    @AggregateIdentifier
    private String id;
    private KommuneindstillingState state = KommuneindstillingState.initial();
    private long version = -1;

    protected KommuneindstillingAggregate() {
        // for Axon
    }

    @CommandHandler(commandName = Aggregattype.KOMMUNEINDSTILLING_KOMMANDO)
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public KommandoUdfald handle(KommuneindstillingCommand command, MetaData metaData, Clock clock, Katalog katalog, Kryptering kryptering,
            Regler regler) {
        String kommune = command.kommune().value();
        if (!kommune.equals(metaData.get(Metadatanoegler.KOMMUNE))) {
            throw Afvisning.ikkeFundet("KOMMUNE_UKENDT", "kommune", "Der findes ingen kommune " + kommune + " for brugeren");
        }
        Handlingskontekst.kraevForventetVersion(metaData, version);
        List<KommuneindstillingEvent> events = KommuneindstillingDecider.decide(state, command,
                Handlingskontekst.kontekst(metaData, clock, katalog, kryptering, regler));
        events.forEach(AggregateLifecycle::apply);
        return new KommandoUdfald(kommune, Aggregattype.KOMMUNEINDSTILLING.name(), version,
                events.stream().map(event -> event.getClass().getSimpleName()).toList());
    }

    @EventSourcingHandler
    void on(KommuneindstillingEvent event, @SequenceNumber long sequenceNumber) {
        id = event.kommune().value();
        state = KommuneindstillingDecider.evolve(state, event);
        version = sequenceNumber;
    }
}
