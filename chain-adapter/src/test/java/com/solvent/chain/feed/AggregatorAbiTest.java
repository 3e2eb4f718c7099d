package com.solvent.chain.feed;

import com.solvent.chain.rpc.AbsurdValueException;
import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.TypeEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Int256;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint80;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.utils.Numeric;

import java.math.BigInteger;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AggregatorAbiTest {

    @Test
    void selectorsMatchChainlinksInterface() {
        // AggregatorV3Interface selectors as published in Chainlink's ABI
        assertThat(AggregatorAbi.DECIMALS).isEqualTo("0x313ce567");
        assertThat(AggregatorAbi.DESCRIPTION).isEqualTo("0x7284e416");
        assertThat(AggregatorAbi.LATEST_ROUND_DATA).isEqualTo("0xfeaf968c");
        assertThat(AggregatorAbi.LATEST_ROUND_DATA).isEqualTo(FunctionEncoder.encode(new Function("latestRoundData", List.of(), List.of())));
    }

    @Test
    void decodesANegativeAnswerAsSigned() {
        String encoded = TypeEncoder.encode(new Uint80(BigInteger.valueOf(9))) + TypeEncoder.encode(new Int256(BigInteger.valueOf(-5)))
                + TypeEncoder.encode(new Uint256(BigInteger.valueOf(100))) + TypeEncoder.encode(new Uint256(BigInteger.valueOf(101)))
                + TypeEncoder.encode(new Uint80(BigInteger.valueOf(9)));
        RoundData r = AggregatorAbi.decodeRound(Numeric.hexStringToByteArray(encoded), "ETH");
        assertThat(r.answer()).isEqualTo(BigInteger.valueOf(-5));
        assertThat(r.updatedAt()).isEqualTo(BigInteger.valueOf(101));
    }

    @Test
    void decodesDecimalsAndDescription() {
        assertThat(AggregatorAbi.decodeDecimals(Numeric.hexStringToByteArray(TypeEncoder.encode(new Uint8(8))), "ETH")).isEqualTo(8);
        String desc = "00".repeat(31) + "20" + TypeEncoder.encode(new Utf8String("ETH / USD"));
        assertThat(AggregatorAbi.decodeDescription(Numeric.hexStringToByteArray(desc), "ETH")).isEqualTo("ETH / USD");
    }

    @Test
    void shortAnswersAreRefusedNamingTheFeed() {
        assertThatThrownBy(() -> AggregatorAbi.decodeRound(new byte[64], "BTC"))
                .isInstanceOf(AbsurdValueException.class)
                .hasMessageContaining("feed BTC latestRoundData()");
        assertThatThrownBy(() -> AggregatorAbi.decodeDecimals(Numeric.hexStringToByteArray(TypeEncoder.encode(new Uint8(200))), "BTC"))
                .hasMessageContaining("decimals");
    }
}
