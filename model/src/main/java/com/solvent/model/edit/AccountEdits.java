package com.solvent.model.edit;

import com.solvent.model.Checks;
import com.solvent.model.account.Account;
import com.solvent.model.account.MarginMode;
import com.solvent.model.account.Position;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.market.DatedFuture;
import com.solvent.model.market.Market;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountFailure;
import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.GroupRisk;

import java.util.Locale;
import java.util.Optional;

/**
 * What-if edits of an account as pure functions: each returns the edited account, or the reason a
 * venue would refuse it. Limits are checked with the same {@link MarginEngine} the live view uses,
 * at the given prices; trades fill at the underlying's mark. Amounts are in asset units, values in USD.
 *
 * <p>Refusal rules, those of the reference venue: a withdrawal or a mode switch must leave every
 * affected group at or above its initial requirement (equity {@code >=} IM); opening or enlarging a
 * position likewise, and never in a dated future at or past its expiry ({@code prices.asOf() >= expiry}:
 * the venue takes no new exposure in a settled market). Reducing or closing an isolated position is
 * refused when its margin plus the realized PnL would be negative (under water: the venue leaves it to
 * liquidation, which books the deficit to the insurance fund). Other reductions, closes and top-ups are
 * always allowed. An edit never throws for a user's input: it is {@link EditResult.Refused} with the reason.
 */
public final class AccountEdits {
    private final MarginEngine engine = MarginEngine.withoutExplanations();
    private final PriceSet prices;
    private final MarginPolicy policy;

    public AccountEdits(PriceSet prices, MarginPolicy policy) {
        this.prices = Checks.required(prices, "prices");
        this.policy = Checks.required(policy, "policy");
    }

    /** Adds {@code amount} units of {@code asset} to the cross pool. */
    public EditResult topUp(Account account, String asset, double amount) {
        if (!(amount > 0) || !Double.isFinite(amount)) {
            return new EditResult.Refused("top-up amount must be a positive number, was " + amount);
        }
        if (!policy.collateral().containsKey(asset)) {
            return new EditResult.Refused(asset + " is not accepted as collateral by " + policy.name());
        }
        return new EditResult.Edited(Fills.credit(account, asset, amount));
    }

    /** Takes {@code amount} units of {@code asset} out of the cross pool, refused beyond the maximum withdrawable. */
    public EditResult withdraw(Account account, String asset, double amount) {
        if (!(amount > 0) || !Double.isFinite(amount)) {
            return new EditResult.Refused("withdrawal amount must be a positive number, was " + amount);
        }
        double balance = account.balance(asset);
        if (amount > balance) {
            return new EditResult.Refused("only " + units(balance) + " " + asset + " in the cross pool, cannot withdraw "
                    + units(amount));
        }
        Account after = Fills.credit(account, asset, -amount);
        return checkInitial(after, GroupRisk.CROSS, "withdrawal leaves the account");
    }

    /**
     * Moves a position between CROSS and ISOLATED. To ISOLATED it takes {@code margin} USD of the
     * settlement asset from the cross pool; to CROSS its isolated margin returns to the pool
     * ({@code margin} is ignored). Refused when either side would be under initial margin.
     */
    public EditResult switchMode(Account account, String positionId, MarginMode target, double margin) {
        Optional<Position> found = account.position(positionId);
        if (found.isEmpty()) {
            return new EditResult.Refused("no position " + positionId);
        }
        Position p = found.get();
        if (p.mode() == target) {
            return new EditResult.Refused("position " + positionId + " is already " + target);
        }
        String settlement = policy.settlementAsset();
        Account after;
        if (target == MarginMode.ISOLATED) {
            if (!(margin >= 0) || !Double.isFinite(margin)) {
                return new EditResult.Refused("isolated margin must be a non-negative number, was " + margin);
            }
            if (margin > account.balance(settlement)) {
                return new EditResult.Refused("only " + usd(account.balance(settlement)) + " " + settlement
                        + " in the cross pool, cannot move " + usd(margin) + " to " + positionId);
            }
            after = Fills.credit(account, settlement, -margin).withPosition(positionId, x -> x.withMode(MarginMode.ISOLATED, margin));
            EditResult isolated = checkInitial(after, positionId, "isolating " + positionId + " leaves it");
            if (isolated instanceof EditResult.Refused) {
                return isolated;
            }
        } else {
            after = Fills.credit(account, settlement, p.isolatedMargin()).withPosition(positionId, x -> x.withMode(MarginMode.CROSS, 0.0));
        }
        return checkInitial(after, GroupRisk.CROSS, "switching " + positionId + " to " + target + " leaves the cross pool");
    }

    /**
     * Opens {@code position} at its entry price (an isolated one takes its margin from the pool's
     * settlement asset); refused when its group ends under initial margin.
     */
    public EditResult open(Account account, Position position) {
        if (account.position(position.id()).isPresent()) {
            return new EditResult.Refused("position id " + position.id() + " already exists");
        }
        if (!policy.markets().containsKey(position.marketId())) {
            return new EditResult.Refused("unknown market " + position.marketId());
        }
        Optional<String> expired = expired(policy.markets().get(position.marketId()));
        if (expired.isPresent()) {
            return new EditResult.Refused("cannot open " + position.id() + ": " + expired.get());
        }
        String settlement = policy.settlementAsset();
        if (position.isolatedMargin() > account.balance(settlement)) {
            return new EditResult.Refused("only " + usd(account.balance(settlement)) + " " + settlement
                    + " in the cross pool, cannot isolate " + usd(position.isolatedMargin()) + " for " + position.id());
        }
        Account after = Fills.credit(account, settlement, -position.isolatedMargin()).withAddedPosition(position);
        String group = position.isIsolated() ? position.id() : GroupRisk.CROSS;
        return checkInitial(after, group, "opening " + position.id() + " leaves " + (position.isIsolated() ? "it" : "the account"));
    }

    /**
     * Trades {@code positionId} to {@code newSize} at the underlying's mark; 0 closes it. Increases (and flips)
     * are checked against IM and refused in an expired future; reducing an isolated position under water is refused.
     */
    public EditResult resize(Account account, String positionId, double newSize) {
        Optional<Position> found = account.position(positionId);
        if (found.isEmpty()) {
            return new EditResult.Refused("no position " + positionId);
        }
        if (!Double.isFinite(newSize)) {
            return new EditResult.Refused("new size must be a finite number, was " + newSize);
        }
        Position p = found.get();
        Optional<Double> mark = markOf(p.marketId());
        if (mark.isEmpty()) {
            return new EditResult.Refused("no price for market " + p.marketId());
        }
        double delta = newSize - p.size();
        boolean reducing = Math.abs(newSize) <= Math.abs(p.size()) && Math.signum(newSize) != -Math.signum(p.size());
        if (!reducing) {
            Optional<String> expired = expired(policy.markets().get(p.marketId()));
            if (expired.isPresent()) {
                return new EditResult.Refused("cannot enlarge " + positionId + ": " + expired.get());
            }
        }
        if (p.isIsolated() && delta != 0.0 && Math.signum(delta) != Math.signum(p.size())) {
            double closing = Math.min(Math.abs(delta), Math.abs(p.size()));
            double margin = p.isolatedMargin() + Fills.realized(p, closing, mark.get());
            if (margin < 0) {
                return new EditResult.Refused("isolated " + positionId + " is under water: closing " + units(closing)
                        + " at " + usd(mark.get()) + " leaves its margin at " + usd(margin)
                        + " USD; the venue leaves it to liquidation");
            }
        }
        Account after = Fills.trade(account, positionId, delta, mark.get(), policy.settlementAsset());
        if (reducing) {
            return new EditResult.Edited(after);
        }
        String group = after.position(positionId).map(x -> x.isIsolated() ? x.id() : GroupRisk.CROSS).orElse(GroupRisk.CROSS);
        return checkInitial(after, group, "resizing " + positionId + " leaves " + (GroupRisk.CROSS.equals(group) ? "the account" : "it"));
    }

    /** Closes {@code positionId} at the underlying's mark. */
    public EditResult close(Account account, String positionId) {
        return resize(account, positionId, 0.0);
    }

    /**
     * Why {@code market} takes no new exposure: a dated future at or past its expiry at the prices'
     * time (the engine's definition of settled); empty otherwise.
     */
    private Optional<String> expired(Market market) {
        if (market != null && market.instrument() instanceof DatedFuture future
                && !prices.asOf().isBefore(future.expiry())) {
            return Optional.of(market.id() + " expired at " + future.expiry() + "; the venue takes no new exposure in it");
        }
        return Optional.empty();
    }

    private Optional<Double> markOf(String marketId) {
        return Optional.ofNullable(policy.markets().get(marketId))
                .flatMap(m -> prices.get(m.underlying()))
                .map(AssetPrice::mark);
    }

    private EditResult checkInitial(Account after, String group, String what) {
        AccountResult result = engine.evaluate(after, prices, policy);
        if (result instanceof AccountFailure f) {
            return new EditResult.Refused(f.reason());
        }
        AccountRisk risk = (AccountRisk) result;
        for (GroupRisk g : risk.groups()) {
            if (g.group().equals(group)) {
                double shortfall = g.initialRequirement() - g.equity();
                if (shortfall > 0) {
                    return new EditResult.Refused(what + " under initial margin by " + usd(shortfall) + " USD");
                }
            }
        }
        return new EditResult.Edited(after);
    }

    static String usd(double value) {
        return String.format(Locale.ROOT, "%,.2f", value);
    }

    private static String units(double value) {
        return String.format(Locale.ROOT, "%,.8f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
