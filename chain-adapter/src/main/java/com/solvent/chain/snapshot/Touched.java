package com.solvent.chain.snapshot;

import java.util.HashSet;
import java.util.Set;

/**
 * What a range of blocks changed and must be re-read: feeds by asset, sequencer feeds by address,
 * accounts by address. Remembered per processed block so a reorg can re-read what the dropped
 * blocks touched.
 */
record Touched(Set<String> feeds, Set<String> sequencers, Set<String> accounts) {
    static final Touched NOTHING = new Touched(Set.of(), Set.of(), Set.of());

    Touched {
        feeds = Set.copyOf(feeds);
        sequencers = Set.copyOf(sequencers);
        accounts = Set.copyOf(accounts);
    }

    boolean isEmpty() {
        return feeds.isEmpty() && sequencers.isEmpty() && accounts.isEmpty();
    }

    Touched plus(Touched other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        Set<String> f = new HashSet<>(feeds);
        f.addAll(other.feeds);
        Set<String> s = new HashSet<>(sequencers);
        s.addAll(other.sequencers);
        Set<String> a = new HashSet<>(accounts);
        a.addAll(other.accounts);
        return new Touched(f, s, a);
    }
}
