package com.solvent.chain.rpc;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ChainUnitsTest {

    @Test
    void usdcSixDecimals() {
        // 1,234.567891 USDC is stored as 1234567891 (USDC has 6 decimals)
        assertThat(ChainUnits.toDouble(BigInteger.valueOf(1_234_567_891L), 6, "balance")).isEqualTo(1234.567891);
    }

    @Test
    void chainlinkEightDecimals() {
        // ETH/USD answer 3012.45678901 USD is 301245678901 with 8 decimals
        assertThat(ChainUnits.toDouble(new BigInteger("301245678901"), 8, "answer")).isEqualTo(3012.45678901);
    }

    @Test
    void eighteenDecimalsKeepFullDoublePrecision() {
        // 1.5 ETH minus one wei: the nearest double to 1.499999999999999999 is 1.5
        BigInteger wei = new BigInteger("1499999999999999999");
        assertThat(ChainUnits.toDouble(wei, 18, "size")).isEqualTo(1.5);
        BigInteger tiny = BigInteger.ONE;
        assertThat(ChainUnits.toDouble(tiny, 18, "size")).isCloseTo(1e-18, within(1e-30));
    }

    @Test
    void negativeSignedValuesConvert() {
        assertThat(ChainUnits.toDouble(BigInteger.valueOf(-2_500_000_000L), 8, "funding")).isEqualTo(-25.0);
    }

    @Test
    void absurdMagnitudeFailsLoudlyNamingTheField() {
        BigInteger huge = BigInteger.ONE.shiftLeft(255);
        assertThatThrownBy(() -> ChainUnits.toDouble(huge, 8, "feed ETH answer"))
                .isInstanceOf(AbsurdValueException.class)
                .hasMessageContaining("feed ETH answer")
                .hasMessageContaining("exceeds");
    }

    @Test
    void theLimitIsInclusive() {
        BigInteger atLimit = BigInteger.TEN.pow(15 + 6);
        assertThat(ChainUnits.toDouble(atLimit, 6, "x")).isEqualTo(1e15);
        assertThatThrownBy(() -> ChainUnits.toDouble(atLimit.add(BigInteger.ONE), 6, "x"))
                .isInstanceOf(AbsurdValueException.class);
    }

    @Test
    void decimalsOutOfRangeFail() {
        assertThatThrownBy(() -> ChainUnits.toDouble(BigInteger.ONE, 77, "token"))
                .isInstanceOf(AbsurdValueException.class).hasMessageContaining("decimals = 77");
        assertThatThrownBy(() -> ChainUnits.toDouble(null, 6, "token balance"))
                .hasMessageContaining("token balance is missing");
    }
}
