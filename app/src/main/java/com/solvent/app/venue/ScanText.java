package com.solvent.app.venue;

import com.solvent.app.format.ScreenFormat;

import java.util.Locale;

/** A scan's progress in words, for the desk's status strip and empty states. */
public final class ScanText {
    private ScanText() {
    }

    /** E.g. "Discovering accounts", "Live", "Offline (portfolio file)". */
    public static String phase(ScanPhase phase) {
        return switch (phase) {
            case DISCOVERING -> "Discovering accounts";
            case READING -> "Reading accounts";
            case LIVE -> "Live";
            case OFFLINE -> "Offline";
            case FAILED -> "Scan stopped";
        };
    }

    /**
     * E.g. "block 1,200 of 5,000 searched · 84 accounts found", "84 of 120 accounts read",
     * "120 accounts", "5 accounts from the file".
     */
    public static String progress(ScanStatus s) {
        return switch (s.phase()) {
            case DISCOVERING -> String.format(Locale.ROOT, "%,d of %,d blocks searched · %,d accounts found",
                    s.blocksScanned(), s.blocksTotal(), s.accountsFound());
            case READING -> String.format(Locale.ROOT, "%,d of %,d accounts read", s.accountsRead(), s.accountsFound());
            case LIVE -> String.format(Locale.ROOT, "%,d accounts followed block by block", s.accountsFound());
            case OFFLINE -> String.format(Locale.ROOT, "%,d accounts from the file, evaluated once", s.accountsFound());
            case FAILED -> String.format(Locale.ROOT, "%,d accounts found before it stopped", s.accountsFound());
        };
    }

    /** Where the figures were read: "block #1,234" on a chain, the source offline. */
    public static String source(VenueState state) {
        var status = state.market().status();
        return status.block() > 0 ? status.chain() + " · block " + ScreenFormat.block(status.block()) : status.chain();
    }
}
