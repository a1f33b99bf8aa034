package dk.careledger.projection.motor;

import java.util.Set;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;

/**
 * An event's own place in the global order, from the tokens of Axon's gap-aware stream. The token Axon hands with an
 * event is the stream's position after it, and its {@code index} is the highest index seen so far: for an event that
 * committed late, into a gap the stream had already passed, that is another event's index (issue 14: 5 of 207
 * {@code SagOprettet} facts carried an index one too high, and live differed from rebuilt). Compared with the token
 * before it, the event is either
 * <ul>
 *   <li>ahead of everything seen: then the index rose to the event's own; or</li>
 *   <li>a late one: then the index stayed, and the event's index is the gap that closed.</li>
 * </ul>
 * When more than one gap closed at once (Axon drops gaps older than its gap timeout or farther back than its maximum
 * gap offset while it reads), the tokens cannot tell which one the event filled; the caller then asks the event table.
 */
final class EgetIndeks {
    static final long UKENDT = -1;

    private EgetIndeks() {
    }

    /** The event's own global index, or {@link #UKENDT} when the two tokens do not say. */
    static long af(TrackingToken forrige, GapAwareTrackingToken ny) {
        if (!(forrige instanceof GapAwareTrackingToken f) || ny.getIndex() > f.getIndex()) {
            return ny.getIndex();
        }
        Set<Long> nyeHuller = ny.getGaps();
        long lukket = UKENDT;
        for (long hul : f.getGaps()) {
            if (!nyeHuller.contains(hul)) {
                if (lukket != UKENDT) {
                    return UKENDT; // two gaps closed: one by this event, the other by Axon's cleaning
                }
                lukket = hul;
            }
        }
        return lukket;
    }
}
