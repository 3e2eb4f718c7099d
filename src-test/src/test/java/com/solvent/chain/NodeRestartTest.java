package com.solvent.chain;

import com.solvent.chain.contracts.VenueCalls;
import com.solvent.chain.devnet.AnvilLocator;
import com.solvent.chain.devnet.AnvilRpc;
import com.solvent.chain.devnet.SeededAccount;
import com.solvent.chain.health.ConnectionHealth;
import com.solvent.chain.snapshot.ChainSnapshot;
import com.solvent.chain.snapshot.ChainWatcher;
import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the anvil node mid-stream and starts a new one from the dumped state (anvil_dumpState,
 * then --load-state), behind the same loopback address: the watcher reconnects, and what happened
 * on the new node while it was away is in its state, which equals a fresh full read.
 */
class NodeRestartTest {

    @Test
    void killedAndRestartedNodeWithItsStateIsFollowedAgain() throws Exception {
        Process restarted = null;
        try (DevnetFixture fx = new DevnetFixture(5);
             FaultyProxy proxy = new FaultyProxy(FaultyProxy.portOf(fx.info.httpUrl()));
             ChainWatcher watcher = ChainWatcher.start(fx.config(proxy.wsUrl()))) {
            fx.setPrice("ETH", "3050");
            ChainSnapshot before = fx.assertEqualsFreshRead(watcher);
            String whale = fx.info.requireAccount(SeededAccount.WHALE).address();
            double usdc = before.account(whale).orElseThrow().balance("USDC");

            Path state = dumpState(fx.info.httpUrl());
            ProcessHandle anvil = ProcessHandle.of(fx.devnet.anvilPid()).orElseThrow();
            anvil.destroyForcibly();
            anvil.onExit().get(10, TimeUnit.SECONDS);
            DevnetFixture.await(watcher, ChainSnapshot::aging, "aging while the node is down");
            assertThat(watcher.health()).isInstanceOf(ConnectionHealth.Reconnecting.class);

            int port = freePort();
            restarted = new ProcessBuilder(List.of(AnvilLocator.locate().toString(),
                    "--host", "127.0.0.1", "--port", Integer.toString(port), "--chain-id", "31337",
                    "--accounts", "2", "--balance", "1000000", "--auto-impersonate", "--order", "fifo",
                    "--disable-block-gas-limit", "--load-state", state.toString()))
                    .redirectErrorStream(true).redirectOutput(Files.createTempFile("solvent-anvil-restart", ".log").toFile())
                    .start();
            String url = "http://127.0.0.1:" + port;
            AnvilRpc node = awaitNode(url);
            // the chain moves on while the watcher still cannot reach it
            node.transact(fx.info.deployer(), fx.info.priceFeeds().get("ETH"), VenueCalls.submit(BigInteger.valueOf(3_075_00000000L)));
            String token = fx.info.tokens().get("USDC");
            BigInteger amount = BigInteger.valueOf(40_000_000L);
            node.transact(fx.info.deployer(), token, VenueCalls.mint(whale, amount));
            node.transact(whale, token, VenueCalls.approve(fx.info.venue(), amount));
            node.transact(whale, fx.info.venue(), VenueCalls.deposit(0, amount));

            proxy.retarget(port);
            ChainSnapshot after = fx.assertEqualsFreshRead(watcher, url);
            assertThat(after.prices().get("ETH").orElseThrow().mark()).isEqualTo(3075.0);
            assertThat(after.account(whale).orElseThrow().balance("USDC")).isEqualTo(usdc + 40);
            node.close();
        } finally {
            if (restarted != null) {
                restarted.destroy();
                restarted.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** anvil_dumpState answers hex of (usually gzipped) JSON; --load-state reads the JSON from a file. */
    private static Path dumpState(String url) throws IOException {
        byte[] bytes = Numeric.hexStringToByteArray((String) AnvilCalls.call(url, "anvil_dumpState"));
        if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
            }
        }
        Path file = Files.createTempFile("solvent-anvil-state", ".json");
        Files.write(file, bytes);
        return file;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static AnvilRpc awaitNode(String url) throws InterruptedException {
        AnvilRpc rpc = new AnvilRpc(url);
        long deadline = System.nanoTime() + DevnetFixture.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                rpc.chainId();
                return rpc;
            } catch (RuntimeException e) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("restarted anvil never answered at " + url);
    }
}
