package com.solvent.model.stress;

import com.solvent.model.Checks;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.Freshness;
import com.solvent.model.price.PriceSet;

import java.util.Set;

/**
 * One change to the prices of a stress scenario, as data. A scenario applies its shocks in order to
 * the current prices; every shock keeps the price's timestamp, and all but {@link OracleFreeze}
 * keep its freshness. Fractions are signed relative moves ({@code -0.2} = a 20% fall); prices are
 * USD per unit. "Risky assets" are the underlyings of the policy's markets (as in the engine's
 * uniform move): the quote currency and collateral that underlies no market (USDC) do not move
 * with the market.
 *
 * <p>How each shock reaches the margin engine (definitions in
 * {@link com.solvent.model.engine.MarginEngine}):
 * <ul>
 *   <li>{@link MarketMove}, {@link AssetMove}: the mark (and index) changes, so uPnL, notional,
 *       maintenance tier and requirement change, and so does collateral priced by that asset
 *       (at its value weight).</li>
 *   <li>{@link VolatilitySpike}: the engine's requirements for perpetuals and futures do not depend
 *       on volatility; it scales each risky asset's daily volatility (which moves liquidation
 *       distances in daily vols) and moves every risky price by {@code downSigmas} daily standard
 *       deviations <em>at the new volatility</em>, {@code exp(-downSigmas x vol') - 1}: a volatile
 *       down day.</li>
 *   <li>{@link Depeg}: sets a collateral asset's price (e.g. USDC at 0.95); its balances lose value
 *       at their collateral weight ({@code amount x price x valueWeight}). Positions, PnL and
 *       penalties stay in USD, and the liquidation engine books its cash flows in the settlement
 *       asset at 1 USD per unit (core rule), so a depeg of the settlement asset hurts through the
 *       collateral balances only.</li>
 *   <li>{@link OracleFreeze}: the asset keeps its price from before the scenario, marked
 *       {@link Freshness#STALE}, whatever the other shocks did to it. The engine values with the
 *       stale price (as a venue does) and flags every dependent number uncertain: accounts exposed to
 *       the frozen asset escape liquidation in the scenario, and the result counts them as uncertain.</li>
 * </ul>
 */
public sealed interface PriceShock
        permits PriceShock.MarketMove, PriceShock.AssetMove, PriceShock.VolatilitySpike, PriceShock.Depeg,
        PriceShock.OracleFreeze {

    /**
     * The prices after this shock.
     *
     * @param current      prices after the previous shocks
     * @param before       prices before the scenario (what a frozen oracle keeps)
     * @param riskyAssets  underlyings of the policy's markets
     */
    PriceSet apply(PriceSet current, PriceSet before, Set<String> riskyAssets);

    /** Every risky asset's mark times {@code 1 + fraction}, {@code fraction > -1}. */
    record MarketMove(double fraction) implements PriceShock {
        public MarketMove {
            Checks.finite(fraction, "marketMove.fraction");
            if (fraction <= -1) {
                throw new IllegalArgumentException("marketMove.fraction must be above -1 (a price stays positive), was " + fraction);
            }
        }

        @Override
        public PriceSet apply(PriceSet current, PriceSet before, Set<String> riskyAssets) {
            PriceSet next = current;
            for (String asset : riskyAssets) {
                if (current.get(asset).isPresent()) {
                    next = next.withMark(asset, current.get(asset).orElseThrow().mark() * (1 + fraction));
                }
            }
            return next;
        }
    }

    /** One asset's mark times {@code 1 + fraction}, {@code fraction > -1}; the asset must be priced. */
    record AssetMove(String asset, double fraction) implements PriceShock {
        public AssetMove {
            Checks.nonBlank(asset, "assetMove.asset");
            Checks.finite(fraction, "assetMove.fraction");
            if (fraction <= -1) {
                throw new IllegalArgumentException("assetMove.fraction must be above -1 (a price stays positive), was " + fraction);
            }
        }

        @Override
        public PriceSet apply(PriceSet current, PriceSet before, Set<String> riskyAssets) {
            return current.withMark(asset, priced(current, asset).mark() * (1 + fraction));
        }
    }

    /**
     * Every risky asset's daily volatility times {@code factor} ({@code >= 1}), and its price times
     * {@code exp(-downSigmas x newVolatility)}.
     */
    record VolatilitySpike(double factor, double downSigmas) implements PriceShock {
        public VolatilitySpike {
            Checks.within(factor, 1.0, 100.0, "volatilitySpike.factor");
            Checks.within(downSigmas, -20.0, 20.0, "volatilitySpike.downSigmas");
        }

        @Override
        public PriceSet apply(PriceSet current, PriceSet before, Set<String> riskyAssets) {
            PriceSet next = current;
            for (String asset : riskyAssets) {
                AssetPrice p = current.get(asset).orElse(null);
                if (p == null) {
                    continue;
                }
                double vol = p.dailyVolatility() * factor;
                double mark = p.mark() * Math.exp(-downSigmas * vol);
                next = next.with(asset, new AssetPrice(mark, mark, vol, p.timestamp(), p.freshness()));
            }
            return next;
        }
    }

    /** {@code asset} (a collateral's price symbol, e.g. USDC) priced at {@code price} USD, {@code > 0}. */
    record Depeg(String asset, double price) implements PriceShock {
        public Depeg {
            Checks.nonBlank(asset, "depeg.asset");
            Checks.positive(price, "depeg.price");
        }

        @Override
        public PriceSet apply(PriceSet current, PriceSet before, Set<String> riskyAssets) {
            return current.with(asset, priced(current, asset).withPrice(price));
        }
    }

    /** {@code asset}'s feed stops: it keeps its price from before the scenario, marked STALE. */
    record OracleFreeze(String asset) implements PriceShock {
        public OracleFreeze {
            Checks.nonBlank(asset, "oracleFreeze.asset");
        }

        @Override
        public PriceSet apply(PriceSet current, PriceSet before, Set<String> riskyAssets) {
            AssetPrice p = priced(before, asset);
            return current.with(asset, new AssetPrice(p.mark(), p.index(), p.dailyVolatility(), p.timestamp(),
                    Freshness.STALE));
        }
    }

    private static AssetPrice priced(PriceSet prices, String asset) {
        return prices.get(asset).orElseThrow(
                () -> new IllegalArgumentException("scenario shocks " + asset + " but the prices have no " + asset));
    }
}
