package com.solvent.chain.rpc;

import org.web3j.utils.Numeric;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Bounds-checked reader of ABI-encoded return data. Web3j's generic decoder trusts length
 * prefixes; a hostile or broken contract could announce a list of 2^255 entries. Every offset
 * and length read here is checked against the data actually received and against a caller's cap,
 * so malformed data fails with a message instead of exhausting memory.
 */
public final class AbiReader {
    private static final int WORD = 32;
    private static final BigInteger TWO_256 = BigInteger.ONE.shiftLeft(256);
    private static final BigInteger INT256_MAX = BigInteger.ONE.shiftLeft(255).subtract(BigInteger.ONE);

    private final byte[] data;
    private final int base;
    private final String what;

    private AbiReader(byte[] data, int base, String what) {
        this.data = data;
        this.base = base;
        this.what = what;
    }

    /** A reader over {@code data}; {@code what} names the call in failure messages. */
    public static AbiReader of(byte[] data, String what) {
        return new AbiReader(data, 0, what);
    }

    public static AbiReader ofHex(String hex, String what) {
        return of(Numeric.hexStringToByteArray(hex == null ? "0x" : hex), what);
    }

    /** Bytes available from this reader's base. */
    public int size() {
        return data.length - base;
    }

    /** Fails unless at least {@code words} 32-byte words are present. */
    public AbiReader requireWords(int words) {
        if (size() < (long) words * WORD) {
            throw new AbsurdValueException(what + ": return data has " + size() + " bytes, expected at least "
                    + (words * WORD) + " (wrong contract or reverted call?)");
        }
        return this;
    }

    private int wordStart(int index) {
        long start = base + (long) index * WORD;
        if (index < 0 || start + WORD > data.length) {
            throw new AbsurdValueException(what + ": word " + index + " lies outside the " + size() + " bytes returned");
        }
        return (int) start;
    }

    /** Word {@code index} as an unsigned integer. */
    public BigInteger uint(int index) {
        int s = wordStart(index);
        return new BigInteger(1, Arrays.copyOfRange(data, s, s + WORD));
    }

    /** Word {@code index} as a two's-complement signed integer. */
    public BigInteger int256(int index) {
        BigInteger u = uint(index);
        return u.compareTo(INT256_MAX) > 0 ? u.subtract(TWO_256) : u;
    }

    /** Word {@code index} as an unsigned integer that must fit in {@code max}. */
    public long smallUint(int index, long max, String field) {
        BigInteger u = uint(index);
        if (u.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new AbsurdValueException(what + ": " + field + " = " + (u.bitLength() > 64 ? "2^" + (u.bitLength() - 1) + "+" : u)
                    + " exceeds the limit " + max);
        }
        return u.longValueExact();
    }

    public boolean bool(int index) {
        return smallUint(index, 1, "bool") == 1;
    }

    /** Word {@code index} as a lower-case 0x address. */
    public String address(int index) {
        int s = wordStart(index);
        return Numeric.toHexString(Arrays.copyOfRange(data, s + 12, s + WORD)).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The dynamic item whose offset is in word {@code index}: a reader positioned at the item's
     * length word. Offsets are relative to this reader's base, as the ABI defines for a tuple.
     */
    public AbiReader dynamic(int index) {
        long offset = smallUint(index, Integer.MAX_VALUE, "offset");
        if (base + offset + WORD > data.length) {
            throw new AbsurdValueException(what + ": offset " + offset + " points past the " + size() + " bytes returned");
        }
        return new AbiReader(data, (int) (base + offset), what);
    }

    /** The length word of a dynamic array or bytes at this reader's base, capped at {@code maxLength}. */
    public int length(int maxLength, String field) {
        long n = smallUint(0, Integer.MAX_VALUE, field + " length");
        if (n > maxLength) {
            throw new AbsurdValueException(what + ": " + field + " has " + n + " entries, more than the cap of " + maxLength);
        }
        return (int) n;
    }

    /** A reader over the elements of a dynamic array at this base (after its length word). */
    public AbiReader elements() {
        return new AbiReader(data, base + WORD, what);
    }

    /** The {@code bytes} value at this base: its length word followed by the data. */
    public byte[] bytes(int maxLength, String field) {
        int n = length(maxLength, field);
        long start = (long) base + WORD;
        if (start + n > data.length) {
            throw new AbsurdValueException(what + ": " + field + " announces " + n + " bytes but only "
                    + (data.length - start) + " follow");
        }
        return Arrays.copyOfRange(data, (int) start, (int) start + n);
    }

    /** The {@code string} value at this base, as UTF-8. */
    public String string(int maxLength, String field) {
        return new String(bytes(maxLength, field), java.nio.charset.StandardCharsets.UTF_8);
    }
}
