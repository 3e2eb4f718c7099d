package com.solvent.chain.contracts;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountViewDecoderTest {
    private static final BigInteger WAD = BigInteger.TEN.pow(18);

    /** The ABI encoding of one AccountView, written out word by word (Solidity ABI spec, tuple with dynamic members). */
    @Test
    void decodesTheContractsEncodingWordByWord() {
        StringBuilder hex = new StringBuilder("0x");
        word(hex, BigInteger.valueOf(0x20));             // offset of the returned tuple
        word(hex, WAD.multiply(BigInteger.valueOf(-5)));  // crossEquity -5
        word(hex, WAD.multiply(BigInteger.TWO));          // crossInitialMargin 2
        word(hex, WAD);                                   // crossMaintenanceMargin 1
        word(hex, BigInteger.ONE);                        // crossLiquidatable
        word(hex, BigInteger.valueOf(6 * 32));            // collateral offset (from the tuple)
        word(hex, BigInteger.valueOf(9 * 32));            // positions offset
        word(hex, BigInteger.TWO);                        // collateral length
        word(hex, WAD.negate());                          // USDC -1
        word(hex, WAD.multiply(BigInteger.valueOf(3)));   // WETH 3
        word(hex, BigInteger.ONE);                        // one position
        List<BigInteger> fields = List.of(BigInteger.TWO, WAD.negate(), WAD.multiply(BigInteger.valueOf(3000)),
                BigInteger.ONE, WAD.multiply(BigInteger.valueOf(100)), WAD.multiply(BigInteger.valueOf(2900)),
                WAD.multiply(BigInteger.valueOf(2900)), WAD.multiply(BigInteger.valueOf(100)),
                WAD.multiply(BigInteger.valueOf(145)), WAD.multiply(BigInteger.valueOf(29)),
                WAD.multiply(BigInteger.valueOf(200)), BigInteger.ZERO);
        fields.forEach(f -> word(hex, f));

        VenueAccountView view = AccountViewDecoder.decode("0xabc", 7, hex.toString());

        assertThat(view.crossEquity()).isEqualTo(WAD.multiply(BigInteger.valueOf(-5)));
        assertThat(view.crossLiquidatable()).isTrue();
        assertThat(view.collateral()).containsExactly(WAD.negate(), WAD.multiply(BigInteger.valueOf(3)));
        assertThat(view.positions()).singleElement().satisfies(p -> {
            assertThat(p.marketId()).isEqualTo(2);
            assertThat(p.size()).isEqualTo(WAD.negate());
            assertThat(p.isolated()).isTrue();
            assertThat(p.isolatedEquity()).isEqualTo(WAD.multiply(BigInteger.valueOf(200)));
            assertThat(p.isolatedLiquidatable()).isFalse();
        });
    }

    @Test
    void aTruncatedAnswerFailsSayingWhatIsMissing() {
        assertThatThrownBy(() -> AccountViewDecoder.decode("0xabc", 7, "0x00"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("too short");
    }

    private static void word(StringBuilder hex, BigInteger value) {
        BigInteger twos = value.signum() < 0 ? value.add(BigInteger.ONE.shiftLeft(256)) : value;
        String w = twos.toString(16);
        hex.append("0".repeat(64 - w.length())).append(w);
    }
}
