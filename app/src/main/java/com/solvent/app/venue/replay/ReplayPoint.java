package com.solvent.app.venue.replay;

import com.solvent.chain.scan.AccountFigures;
import com.solvent.chain.scan.BookFigures;
import com.solvent.chain.scan.LiquidationDistance;
import com.solvent.model.risk.HealthState;
import com.solvent.model.risk.LiquidationPrice;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One block of a replay's timeline, as {@link com.solvent.chain.scan.BookFigures} defines the figures
 * (each account's by {@link com.solvent.model.engine.MarginEngine}). For one account its own figures;
 * for the whole book the worst health over its accounts, the highest margin ratio (the account closest to
 * liquidation at the account level), the nearest liquidation over every account, and the sums.
 *
 * @param book                   the block's figures as replayed
 * @param health                 the account's health (the worst over the book); empty when nothing was evaluated
 * @param marginRatio            maintenance requirement / equity (liquidatable at {@code >= 1}): the account's, or the
 *                               highest over the book; NaN when none
 * @param nearest                the nearest liquidation: of the account, or over the book
 * @param equity                 the account's equity, or the sum over the book, USD
 * @param maintenanceRequirement the account's maintenance requirement, or the sum, USD
 * @param account                the account whose margin ratio it is (the highest one for the book); empty when none
 */
public record ReplayPoint(BookFigures book, Optional<HealthState> health, double marginRatio, LiquidationDistance nearest,
                          double equity, double maintenanceRequirement, String account) {
    public ReplayPoint {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(nearest, "nearest");
        Objects.requireNonNull(account, "account");
    }

    /** The timeline point of {@code book}: the worst health, the highest margin ratio, the nearest liquidation, the sums. */
    public static ReplayPoint of(BookFigures book) {
        if (book.ranking().isEmpty()) {
            return new ReplayPoint(book, Optional.empty(), Double.NaN, LiquidationDistance.NONE, 0, 0, "");
        }
        AccountFigures highest = book.ranking().getFirst();
        LiquidationDistance nearest = LiquidationDistance.NONE;
        for (AccountFigures f : book.ranking()) {
            if (f.nearestLiquidation().distance() < nearest.distance()) {
                nearest = f.nearestLiquidation();
            }
            if (f.marginRatio() > highest.marginRatio()) {
                highest = f;
            }
        }
        // ranked worst first: the first account has the worst health
        return new ReplayPoint(book, Optional.of(book.ranking().getFirst().health()), highest.marginRatio(), nearest,
                book.totals().equity(), book.totals().maintenanceRequirement(), highest.account());
    }

    public long block() {
        return book.block();
    }

    public Instant blockTime() {
        return book.blockTime();
    }

    /** The nearest liquidation's move as a positive fraction (0 when liquidatable now); NaN when none. */
    public double liquidationDistance() {
        return nearest.kind() == LiquidationPrice.Kind.NONE ? Double.NaN : nearest.distance();
    }

    /** Accounts LIQUIDATABLE or BANKRUPT at the block. */
    public int liquidatable() {
        return book.totals().liquidatable() + book.totals().bankrupt();
    }
}
