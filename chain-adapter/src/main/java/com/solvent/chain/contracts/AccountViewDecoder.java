package com.solvent.chain.contracts;

import org.web3j.utils.Numeric;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the ABI encoding of {@code SolventVenue.accountView}'s return value, a tuple
 * {@code (int256, uint256, uint256, bool, int256[], PositionView[])} whose PositionView is a
 * static struct of {@value VenuePositionView#WORDS} words. Read word by word: simpler and
 * faster than web3j's reflective struct decoding.
 */
final class AccountViewDecoder {
    private static final int WORD_HEX = 64;

    private AccountViewDecoder() {
    }

    static VenueAccountView decode(String account, long blockNumber, String hex) {
        String data = Numeric.cleanHexPrefix(hex);
        if (data.length() < WORD_HEX * 7) {
            throw new IllegalStateException("accountView(" + account + ") returned " + data.length() / 2
                    + " bytes, too short for an AccountView; is the address a SolventVenue?");
        }
        Words w = new Words(data);
        int tuple = w.offset(0);
        int collateralAt = tuple + w.offset(tuple + 4 * 32);
        int positionsAt = tuple + w.offset(tuple + 5 * 32);
        List<BigInteger> collateral = new ArrayList<>();
        int assets = w.offset(collateralAt);
        for (int i = 0; i < assets; i++) {
            collateral.add(w.signed(collateralAt + 32 + i * 32));
        }
        List<VenuePositionView> positions = new ArrayList<>();
        int count = w.offset(positionsAt);
        for (int i = 0; i < count; i++) {
            int p = positionsAt + 32 + i * VenuePositionView.WORDS * 32;
            positions.add(new VenuePositionView(w.offset(p), w.signed(p + 32), w.unsigned(p + 64), w.bool(p + 96),
                    w.unsigned(p + 128), w.unsigned(p + 160), w.unsigned(p + 192), w.signed(p + 224),
                    w.unsigned(p + 256), w.unsigned(p + 288), w.signed(p + 320), w.bool(p + 352)));
        }
        return new VenueAccountView(account, blockNumber, w.signed(tuple), w.unsigned(tuple + 32),
                w.unsigned(tuple + 64), w.bool(tuple + 96), collateral, positions);
    }

    /** 32-byte words of a hex string, addressed by byte offset. */
    private record Words(String hex) {
        BigInteger unsigned(int byteOffset) {
            return new BigInteger(word(byteOffset), 16);
        }

        BigInteger signed(int byteOffset) {
            BigInteger value = unsigned(byteOffset);
            return value.testBit(255) ? value.subtract(BigInteger.ONE.shiftLeft(256)) : value;
        }

        boolean bool(int byteOffset) {
            return unsigned(byteOffset).signum() != 0;
        }

        int offset(int byteOffset) {
            return unsigned(byteOffset).intValueExact();
        }

        private String word(int byteOffset) {
            int start = byteOffset * 2;
            if (start + WORD_HEX > hex.length()) {
                throw new IllegalStateException("AccountView encoding ends at byte " + hex.length() / 2
                        + ", word at byte " + byteOffset + " is missing");
            }
            return hex.substring(start, start + WORD_HEX);
        }
    }
}
