package dk.careledger.arbejdsbyrde;

import dk.careledger.domain.bevilling.event.BevillingEvent;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.forloeb.event.ForloebEvent;
import dk.careledger.domain.henvendelse.event.HenvendelseEvent;
import dk.careledger.domain.sag.event.SagEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One event of a generated history, with what the event store needs beside it: the aggregate it belongs to, the
 * aggregate type exactly as Axon stores it ({@code SagAggregate}, ...), its 0-based sequence number in that
 * aggregate, the event record a decider produced, the event's message id ({@code event_identifier}) and the id of
 * the command that caused it (Axon's {@code correlationId}/{@code traceId} metadata; events of one command share it).
 */
public record GenereretHaendelse(String aggregatId, String aggregattype, long sekvens, Record haendelse,
        UUID haendelsesId, UUID kommandoId) {

    public GenereretHaendelse {
        Objects.requireNonNull(aggregatId, "aggregatId");
        Objects.requireNonNull(aggregattype, "aggregattype");
        Objects.requireNonNull(haendelse, "haendelse");
        Objects.requireNonNull(haendelsesId, "haendelsesId");
        Objects.requireNonNull(kommandoId, "kommandoId");
    }

    /** Who recorded the event, for which kommune, and when. */
    public Registrering registrering() {
        if (haendelse instanceof SagEvent e) {
            return e.registrering();
        }
        if (haendelse instanceof BevillingEvent e) {
            return e.registrering();
        }
        if (haendelse instanceof HenvendelseEvent e) {
            return e.registrering();
        }
        return ((ForloebEvent) haendelse).registrering();
    }

    /** The record time, which is also the message timestamp Axon stores ({@code time_stamp}). */
    public Instant tidspunkt() {
        return registrering().registreringstid();
    }
}
