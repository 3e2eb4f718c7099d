package com.solvent.chain.reference;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OnChainUnitsTest {
    @Test
    void scalesExactlyThenRoundsOnce() {
        assertThat(OnChainUnits.wad(new BigInteger("-1225200000000000000000"), "equity")).isEqualTo(-1225.2);
        assertThat(OnChainUnits.toDouble(BigInteger.valueOf(300_012_345_678L), 8, "answer")).isEqualTo(3000.12345678);
    }

    @Test
    void aValueNoAccountCanHoldFailsNamingTheField() {
        BigInteger uint256Max = BigInteger.TWO.pow(256).subtract(BigInteger.ONE);
        assertThatThrownBy(() -> OnChainUnits.wad(uint256Max, "0xabc collateral WETH"))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("0xabc collateral WETH");
    }
}
