package com.solvent.session;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.solvent.app.fx.ConnectionState;
import com.solvent.app.fx.DevnetSession;
import com.solvent.app.fx.EngineRiskService;
import com.solvent.app.fx.LiveRisk;
import com.solvent.app.session.RpcOptions;
import com.solvent.app.session.RpcSession;
import com.solvent.chain.devnet.DevnetConfig;
import com.solvent.chain.rpc.ChainIdMismatchException;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.risk.AccountRisk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code --rpc URL --venue ... } sessions against a devnet this test starts (keepers off, so every
 * block holds still): the same numbers as the embedded devnet session, refusals that name the
 * problem, and an API key in the URL that reaches neither the screen nor the log.
 */
class RpcSessionTest {
    private static final String SECRET = "Zq9secretKey4a7b1c";

    @TempDir
    static Path dir;
    static EngineRiskService devnetService;
    static DevnetSession devnet;
    static Path deployment;
    static List<String> story;

    @BeforeAll
    static void startDevnet() throws IOException {
        devnetService = new EngineRiskService(new MarginEngine());
        devnet = DevnetSession.start(devnetService, Set.of(), DevnetConfig.defaults().withKeepers(false).withFillerAccounts(0));
        deployment = dir.resolve("deployment.json");
        Files.writeString(deployment, devnet.info().toJson());
        story = devnet.storyAccounts().stream().map(a -> a.address().checksummed()).toList();
    }

    @AfterAll
    static void stopDevnet() {
        devnet.close();
        devnetService.close();
    }

    @Test
    void anRpcSessionOnTheDeploymentJsonShowsTheDevnetSessionsNumbers() throws InterruptedException {
        BlockingQueue<LiveRisk> embedded = new LinkedBlockingQueue<>();
        BlockingQueue<LiveRisk> remote = new LinkedBlockingQueue<>();
        devnetService.subscribe(embedded::add);
        devnetService.watch(story);
        try (EngineRiskService service = new EngineRiskService(new MarginEngine());
             RpcSession session = RpcSession.open(new RpcOptions(devnet.info().httpUrl(), RpcOptions.REFERENCE,
                     Optional.of(deployment), story), service, Set.of())) {
            service.subscribe(remote::add);
            service.watch(story);
            LiveRisk a = AaveInWorkstationTest.await(embedded, RpcSessionTest::allEvaluated);
            LiveRisk b = AaveInWorkstationTest.await(remote, l -> allEvaluated(l)
                    && l.inputs().status().block() == a.inputs().status().block());

            assertThat(session.firstAccounts()).extracting(w -> w.address().checksummed()).containsExactlyElementsOf(story);
            for (String id : story) {
                AccountRisk viaDevnet = (AccountRisk) a.result(id).orElseThrow();
                AccountRisk viaRpc = (AccountRisk) b.result(id).orElseThrow();
                assertThat(viaRpc.equity()).as(id + " equity").isEqualTo(viaDevnet.equity());
                assertThat(viaRpc.maintenanceRequirement()).as(id + " maintenance").isEqualTo(viaDevnet.maintenanceRequirement());
                assertThat(viaRpc.marginRatio()).as(id + " margin ratio").isEqualTo(viaDevnet.marginRatio());
                assertThat(viaRpc.health()).as(id + " health").isEqualTo(viaDevnet.health());
            }
        }
    }

    @Test
    void aNodeOfAnotherChainIsRefusedNamingBothChainIds() throws IOException {
        try (EngineRiskService service = new EngineRiskService(new MarginEngine())) {
            // the registry's Ethereum market on the devnet's chain 31337
            assertThatThrownBy(() -> RpcSession.open(new RpcOptions(devnet.info().httpUrl(), "aave-v3-ethereum",
                    Optional.empty(), List.of()), service, Set.of()))
                    .isInstanceOf(ChainIdMismatchException.class)
                    .hasMessageContaining("serves chain id 31337").hasMessageContaining("on chain id 1;");
            // a deployment file of chain 1 against the devnet
            Path otherChain = dir.resolve("chain-1.json");
            Files.writeString(otherChain, devnet.info().toJson().replace("\"chainId\" : 31337", "\"chainId\" : 1"));
            assertThatThrownBy(() -> RpcSession.open(new RpcOptions(devnet.info().httpUrl(), RpcOptions.REFERENCE,
                    Optional.of(otherChain), List.of()), service, Set.of()))
                    .isInstanceOf(ChainIdMismatchException.class).hasMessageContaining("serves chain id 31337");
            // plain aave-v3 picks by chain id: none on 31337
            assertThatThrownBy(() -> RpcSession.open(new RpcOptions(devnet.info().httpUrl(), "aave-v3",
                    Optional.empty(), List.of()), service, Set.of()))
                    .hasMessageContaining("chain id 31337").hasMessageContaining("no Aave v3 market is registered")
                    .hasMessageContaining("aave-v3-ethereum");
        }
    }

    @Test
    void aKeyInTheRpcUrlIsNeitherShownNorLogged() throws InterruptedException {
        URI node = URI.create(devnet.info().httpUrl());
        // anvil ignores credentials and the query: the key rides along as a provider's would
        String keyed = "http://user:" + SECRET + "@" + node.getHost() + ":" + node.getPort() + "/?apikey=" + SECRET;
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        BlockingQueue<LiveRisk> remote = new LinkedBlockingQueue<>();
        try (EngineRiskService service = new EngineRiskService(new MarginEngine())) {
            try (RpcSession session = RpcSession.open(new RpcOptions(keyed, RpcOptions.REFERENCE, Optional.of(deployment),
                    story), service, Set.of())) {
                service.subscribe(remote::add);
                service.watch(story);
                LiveRisk live = AaveInWorkstationTest.await(remote, RpcSessionTest::allEvaluated);
                assertThat(session.describe()).doesNotContain(SECRET).contains("***");
                assertThat(live.inputs().status().toString()).doesNotContain(SECRET);
            }
            // and a refusal's message, which the workstation shows and logs
            assertThatThrownBy(() -> RpcSession.open(new RpcOptions(keyed, "aave-v3-ethereum", Optional.empty(), List.of()),
                    service, Set.of()))
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET).contains("***"));
        } finally {
            root.detachAppender(log);
        }
        assertThat(log.list).as("the session logged where it connects").anyMatch(e ->
                e.getFormattedMessage().contains(node.getHost() + ":" + node.getPort()));
        assertThat(log.list).allSatisfy(e -> {
            assertThat(e.getFormattedMessage()).doesNotContain(SECRET);
            if (e.getThrowableProxy() != null) {
                assertThat(e.getThrowableProxy().getMessage()).doesNotContain(SECRET);
            }
        });
    }

    private static boolean allEvaluated(LiveRisk live) {
        return live.inputs().status().connection() == ConnectionState.CONNECTED
                && story.stream().allMatch(id -> live.result(id).filter(AccountRisk.class::isInstance).isPresent());
    }
}
