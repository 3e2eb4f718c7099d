package com.solvent.chain.devnet;

import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Transactions sent with automine off and mined together in one block: the fast way to seed a
 * devnet (hundreds of transactions, one block). Transactions are queued and sent in JSON-RPC
 * batches at each {@link #flush} (one round trip for a stage of the seed rather than one per
 * transaction: most of a cold start's seeding time was round trips). Nonces are tracked here, gas
 * limits are explicit (an estimate would run against the state before the block), and after
 * mining every receipt is checked so that a seed transaction that reverted fails the start with
 * its label.
 */
final class TxBatch {
    private final AnvilRpc rpc;
    private final Map<String, BigInteger> nonces = new HashMap<>();
    private final List<String> queuedLabels = new ArrayList<>();
    private final List<Transaction> queued = new ArrayList<>();
    private final Map<String, String> labelsByHash = new LinkedHashMap<>();

    TxBatch(AnvilRpc rpc) {
        this.rpc = rpc;
    }

    /**
     * Learns the nonces of {@code senders} not known yet, in one round trip (otherwise a sender's
     * first {@link #send} asks for its own).
     */
    void knowNonces(Collection<String> senders) {
        List<String> unknown = senders.stream().map(TxBatch::key).distinct().filter(s -> !nonces.containsKey(s)).toList();
        List<BigInteger> found = rpc.nonces(unknown);
        for (int i = 0; i < unknown.size(); i++) {
            nonces.put(unknown.get(i), found.get(i));
        }
    }

    /**
     * Queues a call (or a deployment when {@code to} is null) and returns the sender's nonce it
     * uses. Anvil may admit the transactions of one flush in any order across senders: a
     * transaction that depends on another sender's goes after a {@link #flush}.
     */
    BigInteger send(String label, String from, String to, String data) {
        String key = key(from);
        BigInteger nonce = nonces.computeIfAbsent(key, rpc::nonce);
        queued.add(new Transaction(from, nonce, null, to == null ? AnvilRpc.DEPLOY_GAS : AnvilRpc.CALL_GAS, to,
                BigInteger.ZERO, data));
        queuedLabels.add(label);
        nonces.put(key, nonce.add(BigInteger.ONE));
        return nonce;
    }

    /** Sends every queued transaction to anvil's pool (not mined yet). */
    void flush() {
        List<String> hashes = rpc.sendAll(queuedLabels, queued);
        for (int i = 0; i < hashes.size(); i++) {
            labelsByHash.put(hashes.get(i), queuedLabels.get(i));
        }
        queued.clear();
        queuedLabels.clear();
    }

    /** Sends what is queued, mines everything into one block and fails when any transaction is missing or reverted. */
    void mineAndVerify() {
        flush();
        long before = rpc.blockNumber();
        rpc.mine();
        long after = rpc.blockNumber();
        Map<String, TransactionReceipt> receipts = new HashMap<>();
        for (long block = before + 1; block <= after; block++) {
            for (TransactionReceipt receipt : rpc.blockReceipts(block)) {
                receipts.put(receipt.getTransactionHash(), receipt);
            }
        }
        List<String> failures = new ArrayList<>();
        labelsByHash.forEach((hash, label) -> {
            TransactionReceipt receipt = receipts.get(hash);
            if (receipt == null) {
                failures.add(label + " (" + hash + "): not mined");
            } else if (!receipt.isStatusOK()) {
                failures.add(label + " (" + hash + "): reverted");
            }
        });
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " of " + labelsByHash.size()
                    + " seed transactions failed: " + String.join("; ", failures.subList(0, Math.min(10, failures.size()))));
        }
        labelsByHash.clear();
    }

    private static String key(String address) {
        return address.toLowerCase(Locale.ROOT);
    }
}
