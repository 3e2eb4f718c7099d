package com.solvent.chain.snapshot;

/** A handle on a snapshot subscription; closing it stops delivery. */
public interface Subscription extends AutoCloseable {
    @Override
    void close();
}
