package com.solvent.devnet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.solvent.chain.devnet.AnvilLocator;
import com.solvent.chain.devnet.Devnet;
import com.solvent.chain.devnet.DevnetConfig;
import com.solvent.chain.devnet.DevnetMain;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code DevnetMain --json} as the workstation's {@code devnet} command runs it: a separate JVM
 * prints the devnet's JSON once ready, serves RPC, and on SIGTERM stops anvil with itself.
 */
class DevnetMainProcessTest {

    @Test
    void printsItsJsonServesRpcAndStopsAnvilOnSigterm() throws Exception {
        Process process = startDevnetMain();
        try {
            CompletableFuture<String> json = CompletableFuture.supplyAsync(() -> readJsonObject(process));
            JsonNode info = new ObjectMapper().readTree(json.get(60, TimeUnit.SECONDS));

            assertThat(info.path("chainId").asLong()).isEqualTo(31337);
            assertThat(info.path("accounts")).hasSize(8); // five stories and three fillers
            assertThat(info.path("venue").asText()).startsWith("0x");
            assertThat(blockNumber(info.path("httpUrl").asText())).contains("\"result\"");

            List<ProcessHandle> children = process.descendants().toList();
            assertThat(children).as("anvil runs as a child of the devnet JVM").isNotEmpty();

            process.destroy(); // SIGTERM
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("devnet JVM exits on SIGTERM").isTrue();
            for (ProcessHandle child : children) {
                child.onExit().get(10, TimeUnit.SECONDS);
                assertThat(child.isAlive()).as("child %d stopped", child.pid()).isFalse();
            }
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void theAnvilOfAKilledDevnetIsStoppedByTheNextStart() throws Exception {
        Process process = startDevnetMain();
        List<ProcessHandle> orphans;
        try {
            CompletableFuture.supplyAsync(() -> readJsonObject(process)).get(60, TimeUnit.SECONDS);
            orphans = process.descendants().toList();
            process.destroyForcibly(); // SIGKILL: no shutdown hook runs
            process.waitFor(20, TimeUnit.SECONDS);
        } finally {
            process.destroyForcibly();
        }
        assertThat(orphans).isNotEmpty().allMatch(ProcessHandle::isAlive);

        try (Devnet next = Devnet.start(DevnetConfig.defaults().withKeepers(false).withFillerAccounts(0))) {
            for (ProcessHandle orphan : orphans) {
                orphan.onExit().get(10, TimeUnit.SECONDS);
                assertThat(orphan.isAlive()).as("orphaned anvil %d stopped", orphan.pid()).isFalse();
            }
            assertThat(next.isRunning()).isTrue();
        }
    }

    private static Process startDevnetMain() throws java.io.IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-D" + AnvilLocator.PROPERTY + "=" + System.getProperty(AnvilLocator.PROPERTY),
                "-cp", System.getProperty("java.class.path"), DevnetMain.class.getName(),
                "--json", "--accounts", "3", "--interval-ms", "200"))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** Reads stdout up to the closing brace of the first top-level JSON object. */
    private static String readJsonObject(Process process) {
        StringBuilder text = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                text.append(line).append('\n');
                if (line.equals("}")) {
                    return text.toString();
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new IllegalStateException("devnet exited before printing its JSON; stdout was:\n" + text);
    }

    private static String blockNumber(String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_blockNumber\",\"params\":[]}"))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
