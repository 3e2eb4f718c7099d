package com.solvent.model.distribution;

import com.solvent.model.Checks;

/**
 * One bin of a {@link MarginRatioHistogram}: accounts whose margin ratio lies in
 * {@code [fromRatio, toRatio)} (the last bin includes {@code toRatio}).
 *
 * @param fromRatio  lower edge, margin ratio (maintenance / equity), {@code >= 0}
 * @param toRatio    upper edge
 * @param accounts   number of accounts in the bin
 * @param notional   their total open notional, USD ({@code sum |size| x mark})
 */
public record HistogramBin(double fromRatio, double toRatio, int accounts, double notional) {
    public HistogramBin {
        Checks.nonNegative(fromRatio, "bin.fromRatio");
        Checks.nonNegative(toRatio, "bin.toRatio");
        Checks.nonNegative(accounts, "bin.accounts");
        Checks.nonNegative(notional, "bin.notional");
    }
}
