package dk.careledger.projection.motor;

import java.util.List;
import org.axonframework.eventhandling.TrackingToken;

/**
 * Finds the event a projection cannot apply, after a batch failed in it: applies the projection's part of the batch
 * alone, halving the range that fails (each attempt its own transaction, with the projection's position, so what
 * applies is committed), until one event fails alone. That event is poison only when applying it alone fails a second
 * time; a failure that passes on the second attempt was not tied to the event. A failure that is
 * {@link Fejlart#forbigaaende} is thrown at once: the runner backs off and retries, nothing is parked.
 *
 * <p>Runs only after a failure, so the happy path of a batch costs nothing extra; finding one event in a batch of
 * {@code n} takes about {@code 2·log2(n)} transactions.
 */
final class Giftsoegning {
    private Giftsoegning() {
    }

    /**
     * Applies {@code haendelser} to the projection alone and moves its position to {@code til}, in one transaction
     * of its own; throws when the projection (or the transaction) fails, and then nothing of it is committed.
     */
    interface Anvendelse {
        void anvend(List<Haendelse> haendelser, TrackingToken til);
    }

    /** The event the projection cannot apply, and the error it gave the second time. */
    record Gift(Haendelse haendelse, RuntimeException fejl) {
    }

    /**
     * Applies {@code haendelser} (with their tokens, in stream order) through {@code anvendelse} up to the first
     * poison event, which it answers; null when every event was applied.
     *
     * @throws RuntimeException a {@link Fejlart#forbigaaende} failure, unchanged; what was applied before it stays
     */
    static Gift find(List<Haendelse> haendelser, List<TrackingToken> tokens, Anvendelse anvendelse) {
        return haendelser.isEmpty() ? null : find(haendelser, tokens, anvendelse, 0, haendelser.size());
    }

    private static Gift find(List<Haendelse> haendelser, List<TrackingToken> tokens, Anvendelse anvendelse, int fra, int til) {
        RuntimeException fejl = forsoeg(haendelser, tokens, anvendelse, fra, til);
        if (fejl == null) {
            return null;
        }
        if (til - fra == 1) {
            RuntimeException igen = forsoeg(haendelser, tokens, anvendelse, fra, til);
            return igen == null ? null : new Gift(haendelser.get(fra), igen);
        }
        int midt = (fra + til) >>> 1;
        Gift gift = find(haendelser, tokens, anvendelse, fra, midt);
        return gift != null ? gift : find(haendelser, tokens, anvendelse, midt, til);
    }

    private static RuntimeException forsoeg(List<Haendelse> haendelser, List<TrackingToken> tokens, Anvendelse anvendelse, int fra,
            int til) {
        try {
            anvendelse.anvend(haendelser.subList(fra, til), tokens.get(til - 1));
            return null;
        } catch (RuntimeException e) {
            if (Fejlart.forbigaaende(e)) {
                throw e;
            }
            return e;
        }
    }
}
