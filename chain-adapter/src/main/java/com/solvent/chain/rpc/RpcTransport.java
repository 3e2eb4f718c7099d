package com.solvent.chain.rpc;

import okhttp3.ConnectionSpec;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import org.web3j.protocol.Web3jService;
import org.web3j.protocol.http.HttpService;
import org.web3j.protocol.websocket.WebSocketClient;
import org.web3j.protocol.websocket.WebSocketService;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Opens the Web3j transport for an endpoint: a WebSocket (push of new heads) for ws:// and
 * wss://, plain HTTP otherwise. Both cap response sizes at {@link RpcLimits#maxResponseBytes()}
 * and are wrapped in a {@link MeteredService} that counts requests and enforces timeouts.
 */
public final class RpcTransport {
    private RpcTransport() {
    }

    /** Connects (WebSocket handshake within the request timeout) and returns the metered service. */
    public static MeteredService open(RedactedUrl url, RpcLimits limits, RequestMeter meter) throws IOException {
        Web3jService raw = url.isWebSocket() ? openWebSocket(url, limits) : openHttp(url, limits);
        return new MeteredService(raw, meter, limits.requestTimeout(), url);
    }

    private static Web3jService openHttp(RedactedUrl url, RpcLimits limits) {
        long timeout = limits.requestTimeout().toMillis();
        OkHttpClient.Builder builder = new OkHttpClient.Builder();
        if (!url.isTls()) {
            // A client that may speak TLS loads the platform's CA store when built (0.3-1 s of a
            // cold start); a plain http:// endpoint (the devnet, a local node) never needs it.
            builder.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
        }
        OkHttpClient client = builder
                .connectTimeout(timeout, TimeUnit.MILLISECONDS)
                .readTimeout(timeout, TimeUnit.MILLISECONDS)
                .writeTimeout(timeout, TimeUnit.MILLISECONDS)
                .callTimeout(timeout, TimeUnit.MILLISECONDS)
                .addInterceptor(sizeCap(limits.maxResponseBytes(), url))
                .build();
        return new HttpService(url.unredacted(), client, false);
    }

    /** Rejects bodies above the cap; only {@code cap + 1} bytes are ever buffered to find out. */
    private static Interceptor sizeCap(int cap, RedactedUrl url) {
        return chain -> {
            okhttp3.Response response = chain.proceed(chain.request());
            ResponseBody body = response.body();
            if (body != null && body.contentLength() > cap) {
                response.close();
                throw new IOException("response from " + url + " announces " + body.contentLength()
                        + " bytes, above the cap of " + cap);
            }
            if (body != null && response.peekBody(cap + 1L).contentLength() > cap) {
                response.close();
                throw new IOException("response from " + url + " exceeds the cap of " + cap + " bytes");
            }
            return response;
        };
    }

    private static Web3jService openWebSocket(RedactedUrl url, RpcLimits limits) throws IOException {
        CappedWebSocketClient client = new CappedWebSocketClient(URI.create(url.unredacted()), limits.maxResponseBytes(), url);
        client.setConnectionLostTimeout((int) Math.max(1, limits.requestTimeout().toSeconds()));
        WebSocketService service = new WebSocketService(client, false);
        // web3j's connect() blocks without a deadline; a peer that accepts TCP and never
        // completes the handshake would hang the watcher, so the wait is bounded here.
        CompletableFuture<Void> handshake = CompletableFuture.runAsync(() -> {
            try {
                service.connect();
            } catch (ConnectException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, command -> Thread.ofVirtual().name("ws-connect").start(command));
        try {
            handshake.get(limits.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return service;
        } catch (TimeoutException e) {
            client.close();
            throw new ConnectException("WebSocket handshake with " + url + " did not complete within "
                    + limits.requestTimeout().toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            client.close();
            throw new java.io.InterruptedIOException("connect interrupted");
        } catch (ExecutionException e) {
            client.close();
            throw new ConnectException("cannot open WebSocket to " + url + ": " + url.scrub(String.valueOf(e.getCause().getMessage())));
        }
    }

    /** Closes the connection on an oversized message instead of handing it to the JSON parser. */
    private static final class CappedWebSocketClient extends WebSocketClient {
        private final int cap;
        private final RedactedUrl url;

        CappedWebSocketClient(URI uri, int cap, RedactedUrl url) {
            super(uri);
            this.cap = cap;
            this.url = url;
        }

        @Override
        public void onMessage(String message) {
            if (message.length() > cap) {
                closeConnection(1009, "message of " + message.length() + " chars from " + url + " exceeds the cap of " + cap);
                return;
            }
            super.onMessage(message);
        }
    }
}
