package com.solvent.chain.account;

import com.solvent.chain.rpc.AbiReader;
import com.solvent.chain.rpc.AbsurdValueException;
import com.solvent.chain.rpc.ChainRpc;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Batches read calls into one {@code eth_call} of Multicall3's
 * {@code aggregate3((address target, bool allowFailure, bytes callData)[])}, every call allowed to
 * fail on its own, so one reverting account does not hide the others.
 */
public final class Multicall3 {
    /** The canonical deployment, at the same address on every EVM chain that has one. */
    public static final String CANONICAL_ADDRESS = "0xca11bde05977b3631167028862be2a173976ca11";
    static final String AGGREGATE3 = Numeric.toHexString(
            Hash.sha3("aggregate3((address,bool,bytes)[])".getBytes(java.nio.charset.StandardCharsets.US_ASCII)), 0, 4, true);

    private final String address;
    private final int maxReturnBytes;

    /**
     * @param address        the Multicall3 contract
     * @param maxReturnBytes cap on one call's return data (a longer answer is absurd)
     */
    public Multicall3(String address, int maxReturnBytes) {
        this.address = address.toLowerCase(java.util.Locale.ROOT);
        this.maxReturnBytes = maxReturnBytes;
    }

    public String address() {
        return address;
    }

    /** Runs {@code calls} at block {@code block} in one request; outcomes in call order. */
    public List<CallOutcome> run(ChainRpc rpc, List<ContractCall> calls, long block) throws IOException {
        if (calls.isEmpty()) {
            return List.of();
        }
        byte[] answer = rpc.call(address, encode(calls), block);
        if (answer.length == 0) {
            throw new AbsurdValueException("Multicall3 at " + address + " returned no data at block " + block
                    + " (is it deployed on this chain?)");
        }
        return decode(answer, calls.size(), maxReturnBytes);
    }

    /** ABI encoding of {@code aggregate3(calls)} with allowFailure = true everywhere. */
    static String encode(List<ContractCall> calls) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + calls.size() * 256);
        List<byte[]> tuples = new ArrayList<>(calls.size());
        for (ContractCall c : calls) {
            byte[] data = Numeric.hexStringToByteArray(c.callData());
            ByteArrayOutputStream t = new ByteArrayOutputStream();
            t.writeBytes(word(Numeric.toBigInt(c.target())));
            t.writeBytes(word(BigInteger.ONE));
            t.writeBytes(word(BigInteger.valueOf(3 * 32)));
            t.writeBytes(word(BigInteger.valueOf(data.length)));
            t.writeBytes(data);
            t.writeBytes(new byte[(32 - data.length % 32) % 32]);
            tuples.add(t.toByteArray());
        }
        out.writeBytes(word(BigInteger.valueOf(32)));
        out.writeBytes(word(BigInteger.valueOf(calls.size())));
        long offset = 32L * calls.size();
        for (byte[] t : tuples) {
            out.writeBytes(word(BigInteger.valueOf(offset)));
            offset += t.length;
        }
        tuples.forEach(out::writeBytes);
        return AGGREGATE3 + Numeric.toHexStringNoPrefix(out.toByteArray());
    }

    /** Decodes {@code (bool success, bytes returnData)[]}, which must hold exactly {@code expected} entries. */
    static List<CallOutcome> decode(byte[] answer, int expected, int maxReturnBytes) {
        AbiReader array = AbiReader.of(answer, "Multicall3.aggregate3").requireWords(2).dynamic(0);
        int n = array.length(expected, "result list");
        if (n != expected) {
            throw new AbsurdValueException("Multicall3.aggregate3 returned " + n + " results for " + expected + " calls");
        }
        AbiReader elements = array.elements();
        List<CallOutcome> outcomes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            AbiReader tuple = elements.dynamic(i);
            outcomes.add(new CallOutcome(tuple.bool(0), tuple.dynamic(1).bytes(maxReturnBytes, "returnData[" + i + "]")));
        }
        return outcomes;
    }

    private static byte[] word(BigInteger v) {
        return Numeric.toBytesPadded(v, 32);
    }
}
