package com.solvent.chain.snapshot;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class LatestWinsPublisherTest {

    @Test
    void aSlowSubscriberGetsTheNewestValueNotAQueue() throws Exception {
        LatestWinsPublisher<Integer> publisher = new LatestWinsPublisher<>();
        CountDownLatch firstTaken = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch gotLast = new CountDownLatch(1);
        List<Integer> seen = new CopyOnWriteArrayList<>();
        publisher.subscribe(v -> {
            seen.add(v);
            firstTaken.countDown();
            await(release);
            if (v == 1_000) {
                gotLast.countDown();
            }
        });

        publisher.publish(0);
        assertThat(firstTaken.await(5, TimeUnit.SECONDS)).isTrue();
        for (int i = 1; i <= 1_000; i++) {
            publisher.publish(i);
        }
        release.countDown();

        assertThat(gotLast.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).containsExactly(0, 1_000);
    }

    @Test
    void aSlowSubscriberDoesNotDelayAFastOne() throws Exception {
        LatestWinsPublisher<Integer> publisher = new LatestWinsPublisher<>();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch fastSawAll = new CountDownLatch(1);
        publisher.subscribe(v -> await(release));
        publisher.subscribe(v -> {
            if (v == 50) {
                fastSawAll.countDown();
            }
        });
        for (int i = 1; i <= 50; i++) {
            publisher.publish(i);
        }
        assertThat(fastSawAll.await(5, TimeUnit.SECONDS)).isTrue();
        release.countDown();
    }

    @Test
    void aNewSubscriberStartsWithTheCurrentValueAndClosingStopsDelivery() throws Exception {
        LatestWinsPublisher<String> publisher = new LatestWinsPublisher<>();
        publisher.publish("block 7");
        CountDownLatch got = new CountDownLatch(1);
        List<String> seen = new CopyOnWriteArrayList<>();
        Subscription s = publisher.subscribe(v -> {
            seen.add(v);
            got.countDown();
        });
        assertThat(got.await(5, TimeUnit.SECONDS)).isTrue();
        s.close();
        publisher.publish("block 8");
        CountDownLatch other = new CountDownLatch(1);
        publisher.subscribe(v -> other.countDown());
        assertThat(other.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).containsExactly("block 7");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
