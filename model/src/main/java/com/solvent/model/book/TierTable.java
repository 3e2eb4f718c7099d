package com.solvent.model.book;

import com.solvent.model.market.MaintenanceTier;
import com.solvent.model.market.Market;

import java.util.List;

/**
 * Every market's margin tiers flattened into parallel arrays, so that the evaluation loop looks a
 * tier up with a few array reads instead of walking records.
 *
 * <p>Tier {@code t} of market {@code m} lives at index {@code start[m] + t}. For each tier:
 * {@code floor} is the inclusive lower bound of the bracket (USD notional), {@code maxLeverage}
 * the bracket's maximum leverage (initial requirement = notional / maxLeverage),
 * {@code maintenanceFraction} its maintenance fraction of notional and {@code deduction} the USD
 * amount subtracted so that maintenance = notional x fraction - deduction is continuous in size
 * (Hyperliquid / Binance / Bybit construction, see VENUES.md section 1):
 * {@code deduction[0] = 0}, {@code deduction[n] = deduction[n-1] + floor[n] x (fraction[n] - fraction[n-1])}.
 */
final class TierTable {
    final int[] start;
    final double[] floor;
    final double[] maxLeverage;
    final double[] maintenanceFraction;
    final double[] deduction;

    TierTable(List<Market> markets) {
        start = new int[markets.size() + 1];
        int total = 0;
        for (int m = 0; m < markets.size(); m++) {
            start[m] = total;
            total += markets.get(m).tiers().size();
        }
        start[markets.size()] = total;
        floor = new double[total];
        maxLeverage = new double[total];
        maintenanceFraction = new double[total];
        deduction = new double[total];
        for (int m = 0; m < markets.size(); m++) {
            List<MaintenanceTier> tiers = markets.get(m).tiers();
            for (int t = 0; t < tiers.size(); t++) {
                int i = start[m] + t;
                MaintenanceTier tier = tiers.get(t);
                floor[i] = tier.notionalFloor();
                maxLeverage[i] = tier.maxLeverage();
                maintenanceFraction[i] = tier.maintenanceFraction();
                deduction[i] = t == 0 ? 0.0
                        : deduction[i - 1] + floor[i] * (maintenanceFraction[i] - maintenanceFraction[i - 1]);
            }
        }
    }

    /** Index (into the flat arrays) of the tier of market {@code market} that {@code notional} falls in. */
    int tierOf(int market, double notional) {
        int t = start[market];
        int last = start[market + 1] - 1;
        while (t < last && notional >= floor[t + 1]) {
            t++;
        }
        return t;
    }

    long bytes() {
        return 4L * start.length + 8L * (floor.length * 4L);
    }
}
