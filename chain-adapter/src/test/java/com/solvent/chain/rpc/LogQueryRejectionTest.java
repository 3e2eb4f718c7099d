package com.solvent.chain.rpc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The refusals of real providers, word for word as they answer (sources in {@link LogQueryRejection}'s
 * Javadoc: provider docs and issue threads quoting the JSON-RPC error objects).
 */
class LogQueryRejectionTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "You can make eth_getLogs requests with up to a 500 block range. Based on your parameters, this block "
                    + "range should work: [0x123c9b2, 0x123cba5]",
            "range 1000000 exceeds limit of 10000",
            "eth_getLogs is limited to a 10,000 range",
            "eth_getLogs and eth_newFilter are limited to a 10,000 blocks range",
            "exceed maximum block range: 5000",
            "block range is bigger than maxBlockRange",
            "query exceeds max block range 100000",
            "block range is too wide",
            "Block range limit exceeded.",
            "In eth_getLogs, eth_newFilter, klay_getLogs, and klay_newFilter, the block range is limited to 2000.",
    })
    void spanCapsAreRangeRefusals(String message) {
        assertThat(LogQueryRejection.classify(message)).get()
                .extracting(LogQueryRejection::kind).isEqualTo(LogQueryRejection.Kind.RANGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "query returned more than 10000 results",
            "query returned more than 10000 results. Try with this block range [0x4B1E8A, 0x4B2E1F].",
            "Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit on "
                    + "the response size, or you can request any block range with a cap of 10K logs in the response. "
                    + "Based on your parameters, this block range should work: [0xab7149, 0xab78f0]",
            "Log response size exceeded. Please reduce query block range.",
            "query timeout exceeded",
    })
    void resultCapsAreResultRefusals(String message) {
        assertThat(LogQueryRejection.classify(message)).get()
                .extracting(LogQueryRejection::kind).isEqualTo(LogQueryRejection.Kind.RESULTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Your app has exceeded its compute units per second capacity. (HTTP 429)",
            "Too Many Requests",
            "daily request count exceeded, request rate limited",
            "invalid block range params",
            "block range extends beyond current head block",
            "header not found",
            "execution reverted",
    })
    void otherFailuresAreNotSizeRefusals(String message) {
        assertThat(LogQueryRejection.classify(message)).isEmpty();
    }

    @Test
    void theProvidersSuggestedRangeIsRead() {
        LogQueryRejection r = LogQueryRejection.classify("You can make eth_getLogs requests with up to a 500 block "
                + "range. Based on your parameters, this block range should work: [0x123c9b2, 0x123cba5]").orElseThrow();
        assertThat(r.suggestedTo()).isEqualTo(OptionalLong.of(0x123cba5L));
    }

    @Test
    void aWrappedHttpErrorIsRecognisedThroughItsBody() {
        // QuickNode answers with HTTP 413 and a JSON-RPC body; web3j raises it as an IOException with the body
        IOException e = new IOException("Invalid response received: 413; {\"jsonrpc\":\"2.0\",\"id\":56,\"error\":"
                + "{\"code\":-32614,\"message\":\"eth_getLogs is limited to a 10,000 range\"}}");
        assertThat(LogQueryRejection.of(e)).get().extracting(LogQueryRejection::kind)
                .isEqualTo(LogQueryRejection.Kind.RANGE);
    }

    @Test
    void thisClientsOwnCapIsAResultRefusal() {
        assertThat(LogQueryRejection.of(new TooManyLogsException("over the cap"))).get()
                .extracting(LogQueryRejection::kind).isEqualTo(LogQueryRejection.Kind.RESULTS);
    }
}
