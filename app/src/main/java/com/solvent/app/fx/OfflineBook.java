package com.solvent.app.fx;

import com.solvent.app.watchlist.AccountAddress;
import com.solvent.app.watchlist.WatchedAccount;
import com.solvent.model.account.Account;
import com.solvent.model.account.CollateralBalance;
import com.solvent.model.account.Position;
import com.solvent.model.market.MaintenanceTier;
import com.solvent.model.market.Market;
import com.solvent.model.market.Perpetual;
import com.solvent.model.policy.CollateralAsset;
import com.solvent.model.policy.LiquidationRules;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.Freshness;
import com.solvent.model.price.PriceSet;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A fixed book of accounts at the devnet's well-known addresses, kept as a test fixture for the
 * views (the workstation's offline mode opens the bundled demo portfolio instead, see
 * {@link com.solvent.app.session.OfflineSession}): a few
 * accounts at the devnet's well-known addresses, priced by hand and evaluated by the real engine.
 * Its figures are the engine's output on these inputs; the status bar says they are not live.
 *
 * <p>Market parameters follow Hyperliquid's published tables (maintenance rate = half the
 * initial rate at max leverage, https://hyperliquid.gitbook.io/hyperliquid-docs/trading/margin-tiers):
 * BTC 40x, ETH 25x, SOL 20x; collateral weights are illustrative haircuts.
 */
public final class OfflineBook {
    /** Anvil's first five default accounts: the devnet seeds the same addresses. */
    public static final String DESK_A = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    public static final String BASIS_FUND = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    public static final String HEDGED_SHORT = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
    public static final String SOL_LONG = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";

    private OfflineBook() {
    }

    /** The book's accounts with their labels, for a first start. */
    public static List<WatchedAccount> labelled() {
        return List.of(
                new WatchedAccount(AccountAddress.parse(DESK_A), "Desk A"),
                new WatchedAccount(AccountAddress.parse(BASIS_FUND), "Basis fund"),
                new WatchedAccount(AccountAddress.parse(HEDGED_SHORT), "Hedged short"),
                new WatchedAccount(AccountAddress.parse(SOL_LONG), "SOL long"));
    }

    /** The policy of the offline book. */
    public static MarginPolicy policy() {
        return MarginPolicy.of("offline reference", "https://hyperliquid.gitbook.io/hyperliquid-docs/trading/margin-tiers",
                List.of(
                        new Market("BTC-PERP", "BTC", new Perpetual(), List.of(
                                new MaintenanceTier(0, 40, 0.0125), new MaintenanceTier(150_000_000, 20, 0.025))),
                        new Market("ETH-PERP", "ETH", new Perpetual(), List.of(
                                new MaintenanceTier(0, 25, 0.02), new MaintenanceTier(100_000_000, 15, 0.0333))),
                        Market.flat("SOL-PERP", "SOL", new Perpetual(), 20, 0.025)),
                List.of(CollateralAsset.fullValue("USDC"), new CollateralAsset("ETH", 0.9, 1.1),
                        new CollateralAsset("BTC", 0.9, 1.1)),
                new LiquidationRules(0.01, 0.5, false, 0.0, 1.0), 0.8, "USDC");
    }

    /** The book's accounts and prices as of {@code now}; the SOL feed is deliberately stale. */
    public static MarketState at(Instant now) {
        PriceSet prices = new PriceSet(Map.of(
                "USDC", AssetPrice.fresh(1.0, 0.0005, now.minusSeconds(30)),
                "ETH", AssetPrice.fresh(3_000.0, 0.035, now.minusSeconds(4)),
                "BTC", AssetPrice.fresh(60_000.0, 0.028, now.minusSeconds(6)),
                "SOL", new AssetPrice(150.0, 150.0, 0.05, now.minus(Duration.ofMinutes(20)), Freshness.STALE)),
                now);
        List<Account> accounts = List.of(
                new Account(DESK_A, List.of(new CollateralBalance("USDC", 50_000)), List.of(
                        Position.cross("a-eth", "ETH-PERP", 40, 2_900),
                        Position.cross("a-btc", "BTC-PERP", -1.5, 61_000))),
                new Account(BASIS_FUND, List.of(new CollateralBalance("USDC", 9_000)), List.of(
                        Position.cross("b-eth", "ETH-PERP", 60, 3_080))),
                new Account(HEDGED_SHORT, List.of(new CollateralBalance("USDC", 20_000), new CollateralBalance("ETH", 2)),
                        List.of(Position.isolated("c-btc", "BTC-PERP", -2, 59_200, 3_000),
                                Position.cross("c-eth", "ETH-PERP", -10, 3_010))),
                new Account(SOL_LONG, List.of(new CollateralBalance("USDC", 5_000)), List.of(
                        Position.cross("d-sol", "SOL-PERP", 500, 140))));
        return new MarketState(accounts, prices, policy(), ChainStatus.offline("offline book (no chain)", now));
    }
}
