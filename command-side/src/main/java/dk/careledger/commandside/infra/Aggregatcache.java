package dk.careledger.commandside.infra;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * The aggregates most recently used by a command, kept in memory so that the next command on them does not read and
 * deserialize their whole stream again (ADR 0015): a bevilling with a year of leveringer has over a thousand events.
 * Axon's caching repository puts an aggregate here after its unit of work commits and removes it when a unit of work on
 * it rolls back, so a refused command or a lost write race never leaves a stale entry.
 *
 * <p>Bounded and least-recently-used, not weak: a weak entry is cleared by the next garbage collection, which under a
 * command load comes every few hundred milliseconds. {@code maksAntal} bounds the memory: a state holds the ids of
 * every levering of its bevilling (about 50 bytes each), so a full cache of the longest streams is tens of MB.
 *
 * <p>Anything that writes events without going through an aggregate must empty the cache afterwards
 * ({@link #removeAll()}; the bulk loader does).
 */
public final class Aggregatcache implements Cache {
    private final int maksAntal;
    private final List<EntryListener> lyttere = new CopyOnWriteArrayList<>();
    private final LinkedHashMap<Object, Object> indhold;

    public Aggregatcache(int maksAntal) {
        if (maksAntal < 1) {
            throw new IllegalArgumentException("maksAntal must be positive, got " + maksAntal);
        }
        this.maksAntal = maksAntal;
        this.indhold = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> aeldste) {
                if (size() <= Aggregatcache.this.maksAntal) {
                    return false;
                }
                lyttere.forEach(l -> l.onEntryExpired(aeldste.getKey()));
                return true;
            }
        };
    }

    public synchronized int antal() {
        return indhold.size();
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <K, V> V get(K noegle) {
        V v = (V) indhold.get(noegle);
        if (v != null) {
            lyttere.forEach(l -> l.onEntryRead(noegle, v));
        }
        return v;
    }

    @Override
    public synchronized void put(Object noegle, Object vaerdi) {
        Object foer = indhold.put(noegle, vaerdi);
        lyttere.forEach(l -> {
            if (foer == null) {
                l.onEntryCreated(noegle, vaerdi);
            } else {
                l.onEntryUpdated(noegle, vaerdi);
            }
        });
    }

    @Override
    public synchronized boolean putIfAbsent(Object noegle, Object vaerdi) {
        if (indhold.containsKey(noegle)) {
            return false;
        }
        put(noegle, vaerdi);
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <T> T computeIfAbsent(Object noegle, Supplier<T> vaerdi) {
        T v = (T) indhold.get(noegle);
        if (v == null) {
            v = vaerdi.get();
            put(noegle, v);
        }
        return v;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <V> void computeIfPresent(Object noegle, UnaryOperator<V> opdatering) {
        V v = (V) indhold.get(noegle);
        if (v == null) {
            return;
        }
        V ny = opdatering.apply(v);
        if (ny == null) {
            remove(noegle);
        } else {
            put(noegle, ny);
        }
    }

    @Override
    public synchronized boolean remove(Object noegle) {
        if (indhold.remove(noegle) == null) {
            return false;
        }
        lyttere.forEach(l -> l.onEntryRemoved(noegle));
        return true;
    }

    @Override
    public synchronized void removeAll() {
        List<Object> noegler = new ArrayList<>(indhold.keySet());
        indhold.clear();
        noegler.forEach(k -> lyttere.forEach(l -> l.onEntryRemoved(k)));
    }

    @Override
    public synchronized boolean containsKey(Object noegle) {
        return indhold.containsKey(noegle);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener lytter) {
        lyttere.add(lytter);
        return () -> lyttere.remove(lytter);
    }
}
