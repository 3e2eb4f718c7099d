package com.solvent.model.account;

import com.solvent.model.Checks;

/**
 * An open position in one market.
 *
 * <p>Sign conventions: {@code size > 0} is long, {@code size < 0} is short, in units of the
 * market's underlying. Prices are USD per unit. Unrealized PnL = size x (mark - entryPrice).
 *
 * @param id              identifier, unique within its account
 * @param marketId        the {@link com.solvent.model.market.Market#id()} it trades
 * @param size            signed size in underlying units; never 0 for an open position
 * @param entryPrice      average entry price, USD per unit, {@code > 0}
 * @param accruedFunding  funding accrued and not yet settled, USD, signed: positive is owed to the
 *                        account (adds to equity), negative is owed by it
 * @param mode            CROSS or ISOLATED
 * @param isolatedMargin  USD collateral held by an ISOLATED position; must be 0 for CROSS
 */
public record Position(String id, String marketId, double size, double entryPrice, double accruedFunding,
                       MarginMode mode, double isolatedMargin) {
    public Position {
        // messages are concatenated only on failure: edits, liquidation and sweeps build positions in bulk
        Checks.nonBlank(id, "position.id");
        Checks.nonBlank(marketId, "position.market");
        Checks.finite(size, "position", id, "size");
        if (size == 0.0) {
            throw new IllegalArgumentException("position " + id + ".size must not be 0 (close the position instead)");
        }
        Checks.positive(entryPrice, "position", id, "entryPrice");
        Checks.finite(accruedFunding, "position", id, "accruedFunding");
        Checks.required(mode, "position", id, "mode");
        Checks.nonNegative(isolatedMargin, "position", id, "isolatedMargin");
        if (mode == MarginMode.CROSS && isolatedMargin != 0.0) {
            throw new IllegalArgumentException("position " + id + ".isolatedMargin must be 0 for a CROSS position");
        }
    }

    /** A cross-margined position with no accrued funding. */
    public static Position cross(String id, String marketId, double size, double entryPrice) {
        return new Position(id, marketId, size, entryPrice, 0.0, MarginMode.CROSS, 0.0);
    }

    /** An isolated position holding {@code margin} USD of its own collateral. */
    public static Position isolated(String id, String marketId, double size, double entryPrice, double margin) {
        return new Position(id, marketId, size, entryPrice, 0.0, MarginMode.ISOLATED, margin);
    }

    /** +1 for a long, -1 for a short. */
    public int side() {
        return size > 0 ? 1 : -1;
    }

    public boolean isIsolated() {
        return mode == MarginMode.ISOLATED;
    }

    public Position withSize(double newSize) {
        return new Position(id, marketId, newSize, entryPrice, accruedFunding, mode, isolatedMargin);
    }

    public Position withEntryPrice(double newEntry) {
        return new Position(id, marketId, size, newEntry, accruedFunding, mode, isolatedMargin);
    }

    public Position withAccruedFunding(double funding) {
        return new Position(id, marketId, size, entryPrice, funding, mode, isolatedMargin);
    }

    /** A copy in {@code newMode} holding {@code margin} USD (must be 0 for CROSS). */
    public Position withMode(MarginMode newMode, double margin) {
        return new Position(id, marketId, size, entryPrice, accruedFunding, newMode, margin);
    }

    public Position withIsolatedMargin(double margin) {
        return new Position(id, marketId, size, entryPrice, accruedFunding, mode, margin);
    }
}
