package com.solvent.app.alerts;

import com.solvent.app.format.ScreenFormat;

import java.time.Instant;
import java.util.Objects;

/**
 * One raised alert.
 *
 * @param kind     what raised it
 * @param account  the account's display name
 * @param address  its address
 * @param message  what happened, as the log and the notification show it, starting with the account's name
 * @param at       block time of the report that raised it
 */
public record Alert(Kind kind, String account, String address, String message, Instant at) {
    /** What raised an alert; the notification's title. */
    public enum Kind {
        MARGIN_RATIO("Margin alert"),
        LIQUIDATION_DISTANCE("Liquidation price alert"),
        LIQUIDATED("Liquidation");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public Alert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(at, "at");
    }

    /** E.g. "Basis fund: margin ratio 85.7 % reached the 80.0 % alert level". */
    static Alert marginRatio(String account, String address, double marginRatio, double threshold, Instant at) {
        return new Alert(Kind.MARGIN_RATIO, account, address, account + ": margin ratio " + ScreenFormat.percent(marginRatio)
                + " reached the " + ScreenFormat.percent(threshold) + " alert level", at);
    }

    /** E.g. "Basis fund: ETH-PERP is 4.00% from its liquidation price, within the 5.00% alert distance". */
    static Alert distance(String account, String address, String market, double distance, double threshold,
                          Instant at) {
        return new Alert(Kind.LIQUIDATION_DISTANCE, account, address, account + ": " + market + " is " + ScreenFormat.percent(distance)
                + " from its liquidation price, within the " + ScreenFormat.percent(threshold) + " alert distance", at);
    }
}
