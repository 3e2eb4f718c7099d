package com.solvent.model.scenario;

import com.solvent.model.Checks;
import com.solvent.model.account.MarginMode;
import com.solvent.model.account.Position;
import com.solvent.model.edit.AccountEdits;
import com.solvent.model.edit.EditResult;
import com.solvent.model.edit.PriceMoves;
import com.solvent.model.market.Market;
import com.solvent.model.option.OptionPosition;
import com.solvent.model.option.OptionPricer;
import com.solvent.model.option.VolSurface;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.PriceSet;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One edit of a scenario's inputs, as data. Each kind says what it changes; none has a margin formula of
 * its own: prices move through the core's {@link PriceMoves}, account edits go through the core's
 * {@link AccountEdits} (refused exactly where the live venue would refuse them), and the result is
 * evaluated again by the same engine. Units: percent as percent (-10 = ten percent lower), vol in vol
 * points (5 = +0.05 annualised vol), money in USD, sizes in underlying units.
 */
public sealed interface Perturbation {

    /** Applies this step to {@code in} under {@code rules}. */
    StepOutcome applyTo(Inputs in, VenueRules rules);

    /** How a {@link PriceMove} states the new price. */
    enum MoveKind {
        /** {@code value} is a percentage: new = old x (1 + value/100). */
        PERCENT,
        /** {@code value} is USD added to the price. */
        BY_USD,
        /** {@code value} is the new price, USD. */
        TO_USD
    }

    /**
     * One asset's mark and index moved (options on it are revalued at the moved forward).
     *
     * @param asset  asset symbol
     * @param kind   how {@code value} is read
     * @param value  percent, USD change or new USD price; the new price must stay positive
     */
    record PriceMove(String asset, MoveKind kind, double value) implements Perturbation {
        public PriceMove {
            Checks.nonBlank(asset, "priceMove.asset");
            Checks.required(kind, "priceMove.kind");
            Checks.finite(value, "priceMove " + asset + ".value");
        }

        public static PriceMove percent(String asset, double percent) {
            return new PriceMove(asset, MoveKind.PERCENT, percent);
        }

        public static PriceMove to(String asset, double price) {
            return new PriceMove(asset, MoveKind.TO_USD, price);
        }

        @Override
        public StepOutcome applyTo(Inputs in, VenueRules rules) {
            PriceSet prices = in.market().prices();
            AssetPrice current = prices.get(asset).orElse(null);
            if (current == null) {
                return new StepOutcome.Refused("no price for " + asset + " to move");
            }
            double target = switch (kind) {
                case PERCENT -> current.mark() * (1 + value / 100);
                case BY_USD -> current.mark() + value;
                case TO_USD -> value;
            };
            if (!(target > 0)) {
                return new StepOutcome.Refused("moving " + asset + " by " + value + " (" + kind
                        + ") would put its price at or below 0");
            }
            return applied(in.book(), in.market().withPrices(PriceMoves.to(prices, asset, target)));
        }
    }

    /**
     * A market-wide move: every risky asset (every market's and every option's underlying) moves by
     * {@code beta x percent}, beta 1 unless listed. Stablecoins and the quote currency stay.
     *
     * @param percent  the market move in percent (-20 = market down 20%)
     * @param betas    per-asset beta (ETH 1.3 moves ETH 1.3 times the market); unlisted assets beta 1
     */
    record MarketMove(double percent, Map<String, Double> betas) implements Perturbation {
        public MarketMove {
            Checks.finite(percent, "marketMove.percent");
            betas = Map.copyOf(Checks.required(betas, "marketMove.betas"));
            betas.forEach((a, b) -> Checks.finite(b, "marketMove.betas[" + a + "]"));
        }

        public static MarketMove uniform(double percent) {
            return new MarketMove(percent, Map.of());
        }

        @Override
        public StepOutcome applyTo(Inputs in, VenueRules rules) {
            PriceSet prices = in.market().prices();
            for (String asset : riskyAssets(in, rules)) {
                double move = betas.getOrDefault(asset, 1.0) * percent;
                if (move <= -100) {
                    return new StepOutcome.Refused("market move of " + percent + "% with beta "
                            + betas.getOrDefault(asset, 1.0) + " would put " + asset + " at or below 0");
                }
                if (prices.get(asset).isPresent()) {
                    prices = PriceMoves.byPercent(prices, asset, move);
                }
            }
            return applied(in.book(), in.market().withPrices(prices));
        }
    }

    /**
     * Implied volatility moved by {@code points} vol points on the listed assets' surfaces (all surfaces
     * when {@code assets} is empty), floored at 0. The daily volatility of those assets' prices (used for
     * distances in daily vols) moves consistently, by {@code points / 100 / sqrt(365)}.
     *
     * @param points  vol points, +5 = +0.05 annualised vol
     * @param assets  assets whose vol moves; empty for every asset
     */
    record VolShift(double points, List<String> assets) implements Perturbation {
        public VolShift {
            Checks.finite(points, "volShift.points");
            assets = List.copyOf(Checks.required(assets, "volShift.assets"));
        }

        public static VolShift all(double points) {
            return new VolShift(points, List.of());
        }

        @Override
        public StepOutcome applyTo(Inputs in, VenueRules rules) {
            MarketState market = in.market();
            double shift = points / 100.0;
            Set<String> targets = new TreeSet<>(assets.isEmpty() ? market.volSurfaces().keySet() : assets);
            PriceSet prices = market.prices();
            for (String asset : assets.isEmpty() ? prices.prices().keySet() : assets) {
                AssetPrice p = prices.prices().get(asset);
                if (p != null && p.dailyVolatility() > 0) {
                    double daily = Math.max(0.0, p.dailyVolatility() + shift / Math.sqrt(365.0));
                    prices = prices.with(asset, new AssetPrice(p.mark(), p.index(), daily, p.timestamp(), p.freshness()));
                }
            }
            market = market.withPrices(prices);
            for (String asset : targets) {
                VolSurface surface = market.volSurfaces().get(asset);
                if (surface != null) {
                    market = market.withSurface(asset, surface.shifted(shift));
                }
            }
            return applied(in.book(), market);
        }
    }

    /**
     * Time passes: the evaluation time moves {@code days} forward, so options lose time value, expired
     * options settle at intrinsic and dated futures past expiry settle. Funding is not accrued (no rate
     * in the inputs).
     *
     * @param days  calendar days, {@code >= 0}
     */
    record TimeForward(double days) implements Perturbation {
        public TimeForward {
            Checks.nonNegative(days, "timeForward.days");
        }

        @Override
        public StepOutcome applyTo(Inputs in, VenueRules rules) {
            Duration step = Duration.ofMillis(Math.round(days * 86_400_000.0));
            return applied(in.book(), in.market().withPrices(
                    in.market().prices().withAsOf(in.market().asOf().plus(step))));
        }
    }

    /**
     * Collateral added to (amount > 0) or withdrawn from (amount < 0) the cross pool.
     *
     * @param asset   collateral asset symbol
     * @param amount  signed units of the asset
     */
    record CollateralChange(String asset, double amount) implements Perturbation {
        public CollateralChange {
            Checks.nonBlank(asset, "collateralChange.asset");
            Checks.finite(amount, "collateralChange " + asset + ".amount");
        }

        @Override
        public StepOutcome applyTo(Inputs in, VenueRules rules) {
            AccountEdits edits = new AccountEdits(in.market().priceSet(), rules.enginePolicy());
            Portfolio book = in.book();
            if (amount >= 0) {
                return fromEdit(edits.topUp(book.asAccount(), asset, amount), in);
            }
            // the engine account holds the options: the core's IM check covers them
            return fromEdit(edits.withdraw(book.asAccount(), asset, -amount), in);
        }
    }

    /**
     * A position switched between CROSS and ISOLATED (the core's rules: to ISOLATED it takes
     * {@code isolatedMargin} USD from the cross pool, back to CROSS its margin returns).
     *
     * @param positionId      the linear position
     * @param target          CROSS or ISOLATED
     * @param isolatedMargin  USD moved into the isolated position (ignored for CROSS)
     */
    record ModeSwitch(String positionId, MarginMode target, double isolatedMargin) implements Perturbation {
        public ModeSwitch {
            Checks.nonBlank(positionId, "modeSwitch.positionId");
            Checks.required(target, "modeSwitch.target");
            Checks.nonNegative(isolatedMargin, "modeSwitch.isolatedMargin");
        }

        @Override
        public StepOutcome applyTo(Inputs in, VenueRules rules) {
            AccountEdits edits = new AccountEdits(in.market().priceSet(), rules.enginePolicy());
            return fromEdit(edits.switchMode(in.book().asAccount(), positionId, target, isolatedMargin), in);
        }
    }

    /**
     * A position traded to {@code newSize} (0 closes it). Linear positions trade at the mark through the
     * core's edits (realized PnL to the settlement asset; increases checked against IM). Options trade at
     * their model value: the premium moves between the settlement asset and the position.
     *
     * @param positionId  a linear or option position of the portfolio
     * @param newSize     signed size after the trade
     */
    record Resize(String positionId, double newSize) implements Perturbation {
        public Resize {
            Checks.nonBlank(positionId, "resize.positionId");
            Checks.finite(newSize, "resize " + positionId + ".newSize");
        }

        @Override
        public StepOutcome applyTo(Inputs in, VenueRules rules) {
            Portfolio book = in.book();
            OptionPosition option = book.option(positionId).orElse(null);
            if (option == null) {
                AccountEdits edits = new AccountEdits(in.market().priceSet(), rules.enginePolicy());
                return fromEdit(edits.resize(book.asAccount(), positionId, newSize), in);
            }
            double premium = OptionPricer.price(option.contract(), in.market().optionMarket());
            double tradedSize = newSize - option.size();
            String cash = rules.policy().settlementAsset();
            Portfolio paid = book.withAccount(book.account().withBalance(cash,
                    book.account().balance(cash) - tradedSize * premium));
            Portfolio next = newSize == 0.0 ? paid.withOption(positionId, o -> null)
                    : paid.withOption(positionId, o -> o.withSize(newSize));
            StepOutcome traded = applied(next, in.market());
            boolean reducing = Math.abs(newSize) <= Math.abs(option.size())
                    && Math.signum(newSize) != -Math.signum(option.size());
            return reducing ? traded : withOptionsInitialCheck(traded, rules, "resizing " + positionId + " leaves the account");
        }
    }

    /**
     * A new linear position opened at its entry price (the core's {@link AccountEdits#open}, refused under IM).
     *
     * @param position  the position to open
     */
    record OpenPosition(Position position) implements Perturbation {
        public OpenPosition {
            Checks.required(position, "openPosition.position");
        }

        @Override
        public StepOutcome applyTo(Inputs in, VenueRules rules) {
            AccountEdits edits = new AccountEdits(in.market().priceSet(), rules.enginePolicy());
            return fromEdit(edits.open(in.book().asAccount(), position), in);
        }
    }

    /**
     * A new option position bought (size > 0) or written (size < 0) at its model value; the premium is
     * paid from / received into the settlement asset.
     *
     * @param option  the position to open; its id must be new
     */
    record OpenOption(OptionPosition option) implements Perturbation {
        public OpenOption {
            Checks.required(option, "openOption.option");
        }

        @Override
        public StepOutcome applyTo(Inputs in, VenueRules rules) {
            Portfolio book = in.book();
            if (book.option(option.id()).isPresent() || book.account().position(option.id()).isPresent()) {
                return new StepOutcome.Refused("position id " + option.id() + " already exists");
            }
            double premium = OptionPricer.price(option.contract(), in.market().optionMarket());
            String cash = rules.policy().settlementAsset();
            Portfolio next = book.withAccount(book.account().withBalance(cash,
                    book.account().balance(cash) - option.size() * premium)).withAddedOption(option);
            return withOptionsInitialCheck(applied(next, in.market()), rules, "opening " + option.id() + " leaves the account");
        }
    }

    /** Every market's underlying and every option's underlying, sorted. */
    static Set<String> riskyAssets(Inputs in, VenueRules rules) {
        Set<String> assets = new TreeSet<>();
        for (Market m : rules.policy().markets().values()) {
            assets.add(m.underlying());
        }
        for (OptionPosition o : in.book().options()) {
            assets.add(o.contract().underlying());
        }
        return assets;
    }

    /**
     * An option trade (not a core edit) checked by the core's rule: cross equity {@code >=} cross IM after it,
     * options included, as the engine values them.
     */
    private static StepOutcome withOptionsInitialCheck(StepOutcome outcome, VenueRules rules, String what) {
        if (!(outcome instanceof StepOutcome.Applied a) || a.inputs().book().options().isEmpty()) {
            return outcome;
        }
        PortfolioRisk after = PortfolioEvaluator.fast().evaluate(a.inputs().book(), a.inputs().market(), rules);
        if (after.freeCollateral() < 0) {
            return new StepOutcome.Refused(what + " under initial margin by "
                    + String.format(java.util.Locale.ROOT, "%,.2f", -after.freeCollateral()) + " USD (options included)");
        }
        return outcome;
    }

    private static StepOutcome applied(Portfolio book, MarketState market) {
        return new StepOutcome.Applied(new Inputs(book, market));
    }

    private static StepOutcome fromEdit(EditResult r, Inputs in) {
        return switch (r) {
            case EditResult.Edited e -> applied(Portfolio.of(e.account()), in.market());
            case EditResult.Refused refused -> new StepOutcome.Refused(refused.reason());
        };
    }
}
