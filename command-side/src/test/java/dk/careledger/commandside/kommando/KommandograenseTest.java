package dk.careledger.commandside.kommando;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KommandograenseTest {

    @Test
    void noMoreCommandsThanTheBoundAreWorkedOnAtOnceAndTheOthersWaitTheirTurn() throws Exception {
        Kommandograense graense = new Kommandograense(3);
        AtomicInteger inde = new AtomicInteger();
        AtomicInteger hoejest = new AtomicInteger();
        CountDownLatch fuld = new CountDownLatch(3);
        CountDownLatch slip = new CountDownLatch(1);
        ExecutorService klienter = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> svar = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int nummer = i;
                svar.add(klienter.submit(() -> graense.udfoer(() -> {
                    hoejest.accumulateAndGet(inde.incrementAndGet(), Math::max);
                    fuld.countDown();
                    try {
                        slip.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    inde.decrementAndGet();
                    return nummer;
                })));
            }
            assertThat(fuld.await(10, TimeUnit.SECONDS)).as("three commands got in").isTrue();
            Thread.sleep(200);
            assertThat(inde.get()).as("the others wait").isEqualTo(3);

            slip.countDown();

            for (int i = 0; i < 8; i++) {
                assertThat(svar.get(i).get(10, TimeUnit.SECONDS)).as("every command is answered").isEqualTo(i);
            }
            assertThat(hoejest.get()).isEqualTo(3);
        } finally {
            klienter.shutdownNow();
        }
    }

    @Test
    void aPlaceIsGivenBackWhenACommandIsRefused() {
        Kommandograense graense = new Kommandograense(1);

        assertThatThrownBy(() -> graense.udfoer(() -> {
            throw new IllegalStateException("refused");
        })).hasMessage("refused");

        assertThat(graense.udfoer(() -> "next")).isEqualTo("next");
    }

    @Test
    void aBoundBelowOneIsRefused() {
        assertThatThrownBy(() -> new Kommandograense(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
