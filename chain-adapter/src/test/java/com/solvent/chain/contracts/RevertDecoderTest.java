package com.solvent.chain.contracts;

import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;

import java.math.BigInteger;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RevertDecoderTest {
    private final RevertDecoder decoder = new RevertDecoder(List.of(ContractArtifact.load(ContractArtifact.VENUE)));

    @Test
    void namesTheVenuesCustomErrorWithItsArguments() {
        // selector = first 4 bytes of keccak256("NotLiquidatable(address)"), then the address word
        String data = Hash.sha3String("NotLiquidatable(address)").substring(0, 10)
                + "000000000000000000000000" + "00000000000000000000000000000000000000ab";
        ContractRevertException e = decoder.decode(data, "liquidate");
        assertThat(e.errorName()).isEqualTo("NotLiquidatable");
        assertThat(e.arguments()).containsExactly("0x00000000000000000000000000000000000000ab");
        assertThat(e.getMessage()).startsWith("liquidate reverted: NotLiquidatable");
    }

    @Test
    void decodesSignedArguments() {
        String data = Hash.sha3String("InvalidPrice(address,int256)").substring(0, 10)
                + "0".repeat(64) + "f".repeat(64);
        assertThat(decoder.decode(data, "priceOf").arguments().get(1)).isEqualTo(BigInteger.valueOf(-1));
    }

    @Test
    void anUnknownSelectorIsReportedNotGuessed() {
        assertThat(decoder.decode("0xdeadbeef", "x").errorName()).isEqualTo("Unknown(0xdeadbeef)");
    }
}
