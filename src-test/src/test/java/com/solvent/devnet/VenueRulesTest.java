package com.solvent.devnet;

import com.solvent.chain.contracts.ContractRevertException;
import com.solvent.chain.contracts.VenueAccountView;
import com.solvent.chain.contracts.VenuePositionView;
import com.solvent.chain.devnet.Devnet;
import com.solvent.chain.devnet.DevnetConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;

import java.math.BigInteger;

import static com.solvent.devnet.VenueDriver.usdc;
import static com.solvent.devnet.VenueDriver.wad;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reference venue refuses what it must and liquidates as specified, on a real anvil.
 *
 * <p>Expected numbers follow from the venue's written definitions (SolventVenue.sol and the
 * core's MarginEngine): ETH-PERP's first bracket is 50x / 1% maintenance, initial margin =
 * notional / 50, maintenance = notional x 1%, penalty = 0.5% of notional, half to the liquidator;
 * each case computes them by hand in its comments.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VenueRulesTest {
    private static final BigInteger CROSS_GROUP = BigInteger.TWO.pow(256).subtract(BigInteger.ONE);
    private static final BigInteger ETH_PERP = BigInteger.ZERO;

    private Devnet devnet;
    private VenueDriver venue;

    @BeforeAll
    void startDevnet() {
        devnet = Devnet.start(DevnetConfig.defaults().withKeepers(false).withFillerAccounts(0));
        venue = new VenueDriver(devnet);
    }

    @AfterAll
    void stopDevnet() {
        devnet.close();
    }

    @BeforeEach
    void freshPrices() {
        venue.refreshPrices("3000", "96000", "200");
    }

    @Test
    void withdrawalIsAllowedDownToInitialMarginAndRefusedBelowIt() {
        String trader = venue.newAccount("withdraw");
        venue.deposit(trader, "USDC", "1000");
        venue.trade(trader, "ETH-PERP", "10"); // IM = 10 x 3000 / 50 = 600

        venue.withdraw(trader, "USDC", "400");
        VenueAccountView view = venue.view(trader);
        assertThat(view.crossEquity()).isEqualTo(wad("600"));
        assertThat(view.crossInitialMargin()).isEqualTo(wad("600"));

        assertRefused(() -> venue.withdraw(trader, "USDC", "0.01"), "BelowInitialMargin")
                .satisfies(e -> assertThat(e.arguments()).containsExactly(trader.toLowerCase(), CROSS_GROUP,
                        wad("599.99"), wad("600")));
    }

    @Test
    void pricesOlderThanTheHeartbeatAreRefused() {
        String trader = venue.newAccount("stale");
        venue.deposit(trader, "USDC", "1000");
        venue.deposit(trader, "WETH", "1"); // valued at the ETH feed's price
        devnet.rpc().advanceTime(3601); // heartbeat 3600 s
        devnet.rpc().mine();
        assertRefused(() -> venue.trade(trader, "ETH-PERP", "1"), "StalePrice");
        assertRefused(() -> devnet.venue().priceOf(devnet.info().priceFeeds().get("ETH")), "StalePrice");
        assertRefused(() -> venue.view(trader), "StalePrice");

        venue.refreshPrices("3000", "96000", "200");
        venue.trade(trader, "ETH-PERP", "1");
        assertThat(venue.view(trader).positions()).hasSize(1);
    }

    @Test
    void nonPositiveAnswersAreRefused() {
        String trader = venue.newAccount("invalid");
        venue.deposit(trader, "USDC", "1000");
        String feed = devnet.info().priceFeeds().get("ETH");

        venue.setAnswer("ETH", BigInteger.ZERO);
        assertRefused(() -> devnet.venue().priceOf(feed), "InvalidPrice")
                .satisfies(e -> assertThat(e.arguments().get(1)).isEqualTo(BigInteger.ZERO));
        assertRefused(() -> venue.trade(trader, "ETH-PERP", "1"), "InvalidPrice");

        venue.setAnswer("ETH", BigInteger.valueOf(-1));
        assertRefused(() -> devnet.venue().priceOf(feed), "InvalidPrice")
                .satisfies(e -> assertThat(e.arguments().get(1)).isEqualTo(BigInteger.valueOf(-1)));
    }

    @Test
    void aHealthyAccountCannotBeLiquidated() {
        String trader = venue.newAccount("healthy");
        venue.deposit(trader, "USDC", "1000");
        venue.trade(trader, "ETH-PERP", "1");

        assertRefused(() -> venue.liquidate(trader), "NotLiquidatable");
        assertThat(venue.view(trader).positions()).hasSize(1);
    }

    @Test
    void aModeSwitchIsRefusedWhenEitherGroupWouldFallBelowInitialMargin() {
        String trader = venue.newAccount("switch");
        venue.deposit(trader, "USDC", "1000");
        venue.trade(trader, "ETH-PERP", "10");  // IM 10 x 3000 / 50 = 600
        venue.trade(trader, "BTC-PERP", "0.1"); // IM 0.1 x 96000 / 50 = 192

        // BTC isolated with 450: isolated 450 >= 192, but cross keeps 550 < 600.
        assertRefused(() -> venue.switchMode(trader, "BTC-PERP", true, "450"), "BelowInitialMargin")
                .satisfies(e -> assertThat(e.arguments().subList(1, 4)).containsExactly(CROSS_GROUP, wad("550"), wad("600")));
        // ETH isolated with 500: the isolated position itself has 500 < 600.
        assertRefused(() -> venue.switchMode(trader, "ETH-PERP", true, "500"), "BelowInitialMargin")
                .satisfies(e -> assertThat(e.arguments().subList(1, 4)).containsExactly(ETH_PERP, wad("500"), wad("600")));

        // BTC isolated with 300: 300 >= 192 and the cross group keeps 700 >= 600.
        venue.switchMode(trader, "BTC-PERP", true, "300");
        VenueAccountView view = venue.view(trader);
        assertThat(view.crossEquity()).isEqualTo(wad("700"));
        assertThat(view.positions()).filteredOn(VenuePositionView::isolated).singleElement()
                .satisfies(p -> assertThat(p.isolatedMargin()).isEqualTo(wad("300")));
    }

    @Test
    void liquidationClosesAtTheOraclePriceAndSplitsThePenalty() {
        String trader = venue.newAccount("liquidated");
        venue.deposit(trader, "USDC", "1000");
        venue.trade(trader, "ETH-PERP", "10");
        venue.setPrice("ETH", "2928"); // equity 1000 - 720 = 280 <= MM 292.8
        assertThat(devnet.venue().isLiquidatable(trader)).isTrue();

        BigInteger fundBefore = devnet.venue().insuranceFund();
        BigInteger liquidatorBefore = venue.usdcTokens(devnet.info().liquidator());
        venue.liquidate(trader);

        // penalty = 0.5% x 29,280 = 146.4 (below the 280 left): 73.2 each to liquidator and fund.
        assertThat(venue.usdcTokens(devnet.info().liquidator()).subtract(liquidatorBefore)).isEqualTo(usdc("73.2"));
        assertThat(devnet.venue().insuranceFund().subtract(fundBefore)).isEqualTo(wad("73.2"));
        VenueAccountView after = venue.view(trader);
        assertThat(after.positions()).isEmpty();
        assertThat(after.collateral().getFirst()).isEqualTo(wad("133.6")); // 1000 - 720 - 146.4
    }

    @Test
    void badDebtIsDrawnFromTheInsuranceFund() {
        String trader = venue.newAccount("bankrupt");
        venue.deposit(trader, "USDC", "1000");
        venue.trade(trader, "ETH-PERP", "10");
        venue.setPrice("ETH", "2850"); // worth 1000 - 1500 = -500

        BigInteger fundBefore = devnet.venue().insuranceFund();
        BigInteger liquidatorBefore = venue.usdcTokens(devnet.info().liquidator());
        venue.liquidate(trader);

        assertThat(fundBefore.subtract(devnet.venue().insuranceFund())).isEqualTo(wad("500"));
        assertThat(venue.usdcTokens(devnet.info().liquidator())).isEqualTo(liquidatorBefore); // no penalty from nothing
        assertThat(venue.view(trader).collateral()).allSatisfy(b -> assertThat(b).isZero());
        assertThat(devnet.venue().uncoveredBadDebt()).isZero();
    }

    @Test
    void anIsolatedLiquidationLeavesTheCrossBookAlone() {
        String trader = venue.newAccount("isolated");
        venue.deposit(trader, "USDC", "5000");
        venue.trade(trader, "BTC-PERP", "0.1");
        venue.openIsolated(trader, "ETH-PERP", "10", "1000"); // cross USDC 4000
        venue.setPrice("ETH", "2928"); // isolated equity 1000 - 720 = 280 <= MM 292.8

        VenueAccountView before = venue.view(trader);
        assertThat(before.crossLiquidatable()).isFalse();
        assertThat(before.liquidatable()).isTrue();
        venue.liquidate(trader);

        VenueAccountView after = venue.view(trader);
        assertThat(after.positions()).singleElement().satisfies(p -> {
            assertThat(p.isolated()).isFalse();
            assertThat(p.size()).isEqualTo(wad("0.1"));
            assertThat(p.entryPrice()).isEqualTo(wad("96000"));
        });
        assertThat(after.collateral().getFirst()).isEqualTo(wad("4133.6")); // 4000 + 280 - 146.4
    }

    private static org.assertj.core.api.ObjectAssert<ContractRevertException> assertRefused(Executable call, String error) {
        Throwable thrown = org.junit.jupiter.api.Assertions.assertThrows(ContractRevertException.class, call);
        ContractRevertException revert = (ContractRevertException) thrown;
        assertThat(revert.errorName()).as(revert.getMessage()).isEqualTo(error);
        return org.assertj.core.api.Assertions.assertThatObject(revert);
    }
}
