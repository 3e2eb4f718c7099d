package com.solvent.chain.reference;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The one place where exact on-chain integers become the core's {@code double}s: a fixed-point
 * integer is scaled exactly with {@link BigDecimal}, then rounded once to the nearest double.
 * Values beyond what a margin account can hold fail loudly, naming the field, instead of turning
 * into an infinity or a silently wrong number.
 */
public final class OnChainUnits {
    /** Largest magnitude accepted (1e18 USD or units): anything larger is a decoding error. */
    public static final BigDecimal LIMIT = BigDecimal.TEN.pow(18);

    private OnChainUnits() {
    }

    /** {@code raw / 10^decimals} as a double; fails when out of range. */
    public static double toDouble(BigInteger raw, int decimals, String field) {
        BigDecimal value = new BigDecimal(raw).movePointLeft(decimals);
        if (value.abs().compareTo(LIMIT) > 0) {
            throw new ArithmeticException(field + " = " + raw + " (" + decimals + " decimals) is beyond "
                    + LIMIT.toPlainString() + " and cannot be a margin figure");
        }
        return value.doubleValue();
    }

    /** A wad (18 decimals) as a double. */
    public static double wad(BigInteger raw, String field) {
        return toDouble(raw, 18, field);
    }

    /** The exact decimal of a wad, for comparisons that must not round. */
    public static BigDecimal wadDecimal(BigInteger raw) {
        return new BigDecimal(raw).movePointLeft(18);
    }
}
