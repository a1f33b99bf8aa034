package dk.careledger.app.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits out of global-index order, on purpose: {@code holdt} runs in a transaction that stays open while
 * {@code imens} runs (and commits what it writes), and commits only then. Events appended in {@code holdt} take lower
 * global indexes than those of {@code imens} but become visible after them.
 */
public final class HoldtTransaktion {
    /** What runs while the transaction is held. */
    @FunctionalInterface
    public interface Imens {
        void koer() throws Exception;
    }

    private HoldtTransaktion() {
    }

    public static void mens(PlatformTransactionManager transaktioner, Runnable holdt, Imens imens) throws Exception {
        CountDownLatch sendt = new CountDownLatch(1);
        CountDownLatch slip = new CountDownLatch(1);
        CompletableFuture<Void> transaktion = CompletableFuture.runAsync(() -> new TransactionTemplate(transaktioner).executeWithoutResult(s -> {
            holdt.run();
            sendt.countDown();
            try {
                assertThat(slip.await(1, TimeUnit.MINUTES)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }));
        try {
            assertThat(sendt.await(30, TimeUnit.SECONDS)).as("the held commands were sent").isTrue();
            imens.koer();
        } finally {
            slip.countDown();
        }
        transaktion.get(1, TimeUnit.MINUTES);
    }
}
