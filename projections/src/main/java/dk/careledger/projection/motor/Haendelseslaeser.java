package dk.careledger.projection.motor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads stored events straight from {@code domain_event_entry}, a large page per query, for a runner that is far
 * behind the head (a rebuild, or a start after downtime). It yields exactly what Axon's gap-aware stream would — the
 * same events in global order, each with the {@link GapAwareTrackingToken} that {@link JdbcEventStorageEngine}
 * computes for it — only cheaper per event.
 *
 * <p>Why: a profile (JFR) of a full rebuild at 200,000 events had about a third of the runner thread's samples in
 * Axon's stream and deserialization, and more than half of the deserialization in parsing instants with
 * {@code DateTimeFormatter} (the row's {@code time_stamp}, twice, and every instant in the payload), the rest largely
 * a class lookup and a fresh {@code ObjectReader} per event. Here the payload class and its reader are looked up once
 * per type, instants are parsed by {@link Tidstolk}, and a page is one query.
 *
 * <p>It is only a catch-up path, and declines (returns null) whenever it could differ from Axon's stream:
 * <ul>
 *   <li>the event serializer is not Jackson, or the storage engine is not JDBC;</li>
 *   <li>an upcaster is registered (the chain would rewrite payloads; Axon's stream applies it);</li>
 *   <li>the token it would continue from has gaps (events committed out of order near the head): Axon's stream
 *       re-reads gaps, this reader does not.</li>
 * </ul>
 * Gap tracking mirrors {@link JdbcEventStorageEngine} with the defaults the ledger uses (gap timeout 60 s, maximum
 * gap offset 10,000, lowest global sequence 1): an index missing before a recent event becomes a gap in the token,
 * and the caller then hands that token to Axon's stream, which fills or times out the gap as usual. Payloads of a type
 * the JVM does not know are deserialized by Axon's serializer, so they arrive as its {@code UnknownSerializedType}.
 */
@Component
class Haendelseslaeser {
    private static final Logger LOG = LoggerFactory.getLogger(Haendelseslaeser.class);
    /** {@code JdbcEventStorageEngine}'s defaults, which {@code AxonInfrastructureConfig} keeps. */
    static final int MAKS_HULAFSTAND = 10_000;
    static final long HUL_TIMEOUT_MS = 60_000;
    static final long LAVESTE_GLOBALE_SEKVENS = 1;

    /** Axon's own query for a token without gaps: a range of the primary key, which always plans as an index scan. */
    private static final String SQL = "SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp, "
            + "payload_type, payload_revision, payload FROM domain_event_entry WHERE global_index > ? AND global_index <= ? ORDER BY global_index";

    private final JdbcTemplate jdbc;
    private final ObjectProvider<EventStorageEngine> lager;
    private final ObjectProvider<org.axonframework.config.Configuration> axon;
    private volatile Optional<Opsaetning> opsaetning;

    Haendelseslaeser(JdbcTemplate jdbc, ObjectProvider<EventStorageEngine> lager, ObjectProvider<org.axonframework.config.Configuration> axon) {
        this.jdbc = jdbc;
        this.lager = lager;
        this.axon = axon;
    }

    /**
     * One page: the events (possibly none, where the range held no committed event), each one's token, the token to
     * read on from, the end of the index range read, and whether the caller should go on with Axon's stream now.
     */
    record Side(List<Haendelse> haendelser, List<TrackingToken> tokens, TrackingToken token, long til, boolean sidste) {
    }

    /** The serializer and the reader's own copy of its mapper, decided once. */
    private record Opsaetning(Serializer serializer, ObjectMapper mapper, Map<String, Optional<ObjectReader>> laesere) {
    }

    /** True when this reader may replace Axon's stream from {@code token} on. */
    /** The global index of the event with this identifier (for the rare late event whose tokens do not tell it). */
    long globaltIndeks(String eventIdentifier) {
        Long indeks = jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?", Long.class, eventIdentifier);
        if (indeks == null) {
            throw new IllegalStateException("No stored event has the identifier " + eventIdentifier);
        }
        return indeks;
    }

    boolean kanLaeseFra(TrackingToken token) {
        if (token != null && !(token instanceof GapAwareTrackingToken gap && gap.getGaps().isEmpty())) {
            return false;
        }
        return opsaetning().isPresent();
    }

    /**
     * The events with a global index in {@code (fra, fra + antal]} — {@code fra} is {@code efter}'s index, or the end of
     * the previous range where that held no event — after token {@code efter} (null: none read yet). {@code sidste}
     * is true when the range reached the head or the last token has gaps.
     */
    Side laes(TrackingToken efter, long fra, int antal) {
        Opsaetning o = opsaetning().orElseThrow();
        GapAwareTrackingToken token = (GapAwareTrackingToken) efter;
        long hoved = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
        // as in JdbcEventStorageEngine: a missing index counts as a gap only before an event younger than the timeout;
        // taking "now" before the query makes the frame earlier, so this errs on the side of more gaps
        Instant hulgraense = GenericEventMessage.clock.instant().minusMillis(HUL_TIMEOUT_MS);
        long til = fra + antal;
        List<Raekke> raekker = new ArrayList<>(antal);
        jdbc.query(con -> {
            var ps = con.prepareStatement(SQL);
            ps.setLong(1, fra);
            ps.setLong(2, til);
            return ps;
        }, rs -> {
            raekker.add(new Raekke(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                    rs.getString(7), rs.getString(8), rs.getBytes(9)));
        });
        List<Haendelse> haendelser = new ArrayList<>(raekker.size());
        List<TrackingToken> tokens = new ArrayList<>(raekker.size());
        GapAwareTrackingToken t = token;
        for (Raekke r : raekker) {
            Instant tidspunkt = tidspunkt(r.tidspunkt());
            boolean huller = tidspunkt.isAfter(hulgraense);
            if (t == null) {
                t = GapAwareTrackingToken.newInstance(r.indeks(), huller ? LongStream.range(Math.min(LAVESTE_GLOBALE_SEKVENS, r.indeks()),
                        r.indeks()).boxed().collect(Collectors.toCollection(TreeSet::new)) : Collections.emptySortedSet());
            } else {
                t = t.advanceTo(r.indeks(), huller ? MAKS_HULAFSTAND : 0);
            }
            tokens.add(t);
            Object payload = payload(o, r);
            boolean domaene = !r.haendelsesId().equals(r.aggregatId());
            haendelser.add(domaene ? new Haendelse(r.indeks(), r.aggregatId(), r.sekvens(), r.aggregattype(), tidspunkt, payload)
                    : new Haendelse(r.indeks(), null, 0, null, tidspunkt, payload));
        }
        // at the head, or past an index that may still commit: Axon's stream takes over
        boolean sidste = til >= hoved || (t != null && !t.getGaps().isEmpty());
        return new Side(haendelser, tokens, t, til, sidste);
    }

    /**
     * Every stored event of these aggregates, in global order (for a replay of a few aggregates, {@link Tilbageblik}):
     * one query on the store's key {@code (aggregate_identifier, sequence_number)}.
     */
    List<Haendelse> forAggregater(Collection<String> aggregatIds) {
        if (aggregatIds.isEmpty()) {
            return List.of();
        }
        Opsaetning o = opsaetning().orElseThrow(() -> new IllegalStateException("A replay reads the store itself: it needs the JDBC storage "
                + "engine, the Jackson serializer and no upcasters"));
        List<Raekke> raekker = new ArrayList<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement("SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp, "
                    + "payload_type, payload_revision, payload FROM domain_event_entry WHERE aggregate_identifier = ANY(?) ORDER BY global_index");
            ps.setArray(1, con.createArrayOf("varchar", aggregatIds.toArray()));
            return ps;
        }, rs -> {
            raekker.add(new Raekke(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                    rs.getString(7), rs.getString(8), rs.getBytes(9)));
        });
        List<Haendelse> haendelser = new ArrayList<>(raekker.size());
        for (Raekke r : raekker) {
            haendelser.add(new Haendelse(r.indeks(), r.aggregatId(), r.sekvens(), r.aggregattype(), tidspunkt(r.tidspunkt()), payload(o, r)));
        }
        return haendelser;
    }

    private record Raekke(long indeks, String haendelsesId, String aggregatId, long sekvens, String aggregattype, String tidspunkt,
            String payloadType, String revision, byte[] payload) {
    }

    private static Instant tidspunkt(String tekst) {
        Instant i = Tidstolk.iso(tekst);
        return i != null ? i : DateTimeUtils.parseInstant(tekst);
    }

    private static Object payload(Opsaetning o, Raekke r) {
        Optional<ObjectReader> laeser = o.laesere().computeIfAbsent(r.payloadType(), type -> {
            if (SimpleSerializedType.emptyType().getName().equals(type)) {
                return Optional.empty();
            }
            try {
                return Optional.of(o.mapper().readerFor(o.mapper().getTypeFactory().findClass(type)));
            } catch (ClassNotFoundException e) {
                return Optional.empty();
            }
        });
        if (laeser.isEmpty()) {
            return o.serializer().deserialize(new SimpleSerializedObject<>(r.payload(), byte[].class, r.payloadType(), r.revision()));
        }
        try {
            return laeser.get().readValue(r.payload());
        } catch (IOException e) {
            throw new SerializationException("Error while deserializing event " + r.indeks() + " of type " + r.payloadType(), e);
        }
    }

    private Optional<Opsaetning> opsaetning() {
        Optional<Opsaetning> o = opsaetning;
        if (o == null) {
            o = beslut();
            opsaetning = o;
        }
        return o;
    }

    private Optional<Opsaetning> beslut() {
        EventStorageEngine engine = lager.getIfAvailable();
        if (!(engine instanceof JdbcEventStorageEngine jdbcEngine)) {
            LOG.info("Projection catch-up reads through Axon's stream: the storage engine is {}", engine == null ? "absent" : engine.getClass());
            return Optional.empty();
        }
        Serializer serializer = ((AbstractEventStorageEngine) jdbcEngine).getEventSerializer();
        if (!(serializer instanceof JacksonSerializer jackson)) {
            LOG.info("Projection catch-up reads through Axon's stream: the event serializer is {}", serializer.getClass());
            return Optional.empty();
        }
        org.axonframework.config.Configuration konfiguration = axon.getIfAvailable();
        EventUpcaster kaede = konfiguration == null ? null : konfiguration.upcasterChain();
        if (kaede != null) {
            // an empty chain (or Axon's no-op upcaster) hands back the very stream it was given; any upcaster wraps it
            Stream<IntermediateEventRepresentation> proeve = Stream.empty();
            if (kaede.upcast(proeve) != proeve) {
                LOG.info("Projection catch-up reads through Axon's stream: event upcasters are registered");
                return Optional.empty();
            }
        }
        ObjectMapper mapper = jackson.getObjectMapper().copy().registerModule(Tidstolk.jacksonModul());
        return Optional.of(new Opsaetning(serializer, mapper, new ConcurrentHashMap<>()));
    }
}
