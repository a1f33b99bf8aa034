package dk.careledger.app.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs {@code n} calls at once: they start together (a latch), so they meet in the command handlers, not one after another. */
final class Samtidigt {
    private Samtidigt() {
    }

    interface Kald<T> {
        T kald(int i) throws Exception;
    }

    static <T> List<T> parallelt(int n, Kald<T> kald) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> fremtider = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int nr = i;
                fremtider.add(pool.submit((Callable<T>) () -> {
                    start.await();
                    return kald.kald(nr);
                }));
            }
            start.countDown();
            List<T> svar = new ArrayList<>();
            for (Future<T> f : fremtider) {
                svar.add(f.get());
            }
            return svar;
        } finally {
            pool.shutdownNow();
        }
    }
}
