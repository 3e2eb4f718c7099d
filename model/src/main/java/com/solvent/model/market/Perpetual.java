package com.solvent.model.market;

/** A linear perpetual swap: no expiry; funding accrues on the position until settled. */
public record Perpetual() implements Instrument {
    @Override
    public boolean isLinear() {
        return true;
    }
}
