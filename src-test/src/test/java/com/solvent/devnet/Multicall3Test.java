package com.solvent.devnet;

import com.solvent.chain.contracts.VenueCalls;
import com.solvent.chain.devnet.Devnet;
import com.solvent.chain.devnet.DevnetConfig;
import com.solvent.chain.devnet.DevnetContracts;
import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.DynamicStruct;
import org.web3j.abi.datatypes.Function;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.utils.Numeric;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Multicall3 answers at its canonical address with the standard ABI, so batched reads work as on any chain. */
class Multicall3Test {

    @Test
    void aggregate3BatchesCallsAndToleratesAFailureItWasToldToAllow() {
        try (Devnet devnet = Devnet.start(DevnetConfig.defaults().withKeepers(false).withFillerAccounts(0))) {
            String venue = devnet.info().venue();
            String stranger = "0x000000000000000000000000000000000000dEaD";
            Function aggregate3 = new Function("aggregate3", List.of(new DynamicArray<>(DynamicStruct.class, List.of(
                    call(venue, true, VenueCalls.noArgs("accountCount")),
                    call(venue, true, VenueCalls.liquidate(stranger)),      // a write that reverts: NotLiquidatable
                    call(venue, false, VenueCalls.noArgs("insuranceFund"))))), List.of());

            String hex = devnet.rpc().caller().call(null, DevnetContracts.MULTICALL3_ADDRESS,
                    FunctionEncoder.encode(aggregate3), DefaultBlockParameterName.LATEST);
            List<Result> results = decodeResults(hex);

            assertThat(results).hasSize(3);
            assertThat(results.get(0).success()).isTrue();
            assertThat(Numeric.toBigInt(results.get(0).data())).isEqualTo(BigInteger.valueOf(devnet.venue().accountCount()));
            assertThat(results.get(1).success()).isFalse();
            assertThat(results.get(2).success()).isTrue();
            assertThat(Numeric.toBigInt(results.get(2).data())).isEqualTo(devnet.venue().insuranceFund());
        }
    }

    private static DynamicStruct call(String target, boolean allowFailure, String data) {
        return new DynamicStruct(new Address(target), new Bool(allowFailure), new DynamicBytes(Numeric.hexStringToByteArray(data)));
    }

    private record Result(boolean success, String data) {
    }

    /** {@code (bool success, bytes returnData)[]} read word by word from the ABI encoding. */
    private static List<Result> decodeResults(String hex) {
        byte[] b = Numeric.hexStringToByteArray(hex);
        int array = word(b, 0);
        int n = word(b, array);
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int struct = array + 32 + word(b, array + 32 + 32 * i);
            boolean success = word(b, struct) != 0;
            int bytesAt = struct + word(b, struct + 32);
            int length = word(b, bytesAt);
            byte[] data = java.util.Arrays.copyOfRange(b, bytesAt + 32, bytesAt + 32 + length);
            results.add(new Result(success, Numeric.toHexString(data)));
        }
        return results;
    }

    private static int word(byte[] b, int offset) {
        return new BigInteger(1, java.util.Arrays.copyOfRange(b, offset, offset + 32)).intValueExact();
    }
}
