package dk.careledger.projection.motor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The lanes of one runner's rebuild: how a batch's projections are spread over up to
 * {@code ledger.projektioner.genopbygning-spor} lanes ({@link #fordel}), and the threads that run the lanes but the
 * first, which is the runner's own ({@link #koer}), so that one lane's SQL runs in PostgreSQL while another lane folds
 * events in Java. What a lane does with its projections (one transaction) is the caller's; the live runner has one lane.
 */
final class Spor {
    /** The runner's thread name: the lanes' threads are named after it. */
    private final String loeber;
    private final int antal;
    private ExecutorService hjaelpere;

    Spor(String loeber, int antal) {
        this.loeber = loeber;
        this.antal = antal;
    }

    /**
     * The lanes of a rebuild batch: every projection that is not {@link Projektion#selvstaendig} in the first lane,
     * in registration order, and the self-contained ones spread over the lanes, heaviest first onto the lane with
     * the least time spent so far ({@code nanosIAnvend} since the rebuild began), so the lanes finish together.
     */
    List<List<Deltager>> fordel(List<Deltager> alle) {
        int antalSpor = Math.min(antal, alle.size());
        if (antalSpor <= 1 || alle.stream().noneMatch(d -> d.projektion.selvstaendig())) {
            return List.of(alle);
        }
        List<List<Deltager>> spor = new ArrayList<>();
        long[] vaegt = new long[antalSpor];
        for (int i = 0; i < antalSpor; i++) {
            spor.add(new ArrayList<>());
        }
        List<Deltager> frie = new ArrayList<>();
        for (Deltager d : alle) {
            if (d.projektion.selvstaendig()) {
                frie.add(d);
            } else {
                spor.get(0).add(d);
                vaegt[0] += d.nanosIAnvend.get();
            }
        }
        frie.sort((a, b) -> Long.compare(b.nanosIAnvend.get(), a.nanosIAnvend.get()));
        for (Deltager d : frie) {
            int let = 0;
            for (int i = 1; i < antalSpor; i++) {
                if (vaegt[i] < vaegt[let] || (vaegt[i] == vaegt[let] && spor.get(i).size() < spor.get(let).size())) {
                    let = i;
                }
            }
            spor.get(let).add(d);
            vaegt[let] += d.nanosIAnvend.get();
        }
        spor.removeIf(List::isEmpty);
        return spor;
    }

    /**
     * Runs {@code anvend} for every lane: the first on this thread, the others on the lanes' threads, and waits for
     * all of them (also when one fails); throws the first failure, with the others suppressed.
     */
    void koer(List<List<Deltager>> spor, Consumer<List<Deltager>> anvend) {
        if (spor.size() == 1) {
            anvend.accept(spor.get(0));
            return;
        }
        List<Future<?>> andre = new ArrayList<>();
        for (List<Deltager> s : spor.subList(1, spor.size())) {
            andre.add(hjaelpere().submit(() -> anvend.accept(s)));
        }
        RuntimeException fejl = null;
        try {
            anvend.accept(spor.get(0));
        } catch (RuntimeException e) {
            fejl = e;
        }
        for (Future<?> f : andre) {
            RuntimeException e = ventPaa(f);
            if (e != null && fejl == null) {
                fejl = e;
            } else if (e != null) {
                fejl.addSuppressed(e);
            }
        }
        if (fejl != null) {
            throw fejl;
        }
    }

    /**
     * Runs {@code arbejde} on this thread and on as many lanes' threads as there are lanes and {@code opgaver} to
     * share (the work takes its tasks from a queue of its own); the lanes' failures.
     */
    List<RuntimeException> paaFlere(Runnable arbejde, int opgaver) {
        List<Future<?>> andre = new ArrayList<>();
        for (int i = 1; i < Math.min(antal, opgaver); i++) {
            andre.add(hjaelpere().submit(arbejde));
        }
        arbejde.run();
        List<RuntimeException> fejl = new ArrayList<>();
        for (Future<?> f : andre) {
            RuntimeException e = ventPaa(f);
            if (e != null) {
                fejl.add(e);
            }
        }
        return fejl;
    }

    /** Ends the lanes' threads, if any were made. */
    void luk() {
        if (hjaelpere != null) {
            hjaelpere.shutdownNow();
        }
    }

    /** The threads of the lanes but the first (which is this runner's own), made on first use. */
    private ExecutorService hjaelpere() {
        if (hjaelpere == null) {
            int traade = Math.max(1, antal - 1);
            AtomicLong nr = new AtomicLong();
            hjaelpere = Executors.newFixedThreadPool(traade, r -> {
                Thread t = new Thread(r, loeber + "-spor-" + nr.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        return hjaelpere;
    }

    /** Waits for a lane, without giving up on an interrupt (the lane uses the members); its failure, or null. */
    private static RuntimeException ventPaa(Future<?> f) {
        boolean afbrudt = false;
        try {
            while (true) {
                try {
                    f.get();
                    return null;
                } catch (InterruptedException e) {
                    afbrudt = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        return r;
                    }
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    return new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (afbrudt) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
