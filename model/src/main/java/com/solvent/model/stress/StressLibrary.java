package com.solvent.model.stress;

import com.solvent.model.stress.PriceShock.AssetMove;
import com.solvent.model.stress.PriceShock.Depeg;
import com.solvent.model.stress.PriceShock.MarketMove;
import com.solvent.model.stress.PriceShock.OracleFreeze;
import com.solvent.model.stress.PriceShock.VolatilitySpike;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The named scenarios a risk officer runs first. Sizes are round numbers in the range of observed
 * crypto stress days (a 35% market-wide fall is of the order of 12 March 2020), not calibrated
 * forecasts:
 * <ul>
 *   <li>{@code unchanged}: no move (a check: a book at rest liquidates only what is already liquidatable);</li>
 *   <li>{@code crash-10}, {@code crash-20}, {@code crash-35}: every risky asset falls 10, 20, 35%;</li>
 *   <li>{@code rally-20}: every risky asset rises 20% (the shorts' crash);</li>
 *   <li>{@code eth-crash-30}, {@code btc-crash-30}: one asset falls 30%, the rest stay;</li>
 *   <li>{@code vol-spike}: daily volatility x3 and a 2-sigma down day at the new volatility;</li>
 *   <li>{@code usdc-depeg}: USDC at 0.95 USD, collateral weight applied;</li>
 *   <li>{@code eth-oracle-frozen}: every risky asset falls 20% but the ETH feed is frozen at its
 *       old price and STALE.</li>
 * </ul>
 */
public final class StressLibrary {
    private StressLibrary() {
    }

    /** The standard scenarios, in the order above. */
    public static List<StressScenario> standard() {
        return List.of(
                new StressScenario("unchanged", "no price moves", List.of()),
                crash(0.10), crash(0.20), crash(0.35),
                new StressScenario("rally-20", "every risky asset +20%", List.of(new MarketMove(0.20))),
                singleAsset("ETH", 0.30), singleAsset("BTC", 0.30),
                new StressScenario("vol-spike", "daily volatility x3 and a 2-sigma down day at the new volatility",
                        List.of(new VolatilitySpike(3.0, 2.0))),
                new StressScenario("usdc-depeg", "USDC at 0.95 USD (collateral weight applied)",
                        List.of(new Depeg("USDC", 0.95))),
                new StressScenario("eth-oracle-frozen", "every risky asset -20% while the ETH feed stays frozen (STALE)",
                        List.of(new MarketMove(-0.20), new OracleFreeze("ETH"))));
    }

    /** The standard scenario called {@code name}. */
    public static Optional<StressScenario> byName(String name) {
        return standard().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Names of the standard scenarios. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (StressScenario s : standard()) {
            names.add(s.name());
        }
        return names;
    }

    /** Every risky asset falls by {@code size} (0.2 = 20%), named {@code crash-20}. */
    public static StressScenario crash(double size) {
        long pct = Math.round(size * 100);
        return new StressScenario("crash-" + pct, "every risky asset -" + pct + "%", List.of(new MarketMove(-size)));
    }

    /** {@code asset} falls by {@code size}, the rest stay; named {@code eth-crash-30}. */
    public static StressScenario singleAsset(String asset, double size) {
        long pct = Math.round(size * 100);
        return new StressScenario(asset.toLowerCase(Locale.ROOT) + "-crash-" + pct,
                asset + " -" + pct + "%, other prices unchanged", List.of(new AssetMove(asset, -size)));
    }
}
