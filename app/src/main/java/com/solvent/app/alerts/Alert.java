package com.solvent.app.alerts;

import com.solvent.app.format.ScreenFormat;

import java.time.Instant;

/**
 * One raised alert.
 *
 * @param account      the account's display name
 * @param address      its address
 * @param marginRatio  the ratio that crossed the threshold
 * @param threshold    the rule's threshold
 * @param at           block time of the report that raised it
 */
public record Alert(String account, String address, double marginRatio, double threshold, Instant at) {
    /** E.g. "Basis fund: margin ratio 85.7 % reached the 80.0 % alert level". */
    public String message() {
        return account + ": margin ratio " + ScreenFormat.percent(marginRatio) + " reached the "
                + ScreenFormat.percent(threshold) + " alert level";
    }
}
