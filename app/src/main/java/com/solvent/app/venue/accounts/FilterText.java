package com.solvent.app.venue.accounts;

import com.solvent.app.format.ScreenFormat;

import java.util.ArrayList;
import java.util.List;

/** A filter in words, for the summary line and exports: {@code "isolated · notional >= 100,000 USD · ETH"}. */
final class FilterText {
    private FilterText() {
    }

    static String of(AccountFilter f) {
        if (f.isAll()) {
            return "all accounts";
        }
        List<String> parts = new ArrayList<>();
        if (f.mode() != ModeFilter.ANY) {
            parts.add(f.mode().toString().toLowerCase(java.util.Locale.ROOT));
        }
        if (!Double.isNaN(f.minNotional())) {
            parts.add("notional >= " + ScreenFormat.usd(f.minNotional()));
        }
        if (!Double.isNaN(f.maxNotional())) {
            parts.add("notional <= " + ScreenFormat.usd(f.maxNotional()));
        }
        if (!f.asset().isEmpty()) {
            parts.add("holds " + f.asset());
        }
        if (f.health().size() < HealthChoice.values().length) {
            parts.add(String.join(" or ", f.health().stream().sorted().map(HealthChoice::word).toList()));
        }
        return String.join(" · ", parts);
    }
}
