package com.solvent.chain.account;

import java.util.Locale;
import java.util.Objects;

/**
 * The event a venue emits once per account, when the account first appears: logs of it from the
 * deployment block on list every account the venue has (the reference venue's
 * {@code AccountOpened(address indexed account, uint256 index)}).
 *
 * @param contract the emitting contract, lower-case 0x address
 * @param topic    the event's signature hash (topic 0), lower-case 0x hex
 */
public record AccountOpening(String contract, String topic) {
    public AccountOpening {
        contract = Objects.requireNonNull(contract, "contract").toLowerCase(Locale.ROOT);
        topic = Objects.requireNonNull(topic, "topic").toLowerCase(Locale.ROOT);
    }
}
