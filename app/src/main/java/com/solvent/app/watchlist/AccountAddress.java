package com.solvent.app.watchlist;

import org.web3j.crypto.Keys;

import java.util.Locale;
import java.util.Objects;

/**
 * An EVM account address, validated and held in its EIP-55 checksummed form.
 *
 * <p>Accepted: {@code 0x} followed by 40 hexadecimal digits. An all-lower or all-upper case
 * address carries no checksum and is accepted as is; a mixed-case one must match its EIP-55
 * checksum (https://eips.ethereum.org/EIPS/eip-55), which catches most typing errors.
 * Watch-only: an address is public, never a key.
 *
 * @param checksummed the address in EIP-55 mixed case, {@code 0x}-prefixed
 */
public record AccountAddress(String checksummed) {
    private static final int HEX_DIGITS = 40;

    public AccountAddress {
        Objects.requireNonNull(checksummed, "address");
    }

    /**
     * Parses what a user typed (surrounding blanks ignored).
     *
     * @throws InvalidAddressException with a message naming what is wrong
     */
    public static AccountAddress parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            throw new InvalidAddressException("Address is empty: enter 0x followed by 40 hex digits.");
        }
        if (!s.startsWith("0x") && !s.startsWith("0X")) {
            throw new InvalidAddressException("Address must start with 0x.");
        }
        String hex = s.substring(2);
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if (Character.digit(c, 16) < 0) {
                throw new InvalidAddressException("Address has a character that is not hexadecimal: '" + c
                        + "' at position " + (i + 3) + ".");
            }
        }
        if (hex.length() != HEX_DIGITS) {
            throw new InvalidAddressException("Address must have 40 hex digits after 0x; it has "
                    + hex.length() + ".");
        }
        String checksummed = Keys.toChecksumAddress(hex.toLowerCase(Locale.ROOT));
        boolean mixedCase = !hex.equals(hex.toLowerCase(Locale.ROOT)) && !hex.equals(hex.toUpperCase(Locale.ROOT));
        if (mixedCase && !checksummed.substring(2).equals(hex)) {
            throw new InvalidAddressException("Address checksum (EIP-55) does not match: a mixed-case address"
                    + " must keep its exact capitalisation; check for a typo.");
        }
        return new AccountAddress(checksummed);
    }

    /** {@code 0x1234…abcd}: enough to recognise an address in a narrow column. */
    public String shortForm() {
        return checksummed.substring(0, 6) + "…" + checksummed.substring(checksummed.length() - 4);
    }

    @Override
    public String toString() {
        return checksummed;
    }

    /** A user typed something that is not an address; the message says what is wrong. */
    public static final class InvalidAddressException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public InvalidAddressException(String message) {
            super(message);
        }
    }
}
