package com.solvent.chain.devnet;

import com.solvent.chain.contracts.ContractRevertException;
import com.solvent.chain.contracts.SolventVenueClient;
import com.solvent.chain.contracts.VenueCalls;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * After each price move, liquidates every account the venue's own {@code liquidatableAccounts}
 * view names, so that users watch real liquidations happen. Runs on a virtual thread; signals
 * that arrive while it works coalesce into one more pass.
 */
public final class LiquidationKeeper implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LiquidationKeeper.class.getName());

    /**
     * A liquidation the keeper made.
     *
     * @param account      the liquidated account
     * @param blockNumber  block of the liquidation
     * @param txHash       the liquidation transaction
     * @param at           wall-clock time it was confirmed
     */
    public record Liquidation(String account, long blockNumber, String txHash, Instant at) {
    }

    private final AnvilRpc rpc;
    private final SolventVenueClient venue;
    private final String liquidator;
    private final Semaphore signal = new Semaphore(0);
    private final List<Liquidation> liquidations = new CopyOnWriteArrayList<>();
    private volatile boolean running = true;
    private Thread thread;

    LiquidationKeeper(AnvilRpc rpc, SolventVenueClient venue, String liquidator) {
        this.rpc = rpc;
        this.venue = venue;
        this.liquidator = liquidator;
    }

    synchronized void start() {
        if (thread == null) {
            thread = Thread.ofVirtual().name("devnet-liquidation-keeper").start(this::run);
        }
    }

    /** Asks for a pass (called after each price move). */
    public void signal() {
        if (signal.availablePermits() == 0) {
            signal.release();
        }
    }

    private void run() {
        while (running) {
            try {
                if (!signal.tryAcquire(200, TimeUnit.MILLISECONDS)) {
                    continue;
                }
                signal.drainPermits();
                liquidateAll();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (running) {
                    LOG.log(System.Logger.Level.WARNING, "liquidation pass failed: " + e.getMessage(), e);
                }
            }
        }
    }

    /** Liquidates whatever the contract allows now; returns how many accounts it liquidated. */
    public int liquidateAll() {
        int count = 0;
        for (String account : venue.liquidatableAccounts()) {
            if (!running) {
                break;
            }
            try {
                TransactionReceipt receipt = rpc.transact(liquidator, venue.address(), VenueCalls.liquidate(account));
                liquidations.add(new Liquidation(account, receipt.getBlockNumber().longValueExact(),
                        receipt.getTransactionHash(), Instant.now()));
                count++;
            } catch (ContractRevertException e) {
                // a price moved in between and the account is healthy again (NotLiquidatable), or its
                // price went stale: nothing to do until the next move
                LOG.log(System.Logger.Level.DEBUG, "not liquidated " + account + ": " + e.getMessage());
            }
        }
        return count;
    }

    /** Liquidations made so far, oldest first. */
    public List<Liquidation> liquidations() {
        return List.copyOf(liquidations);
    }

    /** Stops the keeper and waits for its thread; idempotent. */
    @Override
    public void close() {
        running = false;
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
