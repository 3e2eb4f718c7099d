package com.solvent.model.book;

import com.solvent.model.market.MaintenanceTier;
import com.solvent.model.market.Market;

import java.util.List;

/**
 * Every market's margin tiers flattened into parallel arrays, so that the evaluation loop looks a
 * tier up with a few array reads instead of walking records.
 *
 * <p>Each market owns {@code stride} slots (the largest tier count of the policy): tier {@code t}
 * of market {@code m} lives at index {@code m x stride + t}; slots past a market's last tier have
 * a floor of +infinity, so the tier is found without a data-dependent branch by counting the
 * floors at or below the notional. Notionals in a book fall in random tiers, and a branchy search
 * mispredicts about once per position (measured: a full pass 25% slower with a branchy search).
 * Policies of up to four tiers per market share one unrolled path.
 *
 * <p>For each tier: {@code floor} is the inclusive lower bound of the bracket (USD notional),
 * {@code initialFraction} is {@code 1 / maxLeverage} (initial requirement = notional x initialFraction),
 * {@code maintenanceFraction} its maintenance fraction of notional and {@code deduction} the USD
 * amount subtracted so that maintenance = max(0, notional x fraction - deduction) is continuous in size
 * (Hyperliquid / Binance / Bybit construction, see VENUES.md section 1):
 * {@code deduction[0] = 0}, {@code deduction[n] = deduction[n-1] + floor[n] x (fraction[n] - fraction[n-1])}.
 */
final class TierTable {
    private static final int UNROLLED = 4;
    final int stride;
    final double[] floor;
    final double[] initialFraction;
    final double[] maintenanceFraction;
    final double[] deduction;
    /**
     * True when {@code notional x maintenanceFraction - deduction} cannot round below zero for any
     * notional in its tier, so that {@code max(0, .)} leaves it unchanged and a sweep may skip it
     * (see {@link #maintenanceNeverBelowZero}).
     */
    final boolean maintenanceNeverNegative;

    TierTable(List<Market> markets) {
        int most = 1;
        for (Market market : markets) {
            most = Math.max(most, market.tiers().size());
        }
        // Up to four tiers (most venues' majors) take the unrolled path.
        stride = most <= UNROLLED ? UNROLLED : most;
        if (stride > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("a market of more than " + Byte.MAX_VALUE + " margin tiers");
        }
        int slots = markets.size() * stride;
        floor = new double[slots];
        initialFraction = new double[slots];
        maintenanceFraction = new double[slots];
        deduction = new double[slots];
        for (int m = 0; m < markets.size(); m++) {
            List<MaintenanceTier> tiers = markets.get(m).tiers();
            for (int t = 0; t < stride; t++) {
                int i = m * stride + t;
                if (t >= tiers.size()) {
                    floor[i] = Double.POSITIVE_INFINITY;
                    continue;
                }
                MaintenanceTier tier = tiers.get(t);
                floor[i] = tier.notionalFloor();
                initialFraction[i] = tier.initialFraction();
                maintenanceFraction[i] = tier.maintenanceFraction();
                deduction[i] = t == 0 ? 0.0
                        : deduction[i - 1] + floor[i] * (maintenanceFraction[i] - maintenanceFraction[i - 1]);
            }
        }
        maintenanceNeverNegative = maintenanceNeverBelowZero();
    }

    /**
     * Whether every tier's {@code floor x maintenanceFraction - deduction} is {@code >= +0} in
     * double arithmetic. Then so is {@code notional x maintenanceFraction - deduction} for every
     * notional {@code >= floor} (a product rounds monotonically, and the sign of a rounded
     * difference is that of the exact one, {@code x - x} being +0), and {@code max(0, .)} returns
     * it bit for bit (a NaN stays NaN either way). Mathematically the difference at a floor is the
     * continuous maintenance requirement there, which is zero or negligible only when the tiers
     * below carry a zero or negligible fraction (fractions 0, 1e-17, 5% round it to -4.5e-13 at the
     * third floor); a real table keeps it far above the rounding.
     */
    private boolean maintenanceNeverBelowZero() {
        for (int i = 0; i < floor.length; i++) {
            if (floor[i] != Double.POSITIVE_INFINITY && floor[i] * maintenanceFraction[i] - deduction[i] < 0.0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Slot of the tier of market {@code market} that {@code notional} falls in: the last tier whose
     * floor is at or below it (tier 0's floor is 0).
     */
    int tierOf(int market, double notional) {
        int base = market * stride;
        double[] f = floor;
        if (stride == UNROLLED) {
            return base + 3 - (int) (below(notional, f[base + 1]) + below(notional, f[base + 2])
                    + below(notional, f[base + 3]));
        }
        int t = base;
        for (int k = 1; k < stride; k++) {
            t += 1 - (int) below(notional, f[base + k]);
        }
        return t;
    }

    /** True when {@code notional} reaches {@code floor} by {@link #tierOf}'s rule. */
    static boolean reaches(double notional, double floor) {
        return below(notional, floor) == 0;
    }

    /**
     * 1 when {@code notional < floor}, else 0, without a branch: the sign bit of the difference
     * ({@code x - x} is +0, so a notional exactly at a floor counts as reaching it; an infinite
     * padding floor is never reached).
     */
    private static long below(double notional, double floor) {
        return Double.doubleToRawLongBits(notional - floor) >>> 63;
    }

    /** Doubles per tier slot in {@link #rows()}. */
    static final int ROW = 4;
    /** The mark of the slot's market: filled by the evaluator on every price change. */
    static final int ROW_MARK = 0;
    static final int ROW_INITIAL = 1;
    static final int ROW_MAINTENANCE = 2;
    static final int ROW_DEDUCTION = 3;

    /**
     * Every slot as one row of {@link #ROW} doubles (the market's mark, left 0 here, then initial
     * and maintenance fraction and deduction): the full pass reads one slot's figures from one
     * cache line, through one index, instead of three arrays and the market's mark. The floors are
     * not in the rows: the sweeps no longer look a tier up (the evaluator re-tiers on a mark move),
     * and the four figures they read sit at offsets 0 to 3, so that the row's two range checks
     * compare {@code r} and {@code r + 3}.
     */
    double[] rows() {
        double[] rows = new double[floor.length * ROW];
        for (int s = 0; s < floor.length; s++) {
            int r = s * ROW;
            rows[r + ROW_INITIAL] = initialFraction[s];
            rows[r + ROW_MAINTENANCE] = maintenanceFraction[s];
            rows[r + ROW_DEDUCTION] = deduction[s];
        }
        return rows;
    }

    long bytes() {
        return 8L * floor.length * 4L;
    }
}
