package com.solvent.model.edit;

import com.solvent.model.Checks;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.PriceSet;

import java.util.Collection;

/**
 * Price scenarios as edits of a {@link PriceSet}: a move keeps each price's volatility, timestamp
 * and freshness and moves mark and index together.
 */
public final class PriceMoves {
    private PriceMoves() {
    }

    /** {@code asset} at {@code price} USD. */
    public static PriceSet to(PriceSet prices, String asset, double price) {
        if (!(price > 0) || !Double.isFinite(price)) {
            // named only on failure: grids and profiles move prices for every cell
            Checks.positive(price, "moved price of " + asset);
        }
        return prices.with(asset, current(prices, asset).withPrice(price));
    }

    /** {@code asset} moved by {@code percent} (-10 = ten percent lower); must stay above -100%. */
    public static PriceSet byPercent(PriceSet prices, String asset, double percent) {
        Checks.finite(percent, "move of " + asset + " in percent");
        if (percent <= -100) {
            throw new IllegalArgumentException("move of " + asset + " must be above -100%, was " + percent + "%");
        }
        return to(prices, asset, current(prices, asset).mark() * (1 + percent / 100));
    }

    /** Every asset in {@code assets} moved by the same {@code percent}. */
    public static PriceSet allByPercent(PriceSet prices, Collection<String> assets, double percent) {
        PriceSet moved = prices;
        for (String asset : assets) {
            moved = byPercent(moved, asset, percent);
        }
        return moved;
    }

    private static AssetPrice current(PriceSet prices, String asset) {
        return prices.get(asset).orElseThrow(() -> new IllegalArgumentException("no price for " + asset + " to move"));
    }
}
