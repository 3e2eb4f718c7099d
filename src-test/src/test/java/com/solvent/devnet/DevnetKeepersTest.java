package com.solvent.devnet;

import com.solvent.chain.contracts.VenueCalls;
import com.solvent.chain.devnet.Devnet;
import com.solvent.chain.devnet.DevnetConfig;
import com.solvent.chain.devnet.LiquidationKeeper.Liquidation;
import com.solvent.chain.devnet.PricePath;
import com.solvent.chain.devnet.SeededAccount;
import io.reactivex.disposables.Disposable;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.websocket.WebSocketService;
import org.web3j.protocol.websocket.events.LogNotification;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.utils.Numeric;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the keepers running, prices move block by block and the "doomed" account is liquidated by
 * the liquidation keeper within a bounded number of price moves: at the latest when the scheduled
 * crash (ETH -12% over moves 121-130) is over, since its margin ratio starts at 0.95.
 */
class DevnetKeepersTest {
    private static final String ANSWER_UPDATED = Hash.sha3String("AnswerUpdated(int256,uint256,uint256)");
    private static final int MOVE_BOUND = PricePath.Spec.demo().crashStartStep() + PricePath.Spec.demo().crashSteps() + 20;

    @Test
    void keepersMovePricesAndLiquidateTheDoomedAccount() throws Exception {
        long pid;
        DevnetConfig config = DevnetConfig.defaults().withFillerAccounts(20).withKeeperInterval(Duration.ofMillis(40));
        try (Devnet devnet = Devnet.start(config)) {
            pid = devnet.anvilPid();
            List<LogNotification> pushed = new CopyOnWriteArrayList<>();
            WebSocketService ws = new WebSocketService(devnet.info().wsUrl(), false);
            ws.connect();
            Web3j push = Web3j.build(ws);
            Disposable subscription = push.logsNotifications(List.of(devnet.info().priceFeeds().get("ETH")),
                    List.of(ANSWER_UPDATED)).subscribe(pushed::add);
            String doomed = devnet.info().requireAccount(SeededAccount.DOOMED).address();
            long startBlock = devnet.rpc().blockNumber();

            Liquidation liquidation = null;
            while (liquidation == null && devnet.priceKeeper().moves() <= MOVE_BOUND) {
                Thread.sleep(20);
                liquidation = devnet.liquidationKeeper().liquidations().stream()
                        .filter(l -> l.account().equalsIgnoreCase(doomed)).findFirst().orElse(null);
            }
            System.out.printf("doomed liquidated after %d price moves%n", devnet.priceKeeper().moves());

            assertThat(liquidation).as("doomed liquidated within %d price moves", MOVE_BOUND).isNotNull();
            assertThat(liquidation.blockNumber()).isGreaterThan(startBlock);
            assertThat(devnet.venue().accountView(doomed).positions()).isEmpty();
            // every feed has new rounds: round 1 at deployment, round 2 the start price, then the keeper's
            for (String feed : devnet.info().priceFeeds().values()) {
                String round = devnet.rpc().caller().call(null, feed, VenueCalls.latestRoundData(), DefaultBlockParameterName.LATEST);
                assertThat(Numeric.toBigInt(round.substring(0, 66))).isGreaterThan(java.math.BigInteger.TWO);
            }
            // the WebSocket URL pushes the feed's AnswerUpdated events (eth_subscribe "logs")
            assertThat(pushed).isNotEmpty();
            assertThat(pushed.getFirst().getParams().getResult().getTopics().getFirst()).isEqualTo(ANSWER_UPDATED);
            subscription.dispose();
            push.shutdown();
        }
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("anvil stopped").isFalse();
    }
}
