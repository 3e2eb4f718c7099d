package com.solvent.app.session;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The session asked for on the command line survives the hop from picocli to the JavaFX application. */
class SessionRequestTest {
    @Test
    void everyRequestReadsBackAsItself() {
        List<SessionRequest> requests = List.of(new SessionRequest.Devnet(),
                new SessionRequest.Offline(Optional.empty()),
                new SessionRequest.Offline(Optional.of(Path.of("/books/my book.json"))),
                new SessionRequest.Rpc(new RpcOptions("https://eth.example.com/v2/k3y?x=1", "aave-v3", Optional.empty(),
                        List.of("0x00000000000000000000000000000000000000a1", "0x00000000000000000000000000000000000000a2"))),
                new SessionRequest.Rpc(new RpcOptions("ws://127.0.0.1:8545", RpcOptions.REFERENCE,
                        Optional.of(Path.of("deployment.json")), List.of())));
        for (SessionRequest r : requests) {
            assertThat(SessionRequest.parse(r.toArgs())).isEqualTo(r);
        }
    }
}
