package com.solvent.app.watchlist;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Checksum vectors are the examples of EIP-55 itself: https://eips.ethereum.org/EIPS/eip-55 */
class AccountAddressTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
            "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
            "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
            "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"})
    void acceptsTheEip55ExamplesAndKeepsTheirCase(String address) {
        assertThat(AccountAddress.parse(address).checksummed()).isEqualTo(address);
    }

    @Test
    void singleCaseAddressesCarryNoChecksumAndAreNormalised() {
        assertThat(AccountAddress.parse("  0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed ").checksummed())
                .isEqualTo("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
        assertThat(AccountAddress.parse("0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED").checksummed())
                .isEqualTo("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
    }

    @Test
    void aMixedCaseAddressWithOneLetterFlippedIsRefused() {
        // The first EIP-55 example with its first 'a' in upper case.
        assertThatThrownBy(() -> AccountAddress.parse("0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"))
                .isInstanceOf(AccountAddress.InvalidAddressException.class)
                .hasMessageContaining("checksum (EIP-55)");
    }

    @Test
    void messagesSayWhatIsWrong() {
        assertThatThrownBy(() -> AccountAddress.parse("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> AccountAddress.parse("5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"))
                .hasMessageContaining("must start with 0x");
        assertThatThrownBy(() -> AccountAddress.parse("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeA"))
                .hasMessageContaining("40 hex digits").hasMessageContaining("has 38");
        assertThatThrownBy(() -> AccountAddress.parse("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAgd"))
                .hasMessageContaining("'g'").hasMessageContaining("position 41");
    }
}
