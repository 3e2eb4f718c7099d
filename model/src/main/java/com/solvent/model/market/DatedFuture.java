package com.solvent.model.market;

import com.solvent.model.Checks;

import java.time.Instant;

/**
 * A dated linear future, valued at the underlying's mark price (the venue's futures mark) and
 * settled at {@code expiry}; after expiry its remaining value is the settlement PnL.
 */
public record DatedFuture(Instant expiry) implements Instrument {
    public DatedFuture {
        Checks.required(expiry, "expiry");
    }

    @Override
    public boolean isLinear() {
        return true;
    }
}
