package dk.careledger.projection.motor;

import java.util.List;

/**
 * A read model fed by the {@link Projektionsmotor}. It owns its tables (and their Flyway migrations, V100+), and it
 * must be:
 * <ul>
 *   <li><b>batched</b> — {@link #anvend} gets many events at once and should read and write its rows per batch
 *       (load the rows the batch touches in one query, write them back in one batch statement);</li>
 *   <li><b>deterministic</b> — its rows are a function of the events alone (record time and business time come from
 *       the events, never from the clock), so a rebuild from zero gives the same rows as live processing;</li>
 *   <li><b>resettable</b> — {@link #nulstil} empties its tables ({@link #tabeller}); the engine then replays every
 *       event.</li>
 * </ul>
 * Both run inside the engine's transaction, together with the update of the projection's position, so every event
 * is applied exactly once.
 */
public interface Projektion {

    /** A stable kebab-case name; it keys the projection's position, so renaming it means a rebuild. */
    String navn();

    /** Applies a batch of events, in global order. Events of types the projection does not know are ignored. */
    void anvend(List<Haendelse> haendelser);

    /**
     * The tables the projection owns and writes, each with an ORDER BY that lists its rows in a stable order (e.g.
     * {@code "sag ORDER BY sag_id"}): the rebuild test compares them row for row after live processing and after a
     * rebuild from zero.
     */
    List<String> tabeller();

    /** Empties the projection's tables, before a rebuild from the first event. */
    void nulstil();

    /**
     * True when {@link #anvend} reads and writes only the projection's own tables (and the event store), never rows
     * another projection writes: then, during a rebuild, the engine may apply a batch to it in a transaction of its
     * own on a second thread, beside the other projections (its rows and its position still commit together, so it
     * stays exactly-once). False, the default: it is applied together with every other such projection, in
     * registration order, in one transaction.
     */
    default boolean selvstaendig() {
        return false;
    }
}
