package com.solvent.chain.devnet;

import com.solvent.chain.contracts.VenueCalls;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Moves every price feed one step of its {@link PricePath} per interval, all feeds in one block
 * (automine is paused while the round's submissions are sent, then one block is mined), and then
 * tells the liquidation keeper. Runs on a virtual thread until closed.
 */
public final class PriceKeeper implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(PriceKeeper.class.getName());

    private final AnvilRpc rpc;
    private final String keeper;
    private final Map<String, String> feeds;
    private final PricePath path;
    private final Duration interval;
    private final Runnable afterMove;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final AtomicInteger moves = new AtomicInteger();
    private final AtomicReference<Map<String, Double>> latest = new AtomicReference<>(Map.of());
    private Thread thread;

    PriceKeeper(AnvilRpc rpc, String keeper, Map<String, String> feeds, PricePath path, Duration interval, Runnable afterMove) {
        this.rpc = rpc;
        this.keeper = keeper;
        this.feeds = Map.copyOf(feeds);
        this.path = path;
        this.interval = interval;
        this.afterMove = afterMove;
    }

    synchronized void start() {
        if (thread == null) {
            thread = Thread.ofVirtual().name("devnet-price-keeper").start(this::run);
        }
    }

    private void run() {
        try {
            while (!stop.await(interval.toNanos(), TimeUnit.NANOSECONDS)) {
                try {
                    move();
                    afterMove.run();
                } catch (RuntimeException e) {
                    if (stop.getCount() == 0) {
                        return; // anvil is shutting down
                    }
                    LOG.log(System.Logger.Level.WARNING, "price move failed: " + e.getMessage(), e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One step of the path: every feed gets its new answer, all in one block. */
    void move() {
        Map<String, Double> prices = path.next();
        rpc.setAutomine(false);
        try {
            BigInteger nonce = rpc.nonce(keeper);
            for (var feed : List.copyOf(feeds.keySet())) {
                Double price = prices.get(feed);
                if (price == null) {
                    continue;
                }
                rpc.send(keeper, feeds.get(feed), VenueCalls.submit(DevnetDeployer.answer(BigDecimal.valueOf(price))),
                        nonce, AnvilRpc.CALL_GAS);
                nonce = nonce.add(BigInteger.ONE);
            }
            rpc.mine();
        } finally {
            rpc.setAutomine(true);
        }
        // A transaction that arrived between the mine and automine's return would wait for the
        // next move (forever, once the keeper stops): mine it now.
        if (rpc.pooledTransactions() > 0) {
            rpc.mine();
        }
        latest.set(prices);
        moves.incrementAndGet();
    }

    /** Price moves made so far (one block each). */
    public int moves() {
        return moves.get();
    }

    /** The prices of the last move, USD by symbol (empty before the first). */
    public Map<String, Double> latestPrices() {
        return latest.get();
    }

    /** Stops the keeper and waits for its thread; idempotent. */
    @Override
    public void close() {
        stop.countDown();
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null) {
            try {
                t.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
