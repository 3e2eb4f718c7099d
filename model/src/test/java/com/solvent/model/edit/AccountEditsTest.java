package com.solvent.model.edit;

import com.solvent.model.account.Account;
import com.solvent.model.account.CollateralBalance;
import com.solvent.model.account.MarginMode;
import com.solvent.model.account.Position;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.policy.VenuePresets;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountRisk;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.solvent.model.Fixtures.account;
import static com.solvent.model.Fixtures.prices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AccountEditsTest {
    private static final MarginPolicy REFERENCE = VenuePresets.reference();
    private final PriceSet px = prices("ETH", 2_000, "BTC", 50_000);
    private final AccountEdits edits = new AccountEdits(px, REFERENCE);
    // 100 ETH long at 2,000 = 200k notional, 50x: IM 4,000
    private final Account account = account("a", 10_000, Position.cross("p1", "ETH-PERP", 100, 2_000));

    @Test
    void withdrawalBeyondTheMaximumIsRefusedWithTheShortfall() {
        EditResult refused = edits.withdraw(account, "USDC", 7_240);
        EditResult allowed = edits.withdraw(account, "USDC", 6_000);

        assertThat(refused).isEqualTo(new EditResult.Refused("withdrawal leaves the account under initial margin by 1,240.00 USD"));
        assertThat(allowed.orElseThrow().balance("USDC")).isCloseTo(4_000, within(1e-9));
        AccountRisk r = (AccountRisk) new MarginEngine().evaluate(account, px, REFERENCE);
        assertThat(edits.withdraw(account, "USDC", r.collateral().getFirst().maxWithdrawable())).isInstanceOf(EditResult.Edited.class);
        assertThat(edits.withdraw(account, "USDC", 20_000)).isInstanceOf(EditResult.Refused.class);
    }

    @Test
    void topUpAddsToThePoolAndRefusesUnknownAssets() {
        assertThat(edits.topUp(account, "WETH", 2).orElseThrow().balance("WETH")).isEqualTo(2.0);
        assertThat(edits.topUp(account, "DOGE", 2)).isInstanceOf(EditResult.Refused.class);
        assertThat(edits.topUp(account, "USDC", -1)).isInstanceOf(EditResult.Refused.class);
    }

    @Test
    void switchToIsolatedMovesTheMarginAndChecksBothSides() {
        Account two = new Account("a", List.of(new CollateralBalance("USDC", 10_000)),
                List.of(Position.cross("p1", "ETH-PERP", 100, 2_000), Position.cross("p2", "BTC-PERP", 1, 50_000)));

        Account isolated = edits.switchMode(two, "p1", MarginMode.ISOLATED, 5_000).orElseThrow();
        EditResult tooLittle = edits.switchMode(two, "p1", MarginMode.ISOLATED, 3_000);   // IM of p1 is 4,000
        EditResult tooMuch = edits.switchMode(two, "p1", MarginMode.ISOLATED, 9_500);     // cross keeps 500 < 1,000

        assertThat(isolated.balance("USDC")).isCloseTo(5_000, within(1e-9));
        assertThat(isolated.position("p1").orElseThrow().isolatedMargin()).isEqualTo(5_000);
        assertThat(((EditResult.Refused) tooLittle).reason()).isEqualTo("isolating p1 leaves it under initial margin by 1,000.00 USD");
        assertThat(((EditResult.Refused) tooMuch).reason())
                .isEqualTo("switching p1 to ISOLATED leaves the cross pool under initial margin by 500.00 USD");
        Account back = edits.switchMode(isolated, "p1", MarginMode.CROSS, 0).orElseThrow();
        assertThat(back).isEqualTo(two);
    }

    @Test
    void resizeRealizesPnlAndOpenChecksInitialMargin() {
        PriceSet up = PriceMoves.byPercent(px, "ETH", 10);
        AccountEdits atUp = new AccountEdits(up, REFERENCE);

        Account halved = atUp.resize(account, "p1", 50).orElseThrow();
        Account closed = atUp.close(account, "p1").orElseThrow();
        EditResult tooBig = edits.open(account, Position.cross("p2", "BTC-PERP", 20, 50_000));

        assertThat(halved.balance("USDC")).isCloseTo(10_000 + 50 * 200, within(1e-6));
        assertThat(closed.positions()).isEmpty();
        assertThat(closed.balance("USDC")).isCloseTo(10_000 + 100 * 200, within(1e-6));
        assertThat(tooBig).isInstanceOf(EditResult.Refused.class);
        assertThat(((EditResult.Refused) tooBig).reason()).startsWith("opening p2 leaves the account under initial margin by ");
    }

    @Test
    void openingAnIsolatedPositionTakesItsMarginFromThePool() {
        Account opened = edits.open(account, Position.isolated("p2", "BTC-PERP", 1, 50_000, 2_000)).orElseThrow();
        EditResult tooMuch = edits.open(account, Position.isolated("p3", "BTC-PERP", 1, 50_000, 20_000));

        assertThat(opened.balance("USDC")).isCloseTo(8_000, within(1e-9));
        assertThat(((EditResult.Refused) tooMuch).reason())
                .isEqualTo("only 10,000.00 USDC in the cross pool, cannot isolate 20,000.00 for p3");
    }

    @Test
    void enlargingAveragesTheEntry() {
        AccountEdits at2200 = new AccountEdits(PriceMoves.to(px, "ETH", 2_200), REFERENCE);

        Position p = at2200.resize(account, "p1", 200).orElseThrow().position("p1").orElseThrow();

        assertThat(p.entryPrice()).isCloseTo(2_100, within(1e-9));
    }

    /** Reference venue (SolventVenue._trade): {@code if (margin < 0) revert Bankrupt(market, margin)} on any reduction. */
    @Test
    void closingAnIsolatedPositionUnderWaterIsRefusedNotThrownNorDropped() {
        // 100 ETH long at 2,000 with 5,000 isolated; at 1,900 it has lost 10,000
        Account underWater = account("a", 10_000, Position.isolated("p1", "ETH-PERP", 100, 2_000, 5_000));
        AccountEdits at1900 = new AccountEdits(PriceMoves.to(px, "ETH", 1_900), REFERENCE);

        EditResult partial = at1900.resize(underWater, "p1", 40);   // closes 60: 5,000 - 6,000
        EditResult full = at1900.close(underWater, "p1");          // 5,000 - 10,000
        EditResult withinMargin = at1900.resize(underWater, "p1", 50); // closes 50: 5,000 - 5,000 = 0, allowed

        assertThat(partial).isEqualTo(new EditResult.Refused("isolated p1 is under water: closing 60 at 1,900.00"
                + " leaves its margin at -1,000.00 USD; the venue leaves it to liquidation"));
        assertThat(full).isEqualTo(new EditResult.Refused("isolated p1 is under water: closing 100 at 1,900.00"
                + " leaves its margin at -5,000.00 USD; the venue leaves it to liquidation"));
        Position half = withinMargin.orElseThrow().position("p1").orElseThrow();
        assertThat(half.size()).isEqualTo(50);
        assertThat(half.isolatedMargin()).isCloseTo(0.0, within(1e-9));
    }

    /** Reference venue (SolventVenue._trade): {@code if (raisesExposure && _settled(market)) revert MarketExpired(...)}. */
    @Test
    void anExpiredFutureTakesNoNewExposureButCanBeReduced() {
        Instant after = VenuePresets.REFERENCE_FUTURE_EXPIRY.plusSeconds(1);
        PriceSet expiredPrices = new PriceSet(Map.of("USDC", AssetPrice.fresh(1.0, 0.0, after),
                "ETH", AssetPrice.fresh(2_000, 0.04, after)), after);
        AccountEdits atExpiry = new AccountEdits(expiredPrices, REFERENCE);
        String future = VenuePresets.REFERENCE_FUTURE;
        Account holding = account("a", 10_000, Position.cross("f1", future, 2, 2_000));

        EditResult open = atExpiry.open(account, Position.cross("f2", future, 1, 2_000));
        EditResult enlarge = atExpiry.resize(holding, "f1", 3);
        EditResult flip = atExpiry.resize(holding, "f1", -1);
        EditResult reduce = atExpiry.resize(holding, "f1", 1);
        EditResult openBefore = edits.open(account, Position.cross("f2", future, 1, 2_000));

        String why = future + " expired at 2026-12-25T08:00:00Z; the venue takes no new exposure in it";
        assertThat(open).isEqualTo(new EditResult.Refused("cannot open f2: " + why));
        assertThat(enlarge).isEqualTo(new EditResult.Refused("cannot enlarge f1: " + why));
        assertThat(flip).isEqualTo(new EditResult.Refused("cannot enlarge f1: " + why));
        assertThat(reduce.orElseThrow().position("f1").orElseThrow().size()).isEqualTo(1);
        assertThat(openBefore).isInstanceOf(EditResult.Edited.class);
    }

    @Test
    void priceMovesKeepFreshnessAndRefuseNonsense() {
        PriceSet down = PriceMoves.byPercent(px, "ETH", -25);

        assertThat(down.get("ETH").orElseThrow().mark()).isCloseTo(1_500, within(1e-9));
        assertThat(down.get("BTC").orElseThrow().mark()).isEqualTo(50_000);
        assertThat(PriceMoves.allByPercent(px, List.of("ETH", "BTC"), 10).get("BTC").orElseThrow().mark())
                .isCloseTo(55_000, within(1e-9));
        assertThatThrownBy(() -> PriceMoves.byPercent(px, "ETH", -100)).hasMessageContaining("ETH");
        assertThatThrownBy(() -> PriceMoves.to(px, "ETH", -1)).hasMessageContaining("moved price of ETH");
    }
}
