package dk.careledger.projection.motor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.UncategorizedSQLException;

/** Finding the one event a projection cannot apply, committing what comes before it, and never blaming an event for a transient failure. */
class GiftsoegningTest {

    /** A projection's part of a batch applied alone: fails on {@code gift}, or on its first {@code forbigaaende} attempts. */
    static final class Anvendelser implements Giftsoegning.Anvendelse {
        final List<Long> anvendt = new ArrayList<>();
        final List<Long> positioner = new ArrayList<>();
        long gift = -1;
        int fejlFoerst;
        RuntimeException fejlen = new IllegalStateException("en gang");
        int forsoeg;

        @Override
        public void anvend(List<Haendelse> haendelser, TrackingToken til) {
            forsoeg++;
            if (fejlFoerst > 0) {
                fejlFoerst--;
                throw fejlen;
            }
            if (haendelser.stream().anyMatch(h -> h.globalIndeks() == gift)) {
                throw new DataIntegrityViolationException("invalid byte sequence for encoding \"UTF8\": 0x00");
            }
            haendelser.forEach(h -> anvendt.add(h.globalIndeks()));
            positioner.add(((GapAwareTrackingToken) til).getIndex());
        }
    }

    private static final List<Haendelse> BATCH = LongStream.rangeClosed(1, 100)
            .mapToObj(i -> new Haendelse(i, "agg-" + i, 0, "Sag", Instant.EPOCH, "h" + i)).toList();
    private static final List<TrackingToken> TOKENS = LongStream.rangeClosed(1, 100)
            .mapToObj(i -> (TrackingToken) GapAwareTrackingToken.newInstance(i, List.of())).toList();

    @Test
    void givenOnePoisonEventInABatchWhenSearchedThenEverythingBeforeItIsAppliedInOrderAndTheEventIsNamedInFewAttempts() {
        Anvendelser a = new Anvendelser();
        a.gift = 73;

        Giftsoegning.Gift gift = Giftsoegning.find(BATCH, TOKENS, a);

        assertThat(gift.haendelse().globalIndeks()).isEqualTo(73);
        assertThat(gift.fejl()).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(a.anvendt).isEqualTo(LongStream.range(1, 73).boxed().toList());
        assertThat(a.positioner.get(a.positioner.size() - 1)).as("position just before the event").isEqualTo(72);
        assertThat(a.forsoeg).as("a halving search, not one attempt per event").isLessThanOrEqualTo(16);
    }

    @Test
    void givenAFailureThatPassesWhenTheEventIsAppliedAloneAgainThenNoEventIsNamedAndTheWholePartIsApplied() {
        Anvendelser a = new Anvendelser();
        a.fejlFoerst = 7; // fails down to a single event, then passes its second attempt

        assertThat(Giftsoegning.find(BATCH, TOKENS, a)).isNull();
        assertThat(a.anvendt).isEqualTo(LongStream.rangeClosed(1, 100).boxed().toList());
    }

    @Test
    void givenATransientFailureWhenSearchingThenItIsThrownAtOnceAndNothingIsBlamed() {
        Anvendelser a = new Anvendelser();
        a.fejlFoerst = 1;
        a.fejlen = new CannotAcquireLockException("deadlock detected");

        assertThatThrownBy(() -> Giftsoegning.find(BATCH, TOKENS, a)).isSameAs(a.fejlen);
        assertThat(a.forsoeg).isEqualTo(1);
        assertThat(a.anvendt).isEmpty();
    }

    @Test
    void givenFailuresOfTheConnectionSerializationOrOperatorKindThenTheyAreTransientAndDataErrorsAreNot() {
        assertThat(Fejlart.forbigaaende(new UncategorizedSQLException("x", "y", new SQLException("connection refused", "08001")))).isTrue();
        assertThat(Fejlart.forbigaaende(new UncategorizedSQLException("x", "y", new SQLException("could not serialize", "40001")))).isTrue();
        assertThat(Fejlart.forbigaaende(new UncategorizedSQLException("x", "y", new SQLException("terminating connection", "57P01")))).isTrue();
        assertThat(Fejlart.forbigaaende(new IllegalStateException(new java.net.SocketException("reset")))).isTrue();
        assertThat(Fejlart.forbigaaende(new UncategorizedSQLException("x", "y", new SQLException("invalid byte sequence", "22021")))).isFalse();
        assertThat(Fejlart.forbigaaende(new DataIntegrityViolationException("date out of range"))).isFalse();
        assertThat(Fejlart.forbigaaende(new IllegalStateException("a bug"))).isFalse();
    }
}
