package com.solvent.app.venue.replay;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a replay follows: one account (its lower-case address and label) or the whole book.
 *
 * @param address lower-case 0x address; empty for the whole book
 * @param label   the account's name, empty when it has none
 */
public record ReplayTarget(String address, String label) {
    public static final ReplayTarget WHOLE_BOOK = new ReplayTarget("", "");
    static final String WHOLE_BOOK_TEXT = "Whole book";

    public ReplayTarget {
        address = Objects.requireNonNull(address, "address").toLowerCase(Locale.ROOT);
        Objects.requireNonNull(label, "label");
    }

    /** The account replayed, empty for the whole book. */
    public Optional<String> account() {
        return address.isEmpty() ? Optional.empty() : Optional.of(address);
    }

    /** E.g. "doomed · 0x1234…cdef", "0x1234…cdef" or "Whole book". */
    @Override
    public String toString() {
        if (address.isEmpty()) {
            return WHOLE_BOOK_TEXT;
        }
        String shortAddress = address.length() > 12 ? address.substring(0, 6) + "…" + address.substring(address.length() - 4)
                : address;
        return label.isEmpty() ? address : label + " · " + shortAddress;
    }
}
