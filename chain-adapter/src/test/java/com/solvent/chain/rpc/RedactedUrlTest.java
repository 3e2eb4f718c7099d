package com.solvent.chain.rpc;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedactedUrlTest {
    private static final String INFURA_KEY = "9aa3d95b3bc440fa88ea12eaa4456161";
    private static final String ALCHEMY_KEY = "Zx3-QwErTy_1234567890abcdefGHIJ";

    @Test
    void infuraKeyInThePathNeverAppears() {
        RedactedUrl url = RedactedUrl.of("https://mainnet.infura.io/v3/" + INFURA_KEY);
        assertThat(url.toString()).isEqualTo("https://mainnet.infura.io/v3/***").doesNotContain(INFURA_KEY);
        assertThat(url.unredacted()).endsWith(INFURA_KEY);
    }

    @Test
    void alchemyWebSocketKeyIsRedactedAndTheSchemeKept() {
        RedactedUrl url = RedactedUrl.of("wss://eth-mainnet.g.alchemy.com/v2/" + ALCHEMY_KEY);
        assertThat(url.toString()).isEqualTo("wss://eth-mainnet.g.alchemy.com/v2/***");
        assertThat(url.isWebSocket()).isTrue();
    }

    @Test
    void queryValuesAndUserInfoAreRedacted() {
        RedactedUrl url = RedactedUrl.of("https://user:secretpass@rpc.example.org:8443/rpc?apikey=abc123&x=1");
        assertThat(url.toString()).isEqualTo("https://***@rpc.example.org:8443/rpc?apikey=***&x=***");
        assertThat(url.toString()).doesNotContain("secretpass").doesNotContain("abc123");
    }

    @Test
    void plainLocalUrlIsShownAsIs() {
        assertThat(RedactedUrl.of("http://127.0.0.1:8545").toString()).isEqualTo("http://127.0.0.1:8545");
        assertThat(RedactedUrl.of("ws://localhost:8545/").isWebSocket()).isTrue();
    }

    @Test
    void scrubRemovesTheKeyFromAnyMessage() {
        RedactedUrl url = RedactedUrl.of("https://mainnet.infura.io/v3/" + INFURA_KEY);
        String message = "Failed to connect to https://mainnet.infura.io/v3/" + INFURA_KEY + " (path /v3/" + INFURA_KEY + ")";
        assertThat(url.scrub(message)).doesNotContain(INFURA_KEY).contains("https://mainnet.infura.io/v3/***");
    }

    @Test
    void invalidUrlsFailWithoutEchoingTheKey() {
        assertThatThrownBy(() -> RedactedUrl.of("ftp://host/" + INFURA_KEY))
                .hasMessageContaining("must start with http://")
                .hasMessageNotContaining(INFURA_KEY);
        assertThatThrownBy(() -> RedactedUrl.of("https://exa mple/" + INFURA_KEY))
                .hasMessageContaining("not a valid URL")
                .hasMessageNotContaining(INFURA_KEY);
    }

    @Test
    void chainIdMismatchMessageCarriesOnlyTheRedactedUrl() {
        RedactedUrl url = RedactedUrl.of("https://mainnet.infura.io/v3/" + INFURA_KEY);
        String message = new ChainIdMismatchException(url, 1, 31337).getMessage();
        assertThat(message).contains("chain id 1", "31337", "https://mainnet.infura.io/v3/***").doesNotContain(INFURA_KEY);
    }

    @Test
    void onlyHttpsAndWssEndpointsNeedTls() {
        // the transport leaves TLS (and the CA store it loads) out for the others
        assertThat(RedactedUrl.of("HTTPS://rpc.example/" + INFURA_KEY).isTls()).isTrue();
        assertThat(RedactedUrl.of("wss://rpc.example/ws").isTls()).isTrue();
        assertThat(RedactedUrl.of("http://127.0.0.1:8545").isTls()).isFalse();
        assertThat(RedactedUrl.of("ws://127.0.0.1:8545").isTls()).isFalse();
    }
}
