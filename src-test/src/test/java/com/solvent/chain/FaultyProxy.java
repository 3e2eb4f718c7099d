package com.solvent.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP proxy in front of anvil that misbehaves on demand: drops every connection,
 * refuses new ones, stalls (accepts and never answers), delays, answers HTTP 429, answers
 * malformed JSON or an oversized body, or (HTTP only) answers chosen JSON-RPC requests with the
 * errors a provider would ({@link Mode#RPC_RULES}). HTTP and WebSocket traffic pass through
 * unchanged otherwise. Only 127.0.0.1 is ever contacted.
 */
final class FaultyProxy implements AutoCloseable {
    enum Mode {
        /** Forward everything. */
        PASS,
        /** Close new connections at once. */
        REFUSE,
        /** Accept, read, never answer nor forward (also freezes open connections). */
        STALL,
        /** Answer every HTTP request with 429 Too Many Requests. */
        RATE_LIMIT,
        /** Answer every HTTP request with a truncated JSON body. */
        MALFORMED_JSON,
        /** Answer every HTTP request announcing a 100 MB body. */
        OVERSIZED,
        /**
         * HTTP JSON-RPC: each request goes through the {@link RpcRule}; a request it refuses is answered
         * with its JSON-RPC error (HTTP 200, as providers do), the others are forwarded.
         */
        RPC_RULES
    }

    /** A provider's behaviour for {@link Mode#RPC_RULES}: which JSON-RPC requests it refuses, and how. */
    interface RpcRule {
        /** The error to answer {@code request} with instead of forwarding it, or null to forward. */
        default RpcError before(JsonNode request) {
            return null;
        }

        /** The error to answer instead of the node's {@code response}, or null to pass the response on. */
        default RpcError after(JsonNode request, JsonNode response) {
            return null;
        }
    }

    /** A JSON-RPC error object. */
    record RpcError(int code, String message) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();
    private volatile int targetPort;
    private volatile Mode mode = Mode.PASS;
    private volatile Duration delay = Duration.ZERO;
    private volatile RpcRule rule = new RpcRule() { };
    private final AtomicInteger refused = new AtomicInteger();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile boolean closed;

    FaultyProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("faulty-proxy").start(this::acceptLoop);
    }

    static int portOf(String url) {
        return java.net.URI.create(url).getPort();
    }

    String httpUrl() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    String wsUrl() {
        return "ws://127.0.0.1:" + server.getLocalPort();
    }

    void mode(Mode newMode) {
        mode = newMode;
    }

    /** Sets the rule of {@link Mode#RPC_RULES} (and switches to that mode). */
    void rules(RpcRule newRule) {
        rule = newRule;
        mode = Mode.RPC_RULES;
    }

    /** JSON-RPC requests answered with a rule's error so far. */
    int refused() {
        return refused.get();
    }

    void delay(Duration perChunk) {
        delay = perChunk;
    }

    /** Points the proxy at another upstream port (a restarted node). */
    void retarget(int port) {
        targetPort = port;
    }

    int connectionsAccepted() {
        return accepted.get();
    }

    /** Cuts every open connection, as a node restart or a network drop does. */
    void dropAll() {
        for (Socket s : open) {
            closeQuietly(s);
        }
        open.clear();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return;
            }
            accepted.incrementAndGet();
            open.add(client);
            Thread.ofVirtual().name("faulty-proxy-conn").start(() -> handle(client));
        }
    }

    private void handle(Socket client) {
        try {
            switch (mode) {
                case PASS -> forward(client);
                case REFUSE -> closeQuietly(client);
                case STALL -> drain(client);
                case RATE_LIMIT -> answer(client, http("429 Too Many Requests", "{\"error\":\"rate limited\"}", -1));
                case MALFORMED_JSON -> answer(client, http("200 OK", "{\"jsonrpc\":\"2.0\",\"id\":1,\"resul", -1));
                case OVERSIZED -> answer(client, http("200 OK", "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0x", 100 << 20));
                case RPC_RULES -> serveRules(client);
            }
        } finally {
            if (mode != Mode.STALL) {
                open.remove(client);
            }
        }
    }

    /** An HTTP response; {@code announcedLength >= 0} lies about the body's length. */
    private static String http(String status, String body, int announcedLength) {
        int length = announcedLength >= 0 ? announcedLength : body.getBytes(StandardCharsets.US_ASCII).length;
        return "HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: " + length
                + "\r\nConnection: close\r\n\r\n" + body;
    }

    private void answer(Socket client, String response) {
        try (client) {
            client.setSoTimeout(2_000);
            client.getInputStream().read(new byte[65536]);
            client.getOutputStream().write(response.getBytes(StandardCharsets.US_ASCII));
            client.getOutputStream().flush();
        } catch (IOException e) {
            // the client gave up first: fine
        }
    }

    /** Reads and discards until the connection is dropped. */
    private void drain(Socket client) {
        try {
            InputStream in = client.getInputStream();
            byte[] buf = new byte[8192];
            while (in.read(buf) >= 0) {
                // swallow
            }
        } catch (IOException e) {
            // dropped
        } finally {
            closeQuietly(client);
        }
    }

    private void forward(Socket client) {
        Socket upstream = new Socket();
        try {
            upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 2_000);
        } catch (IOException e) {
            closeQuietly(client);
            closeQuietly(upstream);
            return;
        }
        open.add(upstream);
        Thread up = Thread.ofVirtual().start(() -> pump(client, upstream));
        pump(upstream, client);
        try {
            up.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        open.remove(upstream);
    }

    private void pump(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            byte[] buf = new byte[16384];
            int n;
            while ((n = in.read(buf)) >= 0) {
                while (mode == Mode.STALL && !from.isClosed()) {
                    Thread.sleep(5);
                }
                Duration d = delay;
                if (!d.isZero()) {
                    Thread.sleep(d);
                }
                out.write(buf, 0, n);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // either side went away
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        dropAll();
    }

    /** Reads HTTP JSON-RPC requests off {@code client} one by one, answering each through the rule. */
    private void serveRules(Socket client) {
        try (client) {
            client.setSoTimeout(10_000);
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            while (true) {
                String body = readHttpBody(in);
                if (body == null) {
                    return;
                }
                out.write(http("200 OK", answerRpc(body), -1).replace("Connection: close", "Connection: keep-alive")
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // the client went away
        }
    }

    private String answerRpc(String body) throws IOException, InterruptedException {
        JsonNode request = JSON.readTree(body);
        if (request.isObject()) {
            RpcError error = rule.before(request);
            if (error != null) {
                return error(request, error);
            }
        }
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + targetPort))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (request.isObject()) {
            RpcError error = rule.after(request, JSON.readTree(response.body()));
            if (error != null) {
                return error(request, error);
            }
        }
        return response.body();
    }

    private String error(JsonNode request, RpcError error) throws IOException {
        refused.incrementAndGet();
        ObjectNode answer = JSON.createObjectNode();
        answer.put("jsonrpc", "2.0");
        answer.set("id", request.get("id"));
        ObjectNode e = answer.putObject("error");
        e.put("code", error.code());
        e.put("message", error.message());
        return JSON.writeValueAsString(answer);
    }

    /** One HTTP request's body (by Content-Length); null at the end of the stream. */
    private static String readHttpBody(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while (!head.toString().endsWith("\r\n\r\n")) {
            c = in.read();
            if (c < 0) {
                return null;
            }
            head.append((char) c);
        }
        int length = 0;
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
            }
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
