package dk.careledger.commandside.bevilling;

import dk.careledger.commandside.kommando.Aggregattype;
import dk.careledger.commandside.kommando.Kalder;
import dk.careledger.commandside.kommando.Kommandoafsender;
import dk.careledger.domain.bevilling.event.BevillingGivet;
import dk.careledger.domain.bevilling.event.OpfoelgningGennemfoert;
import dk.careledger.domain.felles.Afvisning;
import dk.careledger.domain.felles.Aktoer;
import dk.careledger.domain.felles.Rolle;
import dk.careledger.domain.felles.SagId;
import dk.careledger.domain.sag.command.StartRevisitation;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * FSIII E4 (revisitation) on a bevilling opens a reassessment on the sag the bevilling was granted on: when an
 * {@link OpfoelgningGennemfoert} with result E4 is recorded, this process sends {@link StartRevisitation} to that
 * sag. It runs in its own tracking processor (its own transaction, after the opfølgning is committed), so a
 * refusal on the sag never undoes the opfølgning. The command id is derived from the triggering event's id, so
 * retries and restarts never start a revisitation twice. A bevilling without a sag, or whose sag is closed,
 * gets no revisitation here (a concurrent write to the sag is retried): the worklists (issue 3) show it for a caseworker to open a new sag.
 * The processor starts at the head of the stream when first deployed and never replays.
 */
@Component
@ProcessingGroup(RevisitationsProces.PROCESSING_GROUP)
public class RevisitationsProces {
    public static final String PROCESSING_GROUP = "revisitation-proces";
    static final Aktoer SYSTEM = new Aktoer("careledger:revisitation-proces", Rolle.SYSTEM);
    private static final Logger LOG = LoggerFactory.getLogger(RevisitationsProces.class);

    private final EventStore eventStore;
    private final Kommandoafsender kommandoer;

    public RevisitationsProces(EventStore eventStore, Kommandoafsender kommandoer) {
        this.eventStore = eventStore;
        this.kommandoer = kommandoer;
    }

    @EventHandler
    @DisallowReplay
    void on(OpfoelgningGennemfoert opfoelgning, EventMessage<?> besked) {
        if (!"E4".equals(opfoelgning.resultatKode())) {
            return;
        }
        Optional<SagId> sag = sagFor(opfoelgning.bevillingId().toString());
        if (sag.isEmpty()) {
            LOG.info("E4 on bevilling {} without a sag: no revisitation started", opfoelgning.bevillingId());
            return;
        }
        UUID kommandoId = UUID.nameUUIDFromBytes(("revisitation:" + besked.getIdentifier()).getBytes(StandardCharsets.UTF_8));
        StartRevisitation kommando = new StartRevisitation(sag.get(), opfoelgning.bevillingId(), opfoelgning.gennemfoertDato(),
                "Opfølgning med resultat E4 (revisitation) på bevilling " + opfoelgning.bevillingId());
        try {
            kommandoer.send(Aggregattype.SAG, sag.get().toString(), kommando, kommandoId, null,
                    new Kalder(SYSTEM, opfoelgning.registrering().kommune()));
        } catch (Afvisning afvisning) {
            if (afvisning.art() == dk.careledger.domain.felles.Afvisningsart.KONFLIKT) {
                // someone wrote to the sag meanwhile: let the processor retry; the derived command id keeps it idempotent
                throw afvisning;
            }
            LOG.info("E4 on bevilling {}: revisitation of sag {} refused ({}): {}", opfoelgning.bevillingId(), sag.get(),
                    afvisning.fejlkode(), afvisning.besked());
        }
    }

    private Optional<SagId> sagFor(String bevillingId) {
        DomainEventStream stream = eventStore.readEvents(bevillingId);
        if (stream.hasNext() && stream.next().getPayload() instanceof BevillingGivet givet) {
            return Optional.ofNullable(givet.sagId());
        }
        return Optional.empty();
    }
}
