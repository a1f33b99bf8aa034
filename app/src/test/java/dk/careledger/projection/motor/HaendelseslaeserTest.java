package dk.careledger.projection.motor;

import static org.assertj.core.api.Assertions.assertThat;

import dk.careledger.app.CareLedgerApplication;
import dk.careledger.app.testsupport.EmbeddedPostgresTest;
import dk.careledger.arbejdsbyrde.Arbejdsbyrde;
import dk.careledger.arbejdsbyrde.Bulkindlaeser;
import dk.careledger.arbejdsbyrde.Parametre;
import dk.careledger.arbejdsbyrde.SyntetiskKryptering;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine's direct reader of the event table yields what Axon's gap-aware stream yields — the same events, payloads,
 * timestamps and tracking tokens — and hands over to Axon's stream where an index that may still commit leaves a gap.
 * (In app's test sources, in the reader's package, because it needs the application's event store and serializer.)
 */
@SpringBootTest(classes = CareLedgerApplication.class)
@EmbeddedPostgresTest
class HaendelseslaeserTest {

    @Autowired
    Bulkindlaeser bulkindlaeser;
    @Autowired
    Haendelseslaeser laeser;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aGeneratedHistoryReadDirectlyInPagesEqualsAxonsStreamEventForEventAndTokenForToken() throws Exception {
        // the tests share a database: each reads from where the store ended before its own events
        long foer = hoved();
        TrackingToken start = foer == 0 ? null : GapAwareTrackingToken.newInstance(foer, List.of());
        bulkindlaeser.indlaes(Arbejdsbyrde.af(Parametre.af(3_003_001L, 40, 60, 2)), new SyntetiskKryptering(), Bulkindlaeser.Fremskridt.ingen());

        Laesning axonsStroem = axonsStroem(start);
        List<Haendelse> axon = axonsStroem.haendelser();
        assertThat(axon).hasSizeGreaterThan(1_000);

        Laesning direkte = direkte(start, foer, 333);

        assertThat(direkte.haendelser()).containsExactlyElementsOf(axon);
        assertThat(direkte.tokens()).containsExactlyElementsOf(axonsStroem.tokens());
    }

    /**
     * The fast path against its standard fallback over a history with holes: indexes that rolled-back or killed
     * transactions consumed and that will never hold an event (here burnt from the sequence between imports, one, three
     * and forty in a row), old enough that neither reader keeps them as gaps. Read in pages of one event (most pages
     * then hold a hole or nothing at all), of 7 (a page inside the run of forty holds no event), of 333 and of the
     * engine's default, the direct reader yields Axon's events, payloads, timestamps and tokens, in Axon's order.
     */
    @Test
    void aHistoryWithHolesReadDirectlyInPagesOfAnySizeEqualsAxonsStreamEventForEventAndTokenForToken() throws Exception {
        long foer = hoved();
        TrackingToken start = foer == 0 ? null : GapAwareTrackingToken.newInstance(foer, List.of());
        long[] huller = {1, 3, 40};
        for (int i = 0; i <= huller.length; i++) {
            bulkindlaeser.indlaes(Arbejdsbyrde.af(Parametre.af(3_003_010L + i, 2, 10, 1)), new SyntetiskKryptering(),
                    Bulkindlaeser.Fremskridt.ingen());
            if (i < huller.length) {
                jdbc.queryForList("SELECT nextval(pg_get_serial_sequence('domain_event_entry', 'global_index')) FROM generate_series(1, ?)",
                        Long.class, huller[i]);
            }
        }
        long hoved = hoved();
        long gemte = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index > ?", Long.class, foer);
        assertThat(hoved - foer - gemte).as("indexes in the range that hold no event").isGreaterThanOrEqualTo(44);

        Laesning axonsStroem = axonsStroem(start);
        List<Haendelse> axon = axonsStroem.haendelser();
        List<TrackingToken> axonTokens = axonsStroem.tokens();
        assertThat(axon).hasSize((int) gemte);
        assertThat(axonTokens).allSatisfy(t -> assertThat(((GapAwareTrackingToken) t).getGaps()).as("old holes are no gaps").isEmpty());

        for (int sidestoerrelse : new int[] {1, 7, 333, 25_000}) {
            Laesning direkte = direkte(start, foer, sidestoerrelse);

            assertThat(direkte.haendelser()).as("events in pages of %d", sidestoerrelse).containsExactlyElementsOf(axon);
            assertThat(direkte.tokens()).as("tokens in pages of %d", sidestoerrelse).containsExactlyElementsOf(axonTokens);
            assertThat(direkte.slut()).as("where Axon's stream goes on, pages of %d", sidestoerrelse).isEqualTo(axonTokens.get(axonTokens.size() - 1));
        }
    }

    @Test
    void aRecentEventAfterAMissingIndexLeavesAGapAndEndsTheDirectReadLikeAxonsStream() {
        bulkindlaeser.indlaes(Arbejdsbyrde.af(Parametre.af(3_003_002L, 3, 10, 1)), new SyntetiskKryptering(), Bulkindlaeser.Fremskridt.ingen());
        long hoved = hoved();
        // a copy of the last event, committed two indexes further on and stamped now: index hoved + 1 is still in flight
        jdbc.update("INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp, "
                + "payload_type, payload_revision, payload, meta_data) SELECT global_index + 2, event_identifier || '-kopi', "
                + "aggregate_identifier || '-kopi', sequence_number, type, ?, payload_type, payload_revision, payload, meta_data "
                + "FROM domain_event_entry WHERE global_index = ?", DateTimeUtils.formatInstant(Instant.now()), hoved);
        jdbc.queryForObject("SELECT setval(pg_get_serial_sequence('domain_event_entry', 'global_index'), ?)", Long.class, hoved + 2);
        TrackingToken foer = GapAwareTrackingToken.newInstance(hoved - 1, List.of());

        Haendelseslaeser.Side side = laeser.laes(foer, hoved - 1, 10);

        TrackingToken axonsToken;
        try (BlockingStream<TrackedEventMessage<?>> stroem = eventStore.openStream(foer)) {
            stroem.nextAvailable();
            axonsToken = stroem.nextAvailable().trackingToken();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertThat(side.haendelser()).extracting(Haendelse::globalIndeks).containsExactly(hoved, hoved + 2);
        assertThat(side.token()).isEqualTo(axonsToken).isEqualTo(GapAwareTrackingToken.newInstance(hoved + 2, List.of(hoved + 1)));
        assertThat(side.sidste()).as("a gap hands over to Axon's stream").isTrue();
        assertThat(laeser.kanLaeseFra(side.token())).isFalse();
    }

    /** What a reader yielded: the events with their own global index, their tokens, and the position it ended at. */
    record Laesning(List<Haendelse> haendelser, List<TrackingToken> tokens, TrackingToken slut) {
    }

    /** The standard path: Axon's gap-aware stream from {@code start}, until nothing more is available. */
    private Laesning axonsStroem(TrackingToken start) throws InterruptedException {
        List<Haendelse> haendelser = new ArrayList<>();
        List<TrackingToken> tokens = new ArrayList<>();
        TrackingToken forrige = start;
        try (BlockingStream<TrackedEventMessage<?>> stroem = eventStore.openStream(start)) {
            while (stroem.hasNextAvailable(500, TimeUnit.MILLISECONDS)) {
                TrackedEventMessage<?> m = stroem.nextAvailable();
                DomainEventMessage<?> d = (DomainEventMessage<?>) m;
                haendelser.add(new Haendelse(EgetIndeks.af(forrige, (GapAwareTrackingToken) m.trackingToken()), d.getAggregateIdentifier(),
                        d.getSequenceNumber(), d.getType(), m.getTimestamp(), m.getPayload()));
                tokens.add(m.trackingToken());
                forrige = m.trackingToken();
            }
        }
        return new Laesning(haendelser, tokens, forrige);
    }

    /** The fast path: the direct reader from {@code start} (index {@code foer}), in pages of {@code sidestoerrelse}. */
    private Laesning direkte(TrackingToken start, long foer, int sidestoerrelse) {
        List<Haendelse> haendelser = new ArrayList<>();
        List<TrackingToken> tokens = new ArrayList<>();
        assertThat(laeser.kanLaeseFra(start)).isTrue();
        TrackingToken efter = start;
        long fra = start == null ? -1 : foer;
        Haendelseslaeser.Side side;
        do {
            side = laeser.laes(efter, fra, sidestoerrelse);
            haendelser.addAll(side.haendelser());
            tokens.addAll(side.tokens());
            efter = side.token();
            fra = side.haendelser().isEmpty() ? side.til() : ((GapAwareTrackingToken) efter).getIndex();
        } while (!side.sidste());
        return new Laesning(haendelser, tokens, efter);
    }

    private long hoved() {
        return jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
    }
}
