package com.solvent.model.adl;

import com.solvent.model.account.Account;
import com.solvent.model.edit.Fills;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.engine.MarginMath;
import com.solvent.model.liquidation.BankruptPosition;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.PositionRisk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Auto-deleveraging: when a bankrupt quantity cannot be covered by the insurance fund, profitable
 * positions on the other side are closed against it at its bankruptcy price.
 *
 * <p>Ranking (Hyperliquid, https://hyperliquid.gitbook.io/hyperliquid-docs/trading/auto-deleveraging):
 * {@code (mark / entry) x (notional / equity)}, highest first, over opposite-side positions with a
 * positive uPnL; for a short the price factor is {@code entry / mark} so that profit raises the rank
 * on both sides (Binance and Bybit rank by profit x leverage in the same spirit). Equity is that of
 * the position's margin group. Accounts that cannot be evaluated are skipped. Stateless, thread-safe.
 */
public final class AutoDeleveraging {
    private final MarginEngine engine = MarginEngine.withoutExplanations();

    /** Opposite-side profitable positions in {@code marketId}, best rank first. */
    public List<AdlCandidate> rank(String marketId, int bankruptSide, List<Account> accounts, PriceSet prices,
                                   MarginPolicy policy) {
        List<AdlCandidate> candidates = new ArrayList<>();
        for (Account account : accounts) {
            AccountResult result = engine.evaluate(account, prices, policy);
            if (!(result instanceof AccountRisk risk)) {
                continue;
            }
            for (PositionRisk p : risk.positions()) {
                if (!p.marketId().equals(marketId) || Math.signum(p.size()) == bankruptSide || p.unrealizedPnl() <= 0
                        || p.settled()) {
                    continue;
                }
                double priceFactor = p.size() > 0 ? p.markPrice() / p.entryPrice() : p.entryPrice() / p.markPrice();
                double score = priceFactor * MarginMath.leverage(p.notional(), p.groupEquity());
                candidates.add(new AdlCandidate(account.id(), p.positionId(), p.size(), p.entryPrice(), p.markPrice(),
                        p.unrealizedPnl(), p.groupEquity(), score));
            }
        }
        candidates.sort(Comparator.comparingDouble(AdlCandidate::score).reversed()
                .thenComparing(AdlCandidate::accountId).thenComparing(AdlCandidate::positionId));
        return candidates;
    }

    /**
     * Offsets {@code bankrupt} against the ranked counterparties: each is reduced (at most to zero) at
     * the bankruptcy price until the bankrupt size is covered. Realized PnL settles in the policy's
     * settlement asset (or the isolated margin).
     */
    public AdlOutcome deleverage(BankruptPosition bankrupt, List<Account> counterparties, PriceSet prices,
                                 MarginPolicy policy) {
        List<AdlCandidate> ranked = rank(bankrupt.marketId(), bankrupt.side(), counterparties, prices, policy);
        List<Account> accounts = new ArrayList<>(counterparties);
        List<AdlFill> fills = new ArrayList<>();
        double remaining = Math.abs(bankrupt.size());
        double recovered = 0.0;
        double price = bankrupt.bankruptcyPrice();
        for (AdlCandidate c : ranked) {
            if (remaining <= Math.abs(bankrupt.size()) * 1e-12) {
                remaining = 0.0;
                break;
            }
            int index = indexOf(accounts, c.accountId());
            Account account = accounts.get(index);
            double quantity = Math.min(remaining, Math.abs(c.size()));
            double before = account.position(c.positionId()).orElseThrow().accruedFunding();
            double closedSigned = Math.signum(c.size()) * quantity;
            double realized = closedSigned * (price - c.entryPrice()) + before * quantity / Math.abs(c.size());
            accounts.set(index, Fills.reduce(account, c.positionId(), quantity, price, policy.settlementAsset()));
            double givenUp = closedSigned * (c.markPrice() - price);
            fills.add(new AdlFill(c.accountId(), c.positionId(), closedSigned, price, realized, givenUp));
            recovered += givenUp;
            remaining -= quantity;
        }
        return new AdlOutcome(fills, accounts, recovered, Math.max(0.0, remaining));
    }

    private static int indexOf(List<Account> accounts, String id) {
        for (int i = 0; i < accounts.size(); i++) {
            if (accounts.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("ranked account " + id + " not in the list");
    }
}
