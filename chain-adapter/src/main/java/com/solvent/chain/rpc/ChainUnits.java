package com.solvent.chain.rpc;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The one place where on-chain fixed-point integers (uint256 / int256 scaled by 10^decimals, as
 * tokens with 6 or 18 decimals and Chainlink feeds with 8 do) become the core's doubles. The
 * conversion goes through {@link BigDecimal}, so it is exact up to the final rounding to double,
 * and it fails loudly instead of producing infinity or a silly number.
 */
public final class ChainUnits {
    /**
     * Largest magnitude accepted after scaling: 10^15 units. No real price (USD per unit),
     * balance or position size comes near it; anything above is a broken feed or contract.
     */
    public static final BigDecimal MAX_MAGNITUDE = BigDecimal.TEN.pow(15);
    /** Largest decimals value accepted; ERC-20 and Chainlink use 0..18, a few tokens 24. */
    public static final int MAX_DECIMALS = 36;

    private ChainUnits() {
    }

    /**
     * {@code raw / 10^decimals} as a double.
     *
     * @param field named in the failure message, e.g. {@code "feed ETH answer"}
     * @throws AbsurdValueException when decimals are out of range or the scaled magnitude exceeds {@link #MAX_MAGNITUDE}
     */
    public static double toDouble(BigInteger raw, int decimals, String field) {
        if (raw == null) {
            throw new AbsurdValueException(field + " is missing");
        }
        checkDecimals(decimals, field);
        BigDecimal scaled = new BigDecimal(raw, decimals);
        if (scaled.abs().compareTo(MAX_MAGNITUDE) > 0) {
            throw new AbsurdValueException(field + " = " + abbreviate(raw) + " / 10^" + decimals
                    + " exceeds the plausible magnitude 1e15; refusing to convert");
        }
        return scaled.doubleValue();
    }

    /** Validates a decimals value read from chain (e.g. an aggregator's {@code decimals()}). */
    public static int checkDecimals(long decimals, String field) {
        if (decimals < 0 || decimals > MAX_DECIMALS) {
            throw new AbsurdValueException(field + " decimals = " + decimals + " is outside 0.." + MAX_DECIMALS);
        }
        return (int) decimals;
    }

    private static String abbreviate(BigInteger raw) {
        String s = raw.toString();
        return s.length() <= 24 ? s : s.substring(0, 12) + "...(" + s.length() + " digits)";
    }
}
