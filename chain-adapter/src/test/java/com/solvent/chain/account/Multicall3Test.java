package com.solvent.chain.account;

import com.solvent.chain.rpc.AbsurdValueException;
import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.TypeEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.DynamicStruct;
import org.web3j.abi.datatypes.Function;
import org.web3j.utils.Numeric;

import java.math.BigInteger;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Our hand-written aggregate3 codec against Web3j's generic ABI encoder as the independent reference. */
class Multicall3Test {
    private static final String FEED = "0x5f4ec3df9cbd43714fe2740f5e3616155c5b8419";
    private static final String VENUE = "0x00000000000000000000000000000000000000aa";

    public static final class Call3 extends DynamicStruct {
        public Call3(Address target, Bool allowFailure, DynamicBytes callData) {
            super(target, allowFailure, callData);
        }
    }

    public static final class Result extends DynamicStruct {
        public Result(Bool success, DynamicBytes returnData) {
            super(success, returnData);
        }
    }

    @Test
    void encodingMatchesWeb3jsGenericEncoder() {
        List<ContractCall> calls = List.of(
                new ContractCall(FEED, "0xfeaf968c"),
                new ContractCall(VENUE, "0x12345678" + "00".repeat(31) + "07" + "ab".repeat(5)));
        List<Call3> structs = calls.stream().map(c -> new Call3(new Address(c.target()), new Bool(true),
                new DynamicBytes(Numeric.hexStringToByteArray(c.callData())))).toList();
        String reference = FunctionEncoder.encode(new Function("aggregate3",
                List.of(new DynamicArray<>(Call3.class, structs)), List.of()));
        assertThat(Multicall3.encode(calls)).isEqualTo(reference);
        assertThat(reference).startsWith("0x82ad56cb");
    }

    @Test
    void decodesWhatTheGenericEncoderProduces() {
        List<Result> results = List.of(
                new Result(new Bool(true), new DynamicBytes(Numeric.hexStringToByteArray("0x" + "00".repeat(31) + "08"))),
                new Result(new Bool(false), new DynamicBytes(new byte[0])),
                new Result(new Bool(true), new DynamicBytes(new byte[]{1, 2, 3})));
        String body = TypeEncoder.encode(new DynamicArray<>(Result.class, results));
        byte[] answer = Numeric.hexStringToByteArray("0x" + "00".repeat(31) + "20" + body);

        List<CallOutcome> outcomes = Multicall3.decode(answer, 3, 1024);

        assertThat(outcomes).extracting(CallOutcome::success).containsExactly(true, false, true);
        assertThat(new BigInteger(1, outcomes.get(0).returnData())).isEqualTo(BigInteger.valueOf(8));
        assertThat(outcomes.get(1).returnData()).isEmpty();
        assertThat(outcomes.get(2).returnData()).containsExactly(1, 2, 3);
    }

    @Test
    void aMillionEntryResultListIsRefusedBeforeAllocating() {
        // offset 0x20, then a length word of 1,000,000 and nothing else
        byte[] answer = Numeric.hexStringToByteArray("0x" + "00".repeat(31) + "20"
                + Numeric.toHexStringNoPrefixZeroPadded(BigInteger.valueOf(1_000_000), 64));
        assertThatThrownBy(() -> Multicall3.decode(answer, 3, 1024))
                .isInstanceOf(AbsurdValueException.class)
                .hasMessageContaining("1000000 entries");
    }

    @Test
    void aLengthOfTwoToThe255IsRefused() {
        byte[] answer = Numeric.hexStringToByteArray("0x" + "00".repeat(31) + "20" + "80" + "00".repeat(31));
        assertThatThrownBy(() -> Multicall3.decode(answer, 3, 1024))
                .isInstanceOf(AbsurdValueException.class)
                .hasMessageContaining("exceeds the limit");
    }

    @Test
    void truncatedDataIsRefused() {
        List<Result> results = List.of(new Result(new Bool(true), new DynamicBytes(new byte[64])));
        String body = TypeEncoder.encode(new DynamicArray<>(Result.class, results));
        String full = "00".repeat(31) + "20" + body;
        byte[] truncated = Numeric.hexStringToByteArray("0x" + full.substring(0, full.length() - 64));
        assertThatThrownBy(() -> Multicall3.decode(truncated, 1, 1024)).isInstanceOf(AbsurdValueException.class);
    }

    @Test
    void aResultCountOtherThanTheCallCountIsRefused() {
        List<Result> results = List.of(new Result(new Bool(true), new DynamicBytes(new byte[0])));
        byte[] answer = Numeric.hexStringToByteArray("0x" + "00".repeat(31) + "20"
                + TypeEncoder.encode(new DynamicArray<>(Result.class, results)));
        assertThatThrownBy(() -> Multicall3.decode(answer, 2, 1024)).hasMessageContaining("1 results for 2 calls");
    }
}
