package dk.careledger.arbejdsbyrde;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * One run of a generated history: an iterator over its events, produced lazily as it is consumed. Not thread-safe;
 * each run is independent of every other.
 */
public final class Koersel implements Iterator<GenereretHaendelse> {

    private final Simulering simulering;

    Koersel(Simulering simulering) {
        this.simulering = simulering;
    }

    @Override
    public boolean hasNext() {
        return simulering.hasNext();
    }

    @Override
    public GenereretHaendelse next() {
        return simulering.next();
    }

    /** Events produced so far (including any not yet taken with {@link #next()}). */
    public long antal() {
        return simulering.antal();
    }

    /**
     * Each aggregate's current state by aggregate id, as the generator folded it with the deciders' {@code evolve}
     * ({@code SagState}, {@code BevillingState}, ...). Only with {@link Parametre#beholdTilstande()}; else empty.
     */
    public Map<String, Object> tilstande() {
        return simulering.tilstande();
    }

    /** One aggregate's current state; see {@link #tilstande()}. */
    public Optional<Object> tilstand(String aggregatId) {
        return Optional.ofNullable(simulering.tilstand(aggregatId));
    }
}
