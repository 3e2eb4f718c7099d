package com.solvent.chain.devnet;

import org.web3j.protocol.core.methods.response.TransactionReceipt;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Transactions sent with automine off and mined together in one block: the fast way to seed a
 * devnet (hundreds of transactions, one block). Nonces are tracked here, gas limits are explicit
 * (an estimate would run against the state before the block), and after mining every receipt is
 * checked so that a seed transaction that reverted fails the start with its label.
 */
final class TxBatch {
    private final AnvilRpc rpc;
    private final Map<String, BigInteger> nonces = new HashMap<>();
    private final Map<String, String> labelsByHash = new LinkedHashMap<>();

    TxBatch(AnvilRpc rpc) {
        this.rpc = rpc;
    }

    /** Queues a call (or a deployment when {@code to} is null) and returns the sender's nonce it used. */
    BigInteger send(String label, String from, String to, String data) {
        String key = from.toLowerCase();
        BigInteger nonce = nonces.computeIfAbsent(key, rpc::nonce);
        String hash = rpc.send(from, to, data, nonce, to == null ? AnvilRpc.DEPLOY_GAS : AnvilRpc.CALL_GAS);
        nonces.put(key, nonce.add(BigInteger.ONE));
        labelsByHash.put(hash, label);
        return nonce;
    }

    int size() {
        return labelsByHash.size();
    }

    /** Mines everything queued into one block and fails when any transaction is missing or reverted. */
    void mineAndVerify() {
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
}
