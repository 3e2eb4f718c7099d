package com.solvent.chain.devnet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A running anvil on a free loopback port. Stopped by {@link #close()}, and by a JVM shutdown hook
 * (normal exit, SIGTERM, Ctrl-C) so that no anvil outlives the application. A JVM killed outright
 * (SIGKILL, a crash) runs no hook: every anvil is therefore registered with its owner's pid in
 * {@code <tmp>/solvent-devnet/}, and the next devnet start stops any anvil whose owner is gone.
 * Its log goes to a temporary file, quoted when anvil fails to start and deleted on close.
 */
public final class AnvilProcess implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(20);
    private static final int START_ATTEMPTS = 3;

    private static final Path REGISTRY = Path.of(System.getProperty("java.io.tmpdir"), "solvent-devnet");

    private final Process process;
    private final int port;
    private final Path log;
    private final Path registration;
    private final Thread shutdownHook;
    private volatile Runnable beforeShutdown = () -> { };

    private AnvilProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.registration = register(process.pid());
        this.shutdownHook = Thread.ofPlatform().unstarted(() -> {
            beforeShutdown.run();
            stop();
        });
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts {@code binary} on a free port and waits until it answers JSON-RPC. Accounts are
     * auto-impersonated (the devnet sends from seeded addresses without keys), transactions of a
     * block keep their arrival order, and blocks have no gas limit (seeding mines one big block).
     */
    public static AnvilProcess start(Path binary, long chainId) {
        stopOrphans(binary);
        IllegalStateException last = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            int port = freePort();
            try {
                return startOn(binary, port, chainId);
            } catch (IllegalStateException e) {
                last = e; // the free port may have been taken in between: try another
            }
        }
        throw last;
    }

    private static AnvilProcess startOn(Path binary, int port, long chainId) {
        Path log;
        Process process;
        try {
            log = Files.createTempFile("solvent-anvil-", ".log");
            process = new ProcessBuilder(List.of(binary.toString(),
                    "--host", "127.0.0.1", "--port", Integer.toString(port),
                    "--chain-id", Long.toString(chainId),
                    "--accounts", "2", "--balance", "1000000",
                    "--auto-impersonate", "--order", "fifo", "--disable-block-gas-limit",
                    "--no-request-size-limit"))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start anvil " + binary, e);
        }
        AnvilProcess anvil = new AnvilProcess(process, port, log);
        try {
            anvil.awaitReady();
            return anvil;
        } catch (RuntimeException e) {
            String output = anvil.logText();
            anvil.close();
            throw new IllegalStateException("anvil did not start on port " + port + ": " + e.getMessage()
                    + (output.isBlank() ? "" : "\nanvil output:\n" + output), e);
        }
    }

    /**
     * Polls {@code eth_chainId} until anvil answers. Over {@link HttpURLConnection}, which for a
     * plain {@code http://} URL loads no TLS: {@code java.net.http.HttpClient} initialises the
     * default SSL context (the CA store) when built, 0.3-1 s of a cold start spent for nothing here.
     */
    private void awaitReady() {
        byte[] body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[]}"
                .getBytes(StandardCharsets.US_ASCII);
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("anvil exited with code " + process.exitValue());
            }
            try {
                if (answers(body)) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            sleep(15);
        }
        throw new IllegalStateException("no answer within " + READY_TIMEOUT.toSeconds() + " s");
    }

    private boolean answers(byte[] request) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(httpUrl()).toURL().openConnection();
        try {
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2_000);
            connection.setRequestMethod("POST");
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setDoOutput(true);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(request);
            }
            if (connection.getResponseCode() != 200) {
                return false;
            }
            try (InputStream in = connection.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("result");
            }
        } finally {
            connection.disconnect();
        }
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String httpUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String wsUrl() {
        return "ws://127.0.0.1:" + port;
    }

    /** Work the shutdown hook does before it stops anvil (the devnet stops its keepers first). */
    void beforeShutdown(Runnable work) {
        this.beforeShutdown = work;
    }

    /** Stops anvil and its children, waits for them to exit; idempotent. */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs (or ran) stop() itself
        }
        try {
            Files.deleteIfExists(log);
            if (registration != null) {
                Files.deleteIfExists(registration);
            }
        } catch (IOException e) {
            // temporary files; nothing to do
        }
    }

    /** Records "anvil pid -> owner JVM pid" so that a later start can stop this anvil if we die unannounced. */
    private static Path register(long anvilPid) {
        try {
            Files.createDirectories(REGISTRY);
            return Files.writeString(REGISTRY.resolve("anvil-" + anvilPid), Long.toString(ProcessHandle.current().pid()));
        } catch (IOException e) {
            return null; // best effort: the shutdown hook still covers every orderly exit
        }
    }

    /** Stops every registered anvil (of this binary) whose owning JVM no longer runs. */
    static void stopOrphans(Path binary) {
        if (!Files.isDirectory(REGISTRY)) {
            return;
        }
        try (var files = Files.list(REGISTRY)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("anvil-")).toList()) {
                try {
                    long anvilPid = Long.parseLong(file.getFileName().toString().substring("anvil-".length()));
                    long owner = Long.parseLong(Files.readString(file).trim());
                    if (ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)) {
                        continue;
                    }
                    // only an anvil of this very binary (this checkout): a reused pid or another
                    // checkout's devnet is left alone
                    ProcessHandle.of(anvilPid)
                            .filter(h -> h.info().command().map(c -> sameFile(Path.of(c), binary)).orElse(false))
                            .ifPresent(ProcessHandle::destroy);
                    Files.deleteIfExists(file);
                } catch (IOException | NumberFormatException e) {
                    // someone else's or a half-written file: leave it
                }
            }
        } catch (IOException e) {
            // the registry cannot be read: nothing to clean
        }
    }

    private void stop() {
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return a.toRealPath().equals(b.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private String logText() {
        try {
            String text = Files.readString(log);
            return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
        } catch (IOException e) {
            return "";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for anvil", e);
        }
    }
}
