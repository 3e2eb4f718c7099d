package com.solvent.bench.stress;

import com.solvent.model.stress.PriceShock;
import com.solvent.model.stress.StressLibrary;
import com.solvent.model.stress.StressScenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The benchmarks' stress library and market depth. */
final class StressScenarios {
    private StressScenarios() {
    }

    /**
     * 20 scenarios: the standard library (10) plus crashes of 5, 15, 25 and 50%, rallies of 10 and
     * 35%, SOL and DOGE single-asset crashes of 40%, a 5x volatility spike with a 3-sigma fall, and
     * a BTC oracle frozen during a 20% crash.
     */
    static List<StressScenario> twenty() {
        List<StressScenario> all = new ArrayList<>(StressLibrary.standard());
        all.add(StressLibrary.crash(0.05));
        all.add(StressLibrary.crash(0.15));
        all.add(StressLibrary.crash(0.25));
        all.add(StressLibrary.crash(0.50));
        all.add(new StressScenario("rally-10", "every risky asset +10%", List.of(new PriceShock.MarketMove(0.10))));
        all.add(new StressScenario("rally-35", "every risky asset +35%", List.of(new PriceShock.MarketMove(0.35))));
        all.add(StressLibrary.singleAsset("SOL", 0.40));
        all.add(StressLibrary.singleAsset("DOGE", 0.40));
        all.add(new StressScenario("vol-spike-5x", "vol x5 and a 3-sigma fall", List.of(new PriceShock.VolatilitySpike(5, 3))));
        all.add(new StressScenario("btc-oracle-frozen", "-20% with the BTC feed frozen",
                List.of(new PriceShock.MarketMove(-0.2), new PriceShock.OracleFreeze("BTC"))));
        return List.copyOf(all);
    }

    /**
     * Depth per asset: the book's gross open notional in it, so that liquidations selling 1% of an
     * asset's open interest move its price by -1% (impact 1).
     */
    static Map<String, Double> depth(RestingBook book) {
        Map<String, Double> depth = new HashMap<>();
        book.grossNotional().forEach((asset, gross) -> depth.put(asset, gross));
        return depth;
    }
}
