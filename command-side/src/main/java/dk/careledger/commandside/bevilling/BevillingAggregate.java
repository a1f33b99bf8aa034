package dk.careledger.commandside.bevilling;

import dk.careledger.commandside.kommando.Aggregattype;
import dk.careledger.commandside.kommando.Handlingskontekst;
import dk.careledger.commandside.kommando.KommandoUdfald;
import dk.careledger.commandside.kommando.Postudfald;
import dk.careledger.commandside.kommando.Regler;
import dk.careledger.commandside.sag.Bevillingstilknytning;
import dk.careledger.domain.bevilling.BevillingDecider;
import dk.careledger.domain.bevilling.BevillingState;
import dk.careledger.domain.bevilling.command.AnnullerLevering;
import dk.careledger.domain.bevilling.command.BevillingCommand;
import dk.careledger.domain.bevilling.command.GennemfoerOpfoelgning;
import dk.careledger.domain.bevilling.command.RegistrerIkkeLeveret;
import dk.careledger.domain.bevilling.command.RegistrerLevering;
import dk.careledger.domain.bevilling.command.RegistrerUplanlagtLevering;
import dk.careledger.domain.bevilling.event.BevillingEvent;
import dk.careledger.domain.bevilling.event.BevillingGivet;
import dk.careledger.domain.bevilling.event.BevillingSagTilknyttet;
import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.Cvr;
import dk.careledger.domain.felles.Kontekst;
import dk.careledger.domain.felles.Kryptering;
import dk.careledger.domain.katalog.Katalog;
import java.time.Clock;
import java.util.ArrayList;
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
 * Axon's shell around {@link BevillingDecider}: one handler takes every {@link BevillingCommand}, asks the pure decider
 * for events and applies them; one event-sourcing handler folds events into {@link BevillingState}. No rules here. A
 * bevilling granted on a sag is recorded on the sag in the same unit of work ({@link Bevillingstilknytning}).
 * {@code CREATE_IF_MISSING} lets the decider, not Axon, answer a command on an id that does not exist
 * (BEVILLING_UKENDT) and a creation command on one that does (BEVILLING_FINDES).
 */
@Aggregate(commandTargetResolver = "ledgerCommandTargetResolver", cache = "aggregatcache")
public class BevillingAggregate {

    /** The decider's refusal of a leveringId that is registered already. */
    private static final String FINDES = "LEVERING_FINDES";

    @AggregateIdentifier
    private String id;
    private BevillingState state = BevillingState.initial();
    private long version = -1;
    /** The kommune whose user created it (ADR 0019: only its users write to it). */
    private Cvr ejer;

    protected BevillingAggregate() {
        // for Axon
    }

    @CommandHandler(commandName = Aggregattype.BEVILLING_KOMMANDO)
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public KommandoUdfald handle(BevillingCommand command, MetaData metaData, Clock clock, Katalog katalog, Kryptering kryptering,
            Regler regler, Bevillingstilknytning sager) {
        Handlingskontekst.kraevKommune(metaData, version, Aggregattype.BEVILLING, id, ejer, leverance(command) ? state.leverandoerKommune() : null);
        Handlingskontekst.kraevForventetVersion(metaData, version);
        Kontekst kontekst = Handlingskontekst.kontekst(metaData, clock, katalog, kryptering, regler);
        List<BevillingEvent> events = BevillingDecider.decide(state, command, kontekst);
        events.forEach(AggregateLifecycle::apply);
        // the sag records the bevilling granted on it, in this transaction (ADR 0020)
        events.stream().filter(BevillingGivet.class::isInstance).map(BevillingGivet.class::cast)
                .forEach(givet -> sager.tilknyt(givet.sagId(), givet.bevillingId(), kontekst));
        // and so is one joined to a sag later (ADR 0022)
        events.stream().filter(BevillingSagTilknyttet.class::isInstance).map(BevillingSagTilknyttet.class::cast)
                .forEach(tilknyttet -> sager.tilknyt(tilknyttet.sagId(), tilknyttet.bevillingId(), kontekst));
        return new KommandoUdfald(command.bevillingId().toString(), Aggregattype.BEVILLING.name(), version,
                events.stream().map(event -> event.getClass().getSimpleName()).toList());
    }

    /**
     * Many leveringer of this bevilling from one bulk request ({@link Leveranceparti}), in one unit of work: each decided
     * on its own against the state the ones before it left, each accepted one stored as its own event with who and when;
     * a refused one is reported and the rest go on. A leveringId registered before is reported as already there.
     */
    @CommandHandler(commandName = Aggregattype.BEVILLING_KOMMANDO)
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public KommandoUdfald handle(Leveranceparti parti, MetaData metaData, Clock clock, Katalog katalog, Kryptering kryptering,
            Regler regler) {
        if (version < 0) {
            // nothing to deliver on; and an aggregate Axon created for the command must not be left without an id
            throw Afvisning.ikkeFundet(Aggregattype.BEVILLING.ukendtKode(), "bevillingId", "Der findes ingen bevilling med id " + parti.bevillingId());
        }
        Handlingskontekst.kraevKommune(metaData, version, Aggregattype.BEVILLING, id, ejer, state.leverandoerKommune());
        Kontekst kontekst = Handlingskontekst.kontekst(metaData, clock, katalog, kryptering, regler);
        List<Postudfald> udfald = new ArrayList<>(parti.poster().size());
        List<String> haendelser = new ArrayList<>();
        for (Leveranceparti.Post post : parti.poster()) {
            List<BevillingEvent> events;
            try {
                events = BevillingDecider.decide(state, post.kommando(), kontekst);
            } catch (Afvisning afvisning) {
                udfald.add(FINDES.equals(afvisning.fejlkode()) ? Postudfald.fandtes(post.nr()) : Postudfald.afvist(post.nr(), afvisning));
                continue;
            }
            events.forEach(AggregateLifecycle::apply);
            events.forEach(event -> haendelser.add(event.getClass().getSimpleName()));
            udfald.add(Postudfald.oprettet(post.nr()));
        }
        return new KommandoUdfald(parti.bevillingId().toString(), Aggregattype.BEVILLING.name(), version, haendelser, udfald);
    }

    /**
     * A levering, a missed one, an opfølgning, or the annulment of a levering: what the leverandør kommune the bevilling
     * was ordered from may record.
     */
    private static boolean leverance(BevillingCommand command) {
        return command instanceof RegistrerLevering || command instanceof RegistrerIkkeLeveret || command instanceof RegistrerUplanlagtLevering
                || command instanceof GennemfoerOpfoelgning || command instanceof AnnullerLevering;
    }

    @EventSourcingHandler
    void on(BevillingEvent event, @SequenceNumber long sequenceNumber) {
        id = event.bevillingId().toString();
        state = BevillingDecider.evolve(state, event);
        if (ejer == null) {
            ejer = event.registrering().kommune();
        }
        version = sequenceNumber;
    }
}
