package com.solvent.chain.feed;

import com.solvent.chain.rpc.AbiReader;
import com.solvent.chain.rpc.ChainUnits;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;


/**
 * The slice of Chainlink's AggregatorV3Interface the watcher uses: call data and checked decoding.
 */
public final class AggregatorAbi {
    public static final String DECIMALS = selector("decimals()");
    public static final String DESCRIPTION = selector("description()");
    public static final String LATEST_ROUND_DATA = selector("latestRoundData()");
    /** Topic 0 of {@code AnswerUpdated(int256 indexed current, uint256 indexed roundId, uint256 updatedAt)}. */
    public static final String ANSWER_UPDATED = Hash.sha3String("AnswerUpdated(int256,uint256,uint256)");

    private AggregatorAbi() {
    }

    public static int decodeDecimals(byte[] data, String asset) {
        long d = AbiReader.of(data, "feed " + asset + " decimals()").requireWords(1)
                .smallUint(0, ChainUnits.MAX_DECIMALS, "decimals");
        return (int) d;
    }

    public static String decodeDescription(byte[] data, String asset) {
        AbiReader r = AbiReader.of(data, "feed " + asset + " description()").requireWords(2);
        return r.dynamic(0).string(256, "description");
    }

    public static RoundData decodeRound(byte[] data, String asset) {
        AbiReader r = AbiReader.of(data, "feed " + asset + " latestRoundData()").requireWords(5);
        return new RoundData(r.uint(0), r.int256(1), r.uint(2), r.uint(3), r.uint(4));
    }

    private static String selector(String signature) {
        return Numeric.toHexString(Hash.sha3(signature.getBytes(java.nio.charset.StandardCharsets.US_ASCII)), 0, 4, true);
    }
}
