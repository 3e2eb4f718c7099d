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
 * <p>Expected numbers follow from the written definitions (MarginEngine's and LiquidationEngine's
 * Javadoc, which SolventVenue.sol implements) under the core's reference preset: ETH-PERP's and
 * BTC-PERP's first bracket is 50x / 1% maintenance (IM = notional / 50, MM = notional x 1%);
 * liquidation closes 25% of the starting size per step, at a penalty of 1% of the closed notional
 * (half to the liquidator), until the margin ratio is at or below 0.5; a bankrupt group closes in
 * full and a deficit is drawn from the insurance fund. Each case steps through the numbers in
 * its comments.
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
        venue.refreshPrices("3000", "96000");
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

        venue.refreshPrices("3000", "96000");
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
    void liquidationClosesInChunksSplitsThePenaltyAndDrawsTheFundForTheDeficit() {
        String trader = venue.newAccount("liquidated");
        venue.deposit(trader, "USDC", "1000");
        venue.trade(trader, "ETH-PERP", "10");
        venue.setPrice("ETH", "2928"); // equity 1000 - 720 = 280 <= MM 292.8
        assertThat(devnet.venue().isLiquidatable(trader)).isTrue();

        BigInteger fundBefore = devnet.venue().insuranceFund();
        BigInteger liquidatorBefore = venue.usdcTokens(devnet.info().liquidator());
        venue.liquidate(trader);

        // Chunks of 2.5 ETH at 2928, each realizing -180 and paying 73.2 (1% of 7320):
        //   USDC 1000 -> 746.8 -> 493.6 -> 240.4 (equity 206.8/219.6, 133.6/146.4, 60.4/73.2: ratio stays > 0.5)
        //   last chunk: 240.4 - 180 - 73.2 = -12.8 with nothing left at risk -> the fund pays 12.8.
        // Penalty 4 x 73.2 = 292.8: 146.4 to the liquidator, 146.4 to the fund, which then pays 12.8.
        assertThat(venue.usdcTokens(devnet.info().liquidator()).subtract(liquidatorBefore)).isEqualTo(usdc("146.4"));
        assertThat(devnet.venue().insuranceFund().subtract(fundBefore)).isEqualTo(wad("133.6"));
        VenueAccountView after = venue.view(trader);
        assertThat(after.positions()).isEmpty();
        assertThat(after.collateral().getFirst()).isZero();
    }

    @Test
    void aPartialLiquidationStopsOnceTheMarginRatioIsBackAtTheTarget() {
        String trader = venue.newAccount("partial");
        venue.deposit(trader, "USDC", "110000");
        venue.trade(trader, "ETH-PERP", "700"); // 2.1M notional: second bracket, 20x, IM 105,000
        venue.setPrice("ETH", "2880");
        // equity 110,000 - 84,000 = 26,000; MM = 2.5% x 2,016,000 - 15,000 (deduction 1M x 1.5%) = 35,400
        assertThat(devnet.venue().isLiquidatable(trader)).isTrue();

        BigInteger liquidatorBefore = venue.usdcTokens(devnet.info().liquidator());
        venue.liquidate(trader);

        // Chunks of 175 ETH (25% of 700) at 2880, each realizing -21,000 and paying 5,040:
        //   525 left: equity 20,960, MM 2.5% x 1,512,000 - 15,000 = 22,800 (ratio 1.09)
        //   350 left: equity 15,920, MM 2.5% x 1,008,000 - 15,000 = 10,200 (ratio 0.64)
        //   175 left: equity 10,880, MM 1% x 504,000 = 5,040 (ratio 0.46 <= 0.5): stop.
        VenueAccountView after = venue.view(trader);
        assertThat(after.positions()).singleElement().satisfies(p -> assertThat(p.size()).isEqualTo(wad("175")));
        assertThat(after.collateral().getFirst()).isEqualTo(wad("31880")); // 110,000 - 3 x (21,000 + 5,040)
        assertThat(after.crossLiquidatable()).isFalse();
        assertThat(venue.usdcTokens(devnet.info().liquidator()).subtract(liquidatorBefore)).isEqualTo(usdc("7560"));
    }

    @Test
    void aBankruptAccountClosesInFullAndTheFundCoversItsDeficit() {
        String trader = venue.newAccount("bankrupt");
        venue.deposit(trader, "USDC", "1000");
        venue.trade(trader, "ETH-PERP", "10");
        venue.setPrice("ETH", "2850"); // equity 1000 - 1500 = -500: bankrupt, closed in one go

        BigInteger fundBefore = devnet.venue().insuranceFund();
        BigInteger liquidatorBefore = venue.usdcTokens(devnet.info().liquidator());
        venue.liquidate(trader);

        // Penalty 1% x 28,500 = 285 (not capped: the preset's penalty is not dynamic), 142.5 each way;
        // USDC 1000 - 1500 - 285 = -785 is covered by the fund: +142.5 - 785 = -642.5.
        assertThat(venue.usdcTokens(devnet.info().liquidator()).subtract(liquidatorBefore)).isEqualTo(usdc("142.5"));
        assertThat(fundBefore.subtract(devnet.venue().insuranceFund())).isEqualTo(wad("642.5"));
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
        BigInteger liquidatorBefore = venue.usdcTokens(devnet.info().liquidator());
        venue.liquidate(trader);

        // Margin 1000 -> 746.8 -> 493.6 -> 240.4 after three chunks (as in the cross case); the last
        // chunk leaves 60.4, and the penalty (73.2) is capped at it: the position closes at zero.
        // Penalty 3 x 73.2 + 60.4 = 280, half (140) to the liquidator; the cross book is untouched.
        assertThat(venue.usdcTokens(devnet.info().liquidator()).subtract(liquidatorBefore)).isEqualTo(usdc("140"));
        VenueAccountView after = venue.view(trader);
        assertThat(after.positions()).singleElement().satisfies(p -> {
            assertThat(p.isolated()).isFalse();
            assertThat(p.size()).isEqualTo(wad("0.1"));
            assertThat(p.entryPrice()).isEqualTo(wad("96000"));
        });
        assertThat(after.collateral().getFirst()).isEqualTo(wad("4000"));
    }

    private static org.assertj.core.api.ObjectAssert<ContractRevertException> assertRefused(Executable call, String error) {
        Throwable thrown = org.junit.jupiter.api.Assertions.assertThrows(ContractRevertException.class, call);
        ContractRevertException revert = (ContractRevertException) thrown;
        assertThat(revert.errorName()).as(revert.getMessage()).isEqualTo(error);
        return org.assertj.core.api.Assertions.assertThatObject(revert);
    }
}
