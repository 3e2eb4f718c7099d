package com.solvent.app.alerts;

import com.solvent.app.fx.MarketState;
import com.solvent.app.fx.OfflineBook;
import com.solvent.model.account.Account;
import com.solvent.model.account.CollateralBalance;
import com.solvent.model.account.Position;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.LiquidationPrice;

import java.time.Instant;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Risk of a 10 ETH cross long, evaluated by the real engine on the offline book, with the USDC
 * deposit solved (by bisection) so that a chosen figure takes a chosen value: the tests then
 * depend on the engine's own liquidation prices, not on numbers typed in.
 */
final class EngineAccounts {
    static final String ADDRESS = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    private static final MarketState BOOK = OfflineBook.at(Instant.parse("2026-11-25T03:00:00Z"));
    private static final MarginEngine ENGINE = new MarginEngine();

    private EngineAccounts() {
    }

    static AccountRisk evaluate(double usdc, double ethSize) {
        Account account = new Account(ADDRESS, List.of(new CollateralBalance("USDC", usdc)),
                ethSize == 0 ? List.of() : List.of(Position.cross("eth", "ETH-PERP", ethSize, 3_080)));
        return (AccountRisk) ENGINE.evaluate(List.of(account), BOOK.prices(), BOOK.policy()).accounts().getFirst();
    }

    /** The 10 ETH long whose {@code figure} is {@code target}; the figure must move monotonically with the deposit. */
    static AccountRisk withFigure(ToDoubleFunction<AccountRisk> figure, double target) {
        double lo = 1;
        double hi = 10_000_000;
        boolean risingWithDeposit = figure.applyAsDouble(evaluate(hi, 10)) > figure.applyAsDouble(evaluate(lo, 10));
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            boolean below = figure.applyAsDouble(evaluate(mid, 10)) < target;
            if (below == risingWithDeposit) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return evaluate((lo + hi) / 2, 10);
    }

    /**
     * Distance of the ETH long's liquidation price from the mark, a positive fraction; without a
     * price (a long covered down to zero) it is unboundedly far, which keeps the bisection monotonic.
     */
    static double distance(AccountRisk risk) {
        LiquidationPrice liquidation = risk.positions().getFirst().liquidationPrice();
        return switch (liquidation.kind()) {
            case PRICE -> Math.abs(liquidation.distanceFraction());
            case NOW -> 0;
            case NONE -> Double.MAX_VALUE;
        };
    }
}
