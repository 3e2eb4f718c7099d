package com.solvent.chain.rpc;

import java.util.List;
import java.util.Locale;

/**
 * One contract event as the watcher sees it.
 *
 * @param address     emitting contract, lower-case
 * @param topics      topic 0 (event signature hash) and indexed arguments, lower-case hex
 * @param data        non-indexed arguments, hex
 * @param blockNumber block that holds it
 * @param blockHash   hash of that block
 */
public record EventLog(String address, List<String> topics, String data, long blockNumber, String blockHash) {
    public EventLog {
        address = address.toLowerCase(Locale.ROOT);
        topics = topics.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        data = data == null ? "0x" : data;
        blockHash = blockHash == null ? "" : blockHash.toLowerCase(Locale.ROOT);
    }

    /** Topic {@code i} (0 = signature) or empty when absent. */
    public String topic(int i) {
        return i < topics.size() ? topics.get(i) : "";
    }

    /** Topic {@code i} read as an address (its low 20 bytes), or empty when absent. */
    public String topicAddress(int i) {
        String t = topic(i);
        return t.length() == 66 ? "0x" + t.substring(26) : "";
    }
}
