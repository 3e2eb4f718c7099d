package com.solvent.chain;

import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.http.HttpService;

import java.io.IOException;
import java.util.List;

/** anvil's own JSON-RPC methods (snapshots, reverts, state dumps) that the devnet client does not wrap. */
final class AnvilCalls {
    /** Any JSON result. */
    public static final class Raw extends Response<Object> {
    }

    private AnvilCalls() {
    }

    static Object call(String httpUrl, String method, Object... params) {
        HttpService service = new HttpService(httpUrl);
        try {
            Raw response = new Request<>(method, List.of(params), service, Raw.class).send();
            if (response.hasError()) {
                throw new IllegalStateException(method + " failed: " + response.getError().getMessage());
            }
            return response.getResult();
        } catch (IOException e) {
            throw new IllegalStateException(method + " failed", e);
        } finally {
            try {
                service.close();
            } catch (IOException e) {
                // closing a client
            }
        }
    }
}
