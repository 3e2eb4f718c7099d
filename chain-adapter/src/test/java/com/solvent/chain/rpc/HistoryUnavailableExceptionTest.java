package com.solvent.chain.rpc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Pruned-state refusals as nodes and providers word them (sources in the class's Javadoc). */
class HistoryUnavailableExceptionTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "missing trie node 1a3bddc494098bac19ef26e6506812caa12ca5cf036a13ef0eabde38beab5d21 (path )",
            "missing trie node c6ebfa185e24077a555f06caaf4b78d9e0ae9dcb7a693ec753e856f49f55c85c (path ) state "
                    + "0xc6ebfa185e24077a555f06caaf4b78d9e0ae9dcb7a693ec753e856f49f55c85c is not available, not found",
            "header not found",
            "required historical state unavailable",
            "No state available for block 0x5ae1a2c7e1bd3ce7b1f2cd2a9f2fd7c2d3e3f3a5b6c7d8e9f0a1b2c3d4e5f6a7",
            "State at block #11052984 is pruned",
            "This request is not supported because your node is running with state pruning. Run with --pruning=archive.",
            "project ID does not have access to archive state",
            "project ID is required to access archive state",
            "failed to get latest archive block; state does not maintain archive data",
            "BlockOutOfRangeError: block height is 72 but requested was 62",
    })
    void prunedStateIsRecognised(String message) {
        assertThat(HistoryUnavailableException.matches(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"execution reverted", "out of gas", "rate limited", "query returned more than 10000 results"})
    void otherFailuresAreNot(String message) {
        assertThat(HistoryUnavailableException.matches(message)).isFalse();
    }

    @Test
    void theMessageNamesTheBlockAndTheRemedyAndHidesTheKey() {
        RedactedUrl url = RedactedUrl.of("https://eth-mainnet.g.alchemy.com/v2/abcdef0123456789SECRETKEY");
        HistoryUnavailableException e = new HistoryUnavailableException(1234, url,
                "missing trie node 1a3b (path ) at https://eth-mainnet.g.alchemy.com/v2/abcdef0123456789SECRETKEY", -32000);

        assertThat(e.block()).isEqualTo(1234);
        assertThat(e.code()).isEqualTo(-32000);
        assertThat(e.getMessage()).contains("block 1234", "missing trie node", "archive RPC")
                .doesNotContain("SECRETKEY");
    }
}
