package dk.careledger.arbejdsbyrde;

import dk.careledger.domain.felles.Tidszone;
import dk.careledger.commandside.bevilling.RevisitationsProces;
import dk.careledger.commandside.borger.BorgerRegister;
import dk.careledger.commandside.borger.NoegleBoks;
import dk.careledger.commandside.infra.LedgerSchema;
import dk.careledger.domain.felles.Aktoer;
import dk.careledger.domain.felles.Kryptering;
import dk.careledger.domain.felles.Registrering;
import dk.careledger.domain.felles.Rolle;
import dk.careledger.domain.sag.event.SagOprettet;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a generated history straight into the event store, in exactly the rows Axon's
 * {@code JdbcEventStorageEngine} writes for the same events — so the application reads, replays, projects and
 * extends a bulk-loaded history as if every command had come through the REST API — but at the speed of PostgreSQL's
 * {@code COPY}, in chunks of one transaction each.
 *
 * <p>The row of an event, column by column as Axon fills it ({@code JdbcEventStorageEngineStatements.appendEvents}):
 * {@code event_identifier} the message id; {@code aggregate_identifier}; {@code sequence_number}; {@code type} the
 * aggregate type ({@code SagAggregate}, ...); {@code time_stamp} the message timestamp as
 * {@link DateTimeUtils#formatInstant} writes it (ISO-8601 UTC with milliseconds) — the ledger points Axon's clock at
 * the clock that gives the registreringstid, so it is the registreringstid; {@code payload_type},
 * {@code payload_revision} and {@code payload} as the ledger's event serializer (the same bean Axon uses) produces
 * them; {@code meta_data} the serialized {@link MetaData} with the {@code correlationId} and {@code traceId} that
 * Axon's default correlation provider copies from the command onto every event (events of one command share one).
 * {@code global_index} comes from its sequence, in load order, which is the history's record-time order.
 *
 * <p>Two things around the events, so that the loaded history behaves like a lived one:
 * <ul>
 *   <li>The citizens are registered first ({@link BorgerRegister}, which creates each citizen's data key), and the
 *       history is then generated with the real key vault, so every encrypted text decrypts. For pure benchmarks,
 *       {@link #indlaes(Arbejdsbyrde, Kryptering, Fremskridt)} skips the register and takes a cheap stand-in
 *       ({@link SyntetiskKryptering}); texts then read as empty, like those of forgotten citizens.</li>
 *   <li>Processes that react to new events ({@link RevisitationsProces}: E4 starts a revisitation) must not react to
 *       an imported history, which already contains their reactions. They are paused for the load and moved to the
 *       head of the stream afterwards. Projections are not touched: they read the loaded events like any others.</li>
 * </ul>
 * The sagsnummer counters are moved past the loaded sagsnumre, so sager opened afterwards get fresh numbers.
 */
@Component
public class Bulkindlaeser {

    /**
     * Events per transaction: large enough for COPY to stream, small enough for readers to follow along. Keep it under
     * Axon's {@code maxGapOffset} (10,000): should a REST command commit while a chunk is being copied, the chunk's
     * global indexes are a gap that the gap-aware tracking tokens must still remember when the chunk commits.
     */
    public static final int STANDARD_CHUNK = 5_000;

    private static final Logger LOG = LoggerFactory.getLogger(Bulkindlaeser.class);
    private static final Aktoer INDLAESER = new Aktoer("careledger:bulkindlaeser", Rolle.SYSTEM);
    private static final Set<String> REAKTIVE_PROCESSER = Set.of(RevisitationsProces.PROCESSING_GROUP);
    private static final String COPY_SQL = "COPY " + LedgerSchema.DOMAIN_EVENT_TABLE
            + " (event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type,"
            + " payload_revision, payload, meta_data) FROM STDIN (FORMAT binary)";
    private static final byte[] COPY_HOVED = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
    private static final int BORGERE_PR_TRANSAKTION = 500;
    private static final int SEND_VED = 1 << 18;

    private final DataSource dataSource;
    private final Serializer serializer;
    private final BorgerRegister register;
    private final NoegleBoks noegleBoks;
    private final TransactionTemplate transaktion;
    private final ObjectProvider<EventProcessingConfiguration> processering;
    private final TokenStore tokenStore;
    private final EventStore eventStore;
    private final TransactionManager axonTransaktion;
    private final Cache aggregatcache;

    public Bulkindlaeser(DataSource dataSource, @Qualifier("eventSerializer") Serializer serializer, BorgerRegister register,
            NoegleBoks noegleBoks, PlatformTransactionManager transactionManager,
            ObjectProvider<EventProcessingConfiguration> processering, TokenStore tokenStore, EventStore eventStore,
            TransactionManager axonTransaktion, @Qualifier("aggregatcache") Cache aggregatcache) {
        this.dataSource = dataSource;
        this.serializer = serializer;
        this.register = register;
        this.noegleBoks = noegleBoks;
        this.transaktion = new TransactionTemplate(transactionManager);
        this.processering = processering;
        this.tokenStore = tokenStore;
        this.eventStore = eventStore;
        this.axonTransaktion = axonTransaktion;
        this.aggregatcache = aggregatcache;
    }

    /** Told after every committed chunk: events loaded so far and the time since the load began. */
    @FunctionalInterface
    public interface Fremskridt {
        void meld(long indlaest, Duration forbrugt);

        static Fremskridt ingen() {
            return (indlaest, forbrugt) -> { };
        }
    }

    /**
     * What a load did.
     *
     * @param haendelser  events written
     * @param borgere     citizens registered (0 when the register was skipped)
     * @param registrering time spent registering citizens
     * @param indlaesning time spent generating, serializing and copying events
     * @param prType      events written per event type (simple class name)
     */
    public record Resultat(long haendelser, long borgere, Duration registrering, Duration indlaesning,
            Map<String, Long> prType) {

        /** Events per second of the event part (generation included when the events were generated on the fly). */
        public double haendelserPrSekund() {
            double sekunder = indlaesning.toNanos() / 1e9;
            return sekunder == 0 ? 0 : haendelser / sekunder;
        }
    }

    /**
     * Loads the whole workload as the application would have recorded it: registers its citizens (with data keys),
     * generates the history with the key vault and writes it.
     */
    public Resultat indlaes(Arbejdsbyrde byrde, Fremskridt fremskridt) {
        long start = System.nanoTime();
        registrerBorgere(byrde.borgere(), byrde.parametre().startdato().atStartOfDay(Tidszone.DANMARK).toInstant());
        Duration registrering = Duration.ofNanos(System.nanoTime() - start);
        Resultat resultat = indlaesHaendelser(byrde.koer(noegleBoks), STANDARD_CHUNK, fremskridt);
        return new Resultat(resultat.haendelser(), byrde.borgere().size(), registrering, resultat.indlaesning(),
                resultat.prType());
    }

    /**
     * Loads the workload's events encrypted with {@code kryptering}, without registering the citizens: for
     * benchmarks on throwaway databases (see {@link SyntetiskKryptering}).
     */
    public Resultat indlaes(Arbejdsbyrde byrde, Kryptering kryptering, Fremskridt fremskridt) {
        return indlaesHaendelser(byrde.koer(kryptering), STANDARD_CHUNK, fremskridt);
    }

    /**
     * Registers citizens in the citizen register, each with a fresh data key, {@code BORGERE_PR_TRANSAKTION} to a
     * transaction. Fails when an identifier is already registered to another borger id (the same seed loaded twice
     * into one database): the history's texts could not be encrypted for it.
     */
    public void registrerBorgere(List<GenereretBorger> borgere, Instant oprettet) {
        for (int fra = 0; fra < borgere.size(); fra += BORGERE_PR_TRANSAKTION) {
            List<GenereretBorger> del = borgere.subList(fra, Math.min(borgere.size(), fra + BORGERE_PR_TRANSAKTION));
            transaktion.executeWithoutResult(status -> {
                for (GenereretBorger borger : del) {
                    UUID id = borger.borgerId().value();
                    BorgerRegister.Registreret registreret = register.registrer(id, borger.identtype(),
                            borger.identifikator(), borger.navn(), new Registrering(borger.kommune().cvr(), INDLAESER, oprettet));
                    if (!registreret.borgerId().equals(id)) {
                        throw new IllegalStateException("The identifier of generated citizen " + id
                                + " is already registered as " + registreret.borgerId() + "; was this seed loaded before?");
                    }
                }
            });
        }
    }

    /**
     * Writes events into the event store with COPY, {@code chunk} to a transaction, in the order given (which must
     * be a valid interleaving: each aggregate's sequence numbers ascending from its current head). Reactive
     * processes are paused meanwhile and moved past the loaded events afterwards. If a chunk fails, it is rolled
     * back and the exception propagates; the chunks committed before it stay (reported through {@code fremskridt}).
     */
    public Resultat indlaesHaendelser(Iterator<GenereretHaendelse> haendelser, int chunk, Fremskridt fremskridt) {
        Objects.requireNonNull(haendelser, "haendelser");
        if (chunk < 1) {
            throw new IllegalArgumentException("chunk must be positive, got " + chunk);
        }
        List<Pauset> pauset = pauser();
        long start = System.nanoTime();
        Map<String, Long> prType = new TreeMap<>();
        Map<String, Integer> sagsnumre = new TreeMap<>();
        long antal = 0;
        try (Connection forbindelse = dataSource.getConnection()) {
            boolean autoCommit = forbindelse.getAutoCommit();
            forbindelse.setAutoCommit(false);
            try {
                Raekker raekker = new Raekker(serializer);
                while (haendelser.hasNext()) {
                    int i = 0;
                    CopyIn copy = forbindelse.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY_SQL);
                    try {
                        raekker.begynd();
                        while (i < chunk && haendelser.hasNext()) {
                            GenereretHaendelse h = haendelser.next();
                            raekker.skriv(h);
                            prType.merge(h.haendelse().getClass().getSimpleName(), 1L, Long::sum);
                            if (h.haendelse() instanceof SagOprettet oprettet) {
                                noterSagsnummer(sagsnumre, oprettet);
                            }
                            i++;
                            if (raekker.laengde() >= SEND_VED) {
                                raekker.send(copy);
                            }
                        }
                        raekker.afslut();
                        raekker.send(copy);
                        copy.endCopy();
                    } finally {
                        if (copy.isActive()) {
                            copy.cancelCopy();
                        }
                    }
                    forbindelse.commit();
                    antal += i;
                    fremskridt.meld(antal, Duration.ofNanos(System.nanoTime() - start));
                }
                flytSagsnummertaellere(forbindelse, sagsnumre);
                forbindelse.commit();
            } catch (SQLException | RuntimeException e) {
                forbindelse.rollback();
                throw e;
            } finally {
                forbindelse.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Bulk load into " + LedgerSchema.DOMAIN_EVENT_TABLE + " failed after " + antal
                    + " events", e);
        } finally {
            // the loaded events went past the aggregates: a cached one may now be behind its stream (ADR 0015)
            aggregatcache.removeAll();
            genoptag(pauset);
        }
        Duration tid = Duration.ofNanos(System.nanoTime() - start);
        LOG.info("Bulk-loaded {} events in {} ms", antal, tid.toMillis());
        return new Resultat(antal, 0, Duration.ZERO, tid, Collections.unmodifiableMap(prType));
    }

    /**
     * Rows in PostgreSQL's binary COPY format, sent on to the server every {@link #SEND_VED} bytes, so that the server
     * inserts while the next rows are serialized.
     */
    private static final class Raekker {
        private final Serializer serializer;
        private final Buffer ud = new Buffer(SEND_VED + (1 << 16));
        private UUID sidsteKommando;
        private byte[] sidsteMetadata;

        Raekker(Serializer serializer) {
            this.serializer = serializer;
        }

        void begynd() {
            ud.reset();
            ud.write(COPY_HOVED, 0, COPY_HOVED.length);
        }

        void send(CopyIn copy) throws SQLException {
            copy.writeToCopy(ud.data(), 0, ud.size());
            ud.reset();
        }

        void skriv(GenereretHaendelse h) {
            SerializedObject<byte[]> payload = serializer.serialize(h.haendelse(), byte[].class);
            if (!h.kommandoId().equals(sidsteKommando)) {
                String id = h.kommandoId().toString();
                sidsteMetadata = serializer.serialize(MetaData.with("correlationId", id).and("traceId", id), byte[].class)
                        .getData();
                sidsteKommando = h.kommandoId();
            }
            ud.int16(9);
            ud.tekst(h.haendelsesId().toString());
            ud.tekst(h.aggregatId());
            ud.int32(8);
            ud.int64(h.sekvens());
            ud.tekst(h.aggregattype());
            ud.tekst(DateTimeUtils.formatInstant(h.tidspunkt()));
            ud.tekst(payload.getType().getName());
            ud.tekst(payload.getType().getRevision());
            ud.bytes(payload.getData());
            ud.bytes(sidsteMetadata);
        }

        void afslut() {
            ud.int16(-1);
        }

        int laengde() {
            return ud.size();
        }
    }

    /** A growable byte buffer with big-endian writes, exposing its array without a copy. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer(int stoerrelse) {
            super(stoerrelse);
        }

        byte[] data() {
            return buf;
        }

        void int16(int v) {
            write(v >>> 8);
            write(v);
        }

        void int32(int v) {
            write(v >>> 24);
            write(v >>> 16);
            write(v >>> 8);
            write(v);
        }

        void int64(long v) {
            int32((int) (v >>> 32));
            int32((int) v);
        }

        void tekst(String s) {
            if (s == null) {
                int32(-1);
                return;
            }
            bytes(s.getBytes(StandardCharsets.UTF_8));
        }

        void bytes(byte[] b) {
            int32(b.length);
            write(b, 0, b.length);
        }
    }

    private static void noterSagsnummer(Map<String, Integer> sagsnumre, SagOprettet oprettet) {
        String[] dele = oprettet.sagsnummer().split("-");
        if (dele.length < 2) {
            return;
        }
        try {
            int nummer = Integer.parseInt(dele[dele.length - 2]);
            sagsnumre.merge(oprettet.ejer().value() + ":" + oprettet.opstaaetDato().getYear(), nummer, Math::max);
        } catch (NumberFormatException ikkeEtLoebenummer) {
            // a sagsnummer of another shape: it cannot collide with the counter's
        }
    }

    private static void flytSagsnummertaellere(Connection forbindelse, Map<String, Integer> sagsnumre) throws SQLException {
        try (PreparedStatement s = forbindelse.prepareStatement("INSERT INTO sagsnummer_taeller (kommune, aar, naeste) "
                + "VALUES (?, ?, ?) ON CONFLICT (kommune, aar) DO UPDATE "
                + "SET naeste = GREATEST(sagsnummer_taeller.naeste, EXCLUDED.naeste)")) {
            for (Map.Entry<String, Integer> e : sagsnumre.entrySet()) {
                String[] noegle = e.getKey().split(":");
                s.setString(1, noegle[0]);
                s.setInt(2, Integer.parseInt(noegle[1]));
                s.setInt(3, e.getValue() + 1);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** A reactive process paused for a load, and whether it ran before. */
    private record Pauset(StreamingEventProcessor processor, boolean koerte) {
    }

    private List<Pauset> pauser() {
        EventProcessingConfiguration konfiguration = processering.getIfAvailable();
        if (konfiguration == null) {
            return List.of();
        }
        List<Pauset> pauset = new ArrayList<>();
        for (String navn : REAKTIVE_PROCESSER) {
            konfiguration.eventProcessor(navn, StreamingEventProcessor.class).ifPresent(processor -> {
                boolean koerte = processor.isRunning();
                if (koerte) {
                    processor.shutDown();
                }
                pauset.add(new Pauset(processor, koerte));
            });
        }
        return pauset;
    }

    /**
     * Moves the paused processes to the head of the stream, past everything loaded, and starts again those that ran.
     * A process that never ran has no position yet and starts at the head anyway.
     */
    private void genoptag(List<Pauset> pauset) {
        for (Pauset p : pauset) {
            String navn = p.processor().getName();
            TrackingToken hoved = eventStore.createHeadToken();
            axonTransaktion.executeInTransaction(() -> {
                for (int segment : tokenStore.fetchSegments(navn)) {
                    tokenStore.fetchToken(navn, segment);
                    tokenStore.storeToken(hoved, navn, segment);
                    tokenStore.releaseClaim(navn, segment);
                }
            });
            if (p.koerte()) {
                p.processor().start();
                ventTilArbejder(p.processor());
            }
        }
    }

    /**
     * Waits until a restarted processor's workers really run, that is until every claimed segment reports that it has
     * caught up with the head (where {@link #genoptag} put its token). Waiting only until the segments are claimed is
     * not enough: Axon's worker launcher claims a segment and only afterwards, in its clean-up, starts the worker in its
     * own thread; a {@code shutDown()} in between (the next load, milliseconds later) makes it free the segment without
     * giving back its thread count ({@code availableThreads}), so every later {@code start()} claims nothing and the
     * process stays silent although it reports that it runs. This was the race behind BulkindlaesningTest and
     * SagensLivsforloebEndToEndTest failing now and then waiting for a revisitation. A worker that has caught up has
     * left the launcher, so the next shutdown stops it cleanly.
     */
    private static void ventTilArbejder(StreamingEventProcessor processor) {
        long frist = System.nanoTime() + 60_000_000_000L;
        while (!koerer(processor)) {
            if (System.nanoTime() > frist) {
                throw new IllegalStateException("Event processor " + processor.getName() + " did not start its workers within 60 s"
                        + " after a bulk load: " + processor.processingStatus());
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static boolean koerer(StreamingEventProcessor processor) {
        var status = processor.processingStatus();
        return !status.isEmpty() && status.values().stream().allMatch(s -> s.isCaughtUp() && !s.isErrorState());
    }
}
