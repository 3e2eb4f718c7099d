package com.solvent.devnet;

import com.solvent.chain.contracts.ContractRevertException;
import com.solvent.chain.contracts.VenueAccountView;
import com.solvent.chain.contracts.VenueCalls;
import com.solvent.chain.contracts.VenuePositionView;
import com.solvent.chain.devnet.Devnet;
import com.solvent.chain.devnet.DevnetConfig;
import com.solvent.chain.reference.OnChainUnits;
import com.solvent.chain.reference.ReferenceVenueReader;
import com.solvent.model.account.Account;
import com.solvent.model.account.CollateralBalance;
import com.solvent.model.account.MarginMode;
import com.solvent.model.account.Position;
import com.solvent.model.edit.AccountEdits;
import com.solvent.model.edit.EditResult;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.liquidation.LiquidationEngine;
import com.solvent.model.liquidation.LiquidationOutcome;
import com.solvent.model.market.Market;
import com.solvent.model.policy.CollateralAsset;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.policy.VenuePresets;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.GroupRisk;
import com.solvent.model.risk.HealthState;
import com.solvent.model.risk.PositionRisk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Differential parity: the core's {@link MarginEngine} and {@link LiquidationEngine} against the
 * reference contract's own views and liquidations, on random account states made on the devnet.
 *
 * <p>States: the 105 seeded accounts (five stories, 100 random) under twelve random price
 * scenarios, the last two past the dated future's expiry. Between scenarios, random trades, mode
 * switches, deposits and withdrawals are judged by the core's what-if ({@code AccountEdits}) and
 * sent to the contract, which must accept and refuse the same ones and end in the same account;
 * some liquidatable accounts are liquidated and compared with {@code LiquidationEngine}.
 * Numbers must agree to 1e-9 relative (absolute below 1 USD); the liquidatable flag exactly,
 * except in the rounding band where equity and maintenance differ by at most 1e-9 relative — the
 * contract truncates every product to 1e-18 and the core rounds in double precision, so a state
 * within that band may fall on either side.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceParityTest {
    private static final double TOLERANCE = 1e-9;
    private static final int SCENARIOS = 12;
    private Devnet devnet;
    private VenueDriver driver;
    private ReferenceVenueReader reader;
    private MarginPolicy policy;
    private final MarginEngine engine = MarginEngine.withoutExplanations();

    @BeforeAll
    void start() {
        devnet = Devnet.start(DevnetConfig.defaults().withKeepers(false).withFillerAccounts(100));
        driver = new VenueDriver(devnet);
        reader = new ReferenceVenueReader(devnet.rpc().caller(), devnet.venue());
        policy = reader.policy(VenuePresets.reference().warningLevel());
    }

    @AfterAll
    void stop() {
        devnet.close();
    }

    @Test
    void theDeployedVenueEnforcesTheCoresReferencePreset() {
        MarginPolicy preset = VenuePresets.reference();
        assertThat(policy.markets().keySet()).isEqualTo(preset.markets().keySet());
        for (Market market : preset.markets().values()) {
            Market onChain = policy.markets().get(market.id());
            assertThat(onChain.underlying()).isEqualTo(market.underlying());
            assertThat(onChain.instrument()).isEqualTo(market.instrument());
            assertThat(onChain.tiers()).as(market.id()).isEqualTo(market.tiers());
        }
        assertThat(policy.collateral().keySet()).isEqualTo(preset.collateral().keySet());
        for (CollateralAsset asset : preset.collateral().values()) {
            CollateralAsset onChain = policy.collateral().get(asset.symbol());
            assertThat(onChain.valueWeight()).as(asset.symbol()).isEqualTo(asset.valueWeight());
            assertThat(onChain.priceAsset()).as(asset.symbol()).isEqualTo(asset.priceAsset());
        }
        assertThat(policy.liquidation()).isEqualTo(preset.liquidation());
        assertThat(policy.settlementAsset()).isEqualTo(preset.settlementAsset());
    }

    @Test
    void coreAndContractAgreeOnEquityRequirementsMarginRatioAndLiquidatability() {
        SplittableRandom random = new SplittableRandom(20261125);
        List<String> accounts = devnet.venue().accounts();
        Tally tally = new Tally();
        long t0 = System.nanoTime();
        for (int scenario = 0; scenario < SCENARIOS; scenario++) {
            if (scenario == SCENARIOS - 2) {
                // past the dated future's expiry: it is settled, valued without requirement
                long now = devnet.rpc().blockTimestamp();
                devnet.rpc().advanceTime(VenuePresets.REFERENCE_FUTURE_EXPIRY.getEpochSecond() - now + 60);
                devnet.rpc().mine();
            }
            driver.setPrice("ETH", price(3000 * Math.exp(0.08 * random.nextGaussian())));
            driver.setPrice("BTC", price(96000 * Math.exp(0.06 * random.nextGaussian())));
            mutate(accounts, random, tally);

            long block = devnet.rpc().blockNumber();
            Instant blockTime = Instant.ofEpochSecond(devnet.rpc().blockTimestamp());
            PriceSet prices = reader.prices(block, blockTime);
            for (String account : accounts) {
                compare(devnet.venue().accountView(account, block), prices, tally);
            }
            liquidateAndCompare(accounts, prices, tally, 4);
        }
        System.out.printf("parity: %d account states, %d groups, %d positions, %d liquidations compared; "
                        + "%d flags in the rounding band; %d of %d random edits refused by the contract "
                        + "(and by the core's what-if); %d ms%n",
                tally.states, tally.groups, tally.positions, tally.liquidations, tally.inBand, tally.refused,
                tally.edits, (System.nanoTime() - t0) / 1_000_000);

        assertThat(tally.mismatches).as("core vs contract mismatches").isEmpty();
        assertThat(tally.states).isGreaterThanOrEqualTo(1000);
        assertThat(tally.liquidations).as("liquidations compared").isPositive();
        assertThat(tally.refused).as("the contract refused some edits").isPositive();
        assertThat(tally.edits - tally.refused).as("and accepted others").isPositive();
    }

    @Test
    void theContractLetsAnAccountWithdrawExactlyWhatTheCoreCallsWithdrawable() {
        int checked = 0;
        int marginBound = 0; // limits set by initial margin, not by the balance
        for (String account : devnet.venue().accounts()) {
            VenueAccountView view = devnet.venue().accountView(account);
            if (view.positions().isEmpty()) {
                continue;
            }
            PriceSet prices = reader.prices(view.blockNumber(), Instant.ofEpochSecond(devnet.rpc().blockTimestamp()));
            AccountRisk risk = (AccountRisk) engine.evaluate(reader.account(view), prices, policy);
            for (var collateral : risk.collateral()) {
                int asset = policy.settlementAsset().equals(collateral.asset()) ? 0
                        : reader.config().collateral().stream().filter(c -> c.symbol().equals(collateral.asset()))
                        .findFirst().orElseThrow().id();
                int decimals = reader.config().collateral().get(asset).decimals();
                BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
                BigDecimal limit = BigDecimal.valueOf(collateral.maxWithdrawable());
                if (limit.compareTo(unit.multiply(BigDecimal.valueOf(1000))) < 0
                        || collateral.maxWithdrawable() >= collateral.amount() * (1 - 1e-12)) {
                    continue; // too little to test either side of the line, or the whole balance may go
                }
                // one unit (plus the core's rounding) above the line is refused, just below it is paid out
                BigInteger above = limit.multiply(BigDecimal.ONE.add(BigDecimal.valueOf(TOLERANCE))).add(unit)
                        .movePointRight(decimals).setScale(0, java.math.RoundingMode.CEILING).toBigIntegerExact();
                BigInteger below = limit.multiply(BigDecimal.ONE.subtract(BigDecimal.valueOf(TOLERANCE))).subtract(unit)
                        .movePointRight(decimals).setScale(0, java.math.RoundingMode.FLOOR).toBigIntegerExact();
                String who = account + " withdraw " + collateral.asset();
                try {
                    devnet.rpc().caller().call(account, devnet.info().venue(), VenueCalls.withdraw(asset, above),
                            org.web3j.protocol.core.DefaultBlockParameterName.LATEST);
                    throw new AssertionError(who + " " + above + " (above the core's " + limit + ") was allowed");
                } catch (ContractRevertException expected) {
                    assertThat(expected.errorName()).as(who).isEqualTo("BelowInitialMargin");
                    marginBound += expected.errorName().equals("BelowInitialMargin") ? 1 : 0;
                }
                devnet.rpc().transact(account, devnet.info().venue(), VenueCalls.withdraw(asset, below));
                devnet.rpc().transact(devnet.info().deployer(), devnet.info().venue(), VenueCalls.depositFor(account, asset, below));
                checked++;
            }
            if (checked >= 30) {
                break;
            }
        }
        System.out.printf("withdrawal limits set by initial margin: %d checked%n", checked);
        assertThat(checked).as("withdrawal limits checked").isGreaterThanOrEqualTo(10);
        assertThat(marginBound).as("refusals for initial margin").isEqualTo(checked);
    }

    // ------------------------------------------------------------------ state changes

    /**
     * Random edits on random accounts — trades, mode switches, deposits, withdrawals — each first
     * judged by the core's what-if ({@link AccountEdits}) on the account as the chain shows it, then
     * sent: the contract must accept exactly what the core accepts, and leave the account the core
     * predicted.
     */
    private void mutate(List<String> accounts, SplittableRandom random, Tally tally) {
        List<String> markets = devnet.info().markets();
        for (int i = 0; i < 25; i++) {
            String account = accounts.get(random.nextInt(accounts.size()));
            String market = markets.get(random.nextInt(markets.size()));
            int marketId = markets.indexOf(market);
            VenueAccountView view = devnet.venue().accountView(account);
            PriceSet prices = reader.prices(view.blockNumber(), Instant.ofEpochSecond(devnet.rpc().blockTimestamp()));
            Account before = reader.account(view);
            AccountEdits edits = new AccountEdits(prices, policy);
            String from = account;
            String data;
            EditResult expected;
            switch (random.nextInt(5)) {
                case 0, 1 -> {
                    BigDecimal delta = BigDecimal.valueOf((random.nextDouble() * 2 - 1) * (market.startsWith("BTC") ? 2 : 40))
                            .setScale(4, java.math.RoundingMode.DOWN);
                    if (delta.signum() == 0) {
                        continue;
                    }
                    data = VenueCalls.trade(marketId, VenueDriver.wad(delta.toPlainString()));
                    double mark = prices.get(policy.markets().get(market).underlying()).orElseThrow().mark();
                    expected = before.position(market)
                            .map(p -> edits.resize(before, market, p.size() + delta.doubleValue()))
                            .orElseGet(() -> edits.open(before, Position.cross(market, market, delta.doubleValue(), mark)));
                }
                case 2 -> {
                    boolean toIsolated = random.nextBoolean();
                    int margin = 100 + random.nextInt(20_000);
                    data = VenueCalls.switchMarginMode(marketId, toIsolated, VenueDriver.usdc(Integer.toString(margin)));
                    expected = edits.switchMode(before, market, toIsolated ? MarginMode.ISOLATED : MarginMode.CROSS, margin);
                }
                case 3 -> {
                    int amount = 100 + random.nextInt(10_000);
                    from = devnet.info().deployer(); // paid by the deployer on the account's behalf
                    data = VenueCalls.depositFor(account, 0, VenueDriver.usdc(Integer.toString(amount)));
                    expected = edits.topUp(before, policy.settlementAsset(), amount);
                }
                default -> {
                    int amount = 100 + random.nextInt(20_000);
                    data = VenueCalls.withdraw(0, VenueDriver.usdc(Integer.toString(amount)));
                    expected = edits.withdraw(before, policy.settlementAsset(), amount);
                }
            }
            tally.edits++;
            String refusal = null;
            try {
                devnet.rpc().transact(from, devnet.info().venue(), data);
            } catch (ContractRevertException refused) {
                refusal = refused.errorName();
                tally.refused++;
            }
            String who = "edit of " + account + " (" + market + ")";
            boolean coreAccepts = expected instanceof EditResult.Edited;
            if ((refusal == null) != coreAccepts) {
                tally.mismatches.add(who + ": core " + expected + ", contract " + (refusal == null ? "accepted" : refusal));
            } else if (coreAccepts) {
                compareAccounts(tally, who, ((EditResult.Edited) expected).account(),
                        reader.account(devnet.venue().accountView(account)));
            }
        }
    }

    private void liquidateAndCompare(List<String> accounts, PriceSet prices, Tally tally, int max) {
        int done = 0;
        for (String account : devnet.venue().liquidatableAccounts()) {
            if (done++ >= max) {
                break;
            }
            Account before = reader.account(devnet.venue().accountView(account));
            double fundBefore = OnChainUnits.wad(devnet.venue().insuranceFund(), "insuranceFund");
            LiquidationOutcome expected = new LiquidationEngine().liquidate(before, prices, policy, fundBefore);
            BigInteger rewardBefore = driver.usdcTokens(devnet.info().liquidator());
            driver.liquidate(account);
            tally.liquidations++;

            String who = "liquidation of " + account;
            Account after = reader.account(devnet.venue().accountView(account));
            expectClose(tally, who + " fund after", expected.insuranceFundAfter(),
                    OnChainUnits.wadDecimal(devnet.venue().insuranceFund()));
            expectClose(tally, who + " liquidator reward", expected.penaltyToLiquidator(),
                    new BigDecimal(driver.usdcTokens(devnet.info().liquidator()).subtract(rewardBefore)).movePointLeft(6), 1e-6);
            compareAccounts(tally, who, expected.after(), after);
        }
    }

    /** Balances and positions (size, entry, mode, isolated margin) of two accounts, at the tolerance. */
    private static void compareAccounts(Tally tally, String who, Account expected, Account actual) {
        for (CollateralBalance b : union(expected, actual)) {
            expectClose(tally, who + " " + b.asset(), expected.balance(b.asset()), BigDecimal.valueOf(actual.balance(b.asset())));
        }
        List<String> ids = new ArrayList<>();
        expected.positions().forEach(p -> ids.add(p.id()));
        actual.positions().forEach(p -> { if (!ids.contains(p.id())) ids.add(p.id()); });
        for (String id : ids) {
            Position e = expected.position(id).orElse(null);
            Position a = actual.position(id).orElse(null);
            if (e == null || a == null || e.mode() != a.mode()) {
                tally.mismatches.add(who + ": position " + id + " core " + e + " contract " + a);
                continue;
            }
            expectClose(tally, who + " " + id + ".size", e.size(), BigDecimal.valueOf(a.size()));
            expectClose(tally, who + " " + id + ".entryPrice", e.entryPrice(), BigDecimal.valueOf(a.entryPrice()));
            expectClose(tally, who + " " + id + ".isolatedMargin", e.isolatedMargin(), BigDecimal.valueOf(a.isolatedMargin()));
        }
    }

    // ------------------------------------------------------------------ comparisons

    private void compare(VenueAccountView view, PriceSet prices, Tally tally) {
        AccountResult result = engine.evaluate(reader.account(view), prices, policy);
        if (!(result instanceof AccountRisk risk)) {
            tally.mismatches.add(view.account() + ": core could not evaluate: " + result);
            return;
        }
        tally.states++;
        String who = view.account() + "@" + view.blockNumber();
        compareGroup(tally, who + " cross", risk.cross(), view.crossEquity(), view.crossInitialMargin(),
                view.crossMaintenanceMargin(), view.crossLiquidatable());
        for (VenuePositionView p : view.positions()) {
            String id = devnet.info().markets().get(p.marketId());
            PositionRisk core = risk.position(id);
            tally.positions++;
            expectClose(tally, who + " " + id + ".notional", core.notional(), OnChainUnits.wadDecimal(p.notional()));
            expectClose(tally, who + " " + id + ".uPnL", core.unrealizedPnl(), OnChainUnits.wadDecimal(p.unrealizedPnl()));
            expectClose(tally, who + " " + id + ".IM", core.initialRequirement(), OnChainUnits.wadDecimal(p.initialMargin()));
            expectClose(tally, who + " " + id + ".MM", core.maintenanceRequirement(), OnChainUnits.wadDecimal(p.maintenanceMargin()));
            if (p.isolated()) {
                GroupRisk group = risk.groups().stream().filter(g -> g.group().equals(id)).findFirst().orElseThrow();
                compareGroup(tally, who + " isolated " + id, group, p.isolatedEquity(), p.initialMargin(),
                        p.maintenanceMargin(), p.isolatedLiquidatable());
            }
        }
    }

    private void compareGroup(Tally tally, String who, GroupRisk core, BigInteger equityWad, BigInteger imWad,
                              BigInteger mmWad, boolean contractLiquidatable) {
        tally.groups++;
        BigDecimal equity = OnChainUnits.wadDecimal(equityWad);
        BigDecimal mm = OnChainUnits.wadDecimal(mmWad);
        expectClose(tally, who + " equity", core.equity(), equity);
        expectClose(tally, who + " IM", core.initialRequirement(), OnChainUnits.wadDecimal(imWad));
        expectClose(tally, who + " MM", core.maintenanceRequirement(), mm);

        BigDecimal scale = equity.abs().max(mm).max(BigDecimal.ONE);
        boolean inBand = (mm.signum() > 0 && equity.subtract(mm).abs().compareTo(scale.multiply(BigDecimal.valueOf(TOLERANCE))) <= 0)
                || (mm.signum() == 0 && equity.signum() != 0 && equity.abs().compareTo(BigDecimal.valueOf(TOLERANCE)) <= 0);
        if (inBand) {
            tally.inBand++;
            return;
        }
        expectClose(tally, who + " margin ratio", core.marginRatio(), contractMarginRatio(equity, mm));
        boolean coreLiquidatable = core.health() == HealthState.LIQUIDATABLE || core.health() == HealthState.BANKRUPT;
        if (coreLiquidatable != contractLiquidatable) {
            tally.mismatches.add(who + ": core health " + core.health() + ", contract liquidatable " + contractLiquidatable
                    + " (equity " + equity + ", MM " + mm + ")");
        }
    }

    /** MM / equity from the contract's integers, with the core's conventions for the edges (0, cap). */
    private static BigDecimal contractMarginRatio(BigDecimal equity, BigDecimal mm) {
        BigDecimal cap = BigDecimal.valueOf(MarginEngine.MARGIN_RATIO_CAP);
        if (mm.signum() == 0 && equity.signum() >= 0) {
            return BigDecimal.ZERO;
        }
        if (equity.signum() <= 0) {
            return cap;
        }
        return mm.divide(equity, MathContext.DECIMAL128).min(cap);
    }

    private static void expectClose(Tally tally, String what, double core, BigDecimal contract) {
        expectClose(tally, what, core, contract, 0.0);
    }

    /** |core - contract| <= 1e-9 x max(|contract|, 1) (+ an absolute allowance for token rounding). */
    private static void expectClose(Tally tally, String what, double core, BigDecimal contract, double absolute) {
        BigDecimal diff = BigDecimal.valueOf(core).subtract(contract).abs();
        BigDecimal allowed = contract.abs().max(BigDecimal.ONE).multiply(BigDecimal.valueOf(TOLERANCE))
                .add(BigDecimal.valueOf(absolute));
        if (diff.compareTo(allowed) > 0) {
            tally.mismatches.add(what + ": core " + core + ", contract " + contract.stripTrailingZeros().toPlainString());
        }
    }

    private static List<CollateralBalance> union(Account a, Account b) {
        List<CollateralBalance> all = new ArrayList<>(a.collateral());
        for (CollateralBalance x : b.collateral()) {
            if (all.stream().noneMatch(y -> y.asset().equals(x.asset()))) {
                all.add(x);
            }
        }
        return all;
    }

    private static String price(double usd) {
        return BigDecimal.valueOf(usd).setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    private static final class Tally {
        final List<String> mismatches = new ArrayList<>();
        int states;
        int groups;
        int positions;
        int inBand;
        int liquidations;
        int edits;
        int refused;
    }
}
