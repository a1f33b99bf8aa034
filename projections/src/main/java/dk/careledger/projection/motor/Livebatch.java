package dk.careledger.projection.motor;

/**
 * One batch the live runner took from Axon's stream and applied, with when each step ended, so that a lag can be
 * laid on a time line: was the runner idle, waiting for the stream to deliver, or busy reading, applying or
 * committing? Times are {@link System#nanoTime()} readings of this JVM.
 *
 * @param haendelser    events in the batch
 * @param foersteIndeks global index of its first event
 * @param sidsteIndeks  global index of its last event (events committed out of order can make it the lower one)
 * @param ventFra       when the runner began to wait for this batch (the previous batch had committed)
 * @param ankommet      when the stream had its first event available
 * @param laest         when the batch was taken from the stream and deserialized
 * @param anvendt       when the projections had applied it (their SQL sent), before the commit
 * @param committet     when the transaction with their rows and positions had committed
 * @param forsoeg       attempts it took (a failed attempt rolls back and is retried)
 */
public record Livebatch(int haendelser, long foersteIndeks, long sidsteIndeks, long ventFra, long ankommet, long laest,
        long anvendt, long committet, int forsoeg) {

    /** Idle: waiting for the stream to have an event. */
    public long ventetNanos() {
        return ankommet - ventFra;
    }

    /** Busy: from the first event available to committed. */
    public long arbejdeNanos() {
        return committet - ankommet;
    }
}
