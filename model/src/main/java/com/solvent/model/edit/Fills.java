package com.solvent.model.edit;

import com.solvent.model.Checks;
import com.solvent.model.account.Account;
import com.solvent.model.account.MarginMode;
import com.solvent.model.account.Position;

/**
 * Trades against a position at a given price, as pure functions on an {@link Account}: realized
 * PnL settles into the settlement asset (cross) or the position's isolated margin (isolated). Used
 * by what-if edits, liquidation and auto-deleveraging alike, so all three book a fill the same way.
 *
 * <p>Closing a fraction {@code q / |size|} of a position realizes {@code q_signed x (price - entry)}
 * plus the same fraction of its accrued funding; the rest keeps its entry and funding. Closing an
 * isolated position in full returns its remaining margin to the cross pool.
 */
public final class Fills {
    private Fills() {
    }

    /**
     * Reduces {@code positionId} by {@code quantity} units (unsigned, at most its size) at {@code price},
     * booking the realized PnL in {@code settlementAsset} units priced at 1 USD each for cross
     * positions and in the isolated margin for isolated ones.
     *
     * @throws IllegalArgumentException when an isolated position's margin would become negative
     *                                  (close it in full instead) or the quantity is out of range
     */
    public static Account reduce(Account account, String positionId, double quantity, double price,
                                 String settlementAsset) {
        Position p = account.position(positionId)
                .orElseThrow(() -> new IllegalArgumentException("no position " + positionId + " in account " + account.id()));
        Checks.positive(quantity, "close quantity of " + positionId);
        Checks.positive(price, "fill price of " + positionId);
        double size = Math.abs(p.size());
        if (quantity > size * (1 + 1e-12)) {
            throw new IllegalArgumentException("cannot close " + quantity + " of position " + positionId + " of size " + size);
        }
        boolean full = isFull(p, quantity);
        double fraction = full ? 1.0 : quantity / size;
        double closedSigned = p.size() * fraction;
        double realized = realized(p, quantity, price);
        if (p.isIsolated()) {
            double margin = p.isolatedMargin() + realized;
            if (full) {
                Account without = account.withPosition(positionId, x -> null);
                return margin > 0 ? credit(without, settlementAsset, margin) : without;
            }
            if (margin < 0) {
                throw new IllegalArgumentException("closing " + quantity + " of isolated " + positionId
                        + " would leave a negative isolated margin; close it in full");
            }
            return account.withPosition(positionId, x -> new Position(x.id(), x.marketId(), x.size() - closedSigned,
                    x.entryPrice(), x.accruedFunding() * (1 - fraction), x.mode(), margin));
        }
        Account next = full ? account.withPosition(positionId, x -> null)
                : account.withPosition(positionId, x -> x.withSize(x.size() - closedSigned)
                .withAccruedFunding(x.accruedFunding() * (1 - fraction)));
        return credit(next, settlementAsset, realized);
    }

    /**
     * The PnL, USD, realized by closing {@code quantity} units (unsigned, at most its size) of {@code p} at
     * {@code price}: {@code closed x (price - entry)} plus the same fraction of its accrued funding. For an
     * isolated position, {@code isolatedMargin + realized} is the margin it keeps (or returns, when closed in full).
     */
    public static double realized(Position p, double quantity, double price) {
        double fraction = isFull(p, quantity) ? 1.0 : quantity / Math.abs(p.size());
        return p.size() * fraction * (price - p.entryPrice()) + p.accruedFunding() * fraction;
    }

    /** A close of {@code quantity} within rounding of the whole size is a full close. */
    private static boolean isFull(Position p, double quantity) {
        return quantity >= Math.abs(p.size()) * (1 - 1e-12);
    }

    /** Adds {@code amount} (signed) units of {@code asset} to the cross pool. */
    public static Account credit(Account account, String asset, double amount) {
        return account.withBalance(asset, account.balance(asset) + amount);
    }

    /**
     * Adds {@code delta} (signed, underlying units) to a position at {@code price}: increases average
     * the entry, reductions realize PnL, a flip closes the old side and opens the rest at {@code price}
     * as a CROSS position (an isolated position's margin has gone back to the pool on the close).
     */
    public static Account trade(Account account, String positionId, double delta, double price, String settlementAsset) {
        Position p = account.position(positionId)
                .orElseThrow(() -> new IllegalArgumentException("no position " + positionId + " in account " + account.id()));
        Checks.finite(delta, "trade size of " + positionId);
        Checks.positive(price, "trade price of " + positionId);
        if (delta == 0.0) {
            return account;
        }
        if (Math.signum(delta) == Math.signum(p.size())) {
            double newSize = p.size() + delta;
            double entry = (p.size() * p.entryPrice() + delta * price) / newSize;
            return account.withPosition(positionId, x -> x.withSize(newSize).withEntryPrice(entry));
        }
        double closing = Math.min(Math.abs(delta), Math.abs(p.size()));
        Account reduced = reduce(account, positionId, closing, price, settlementAsset);
        double rest = Math.abs(delta) - closing;
        if (rest <= Math.abs(p.size()) * 1e-12) {
            return reduced;
        }
        // flipped: the old position is gone; open the remainder on the other side at the trade price
        Position opened = new Position(p.id(), p.marketId(), Math.signum(delta) * rest, price, 0.0,
                MarginMode.CROSS, 0.0);
        return reduced.withAddedPosition(opened);
    }
}
