package com.solvent.aave;

import com.solvent.chain.aave.AaveAccountSnapshot;
import com.solvent.chain.aave.AaveCalls;
import com.solvent.chain.aave.AaveDevnetSpec;
import com.solvent.model.lending.EModeCategory;
import com.solvent.model.lending.LendingAccount;
import com.solvent.model.lending.LendingRisk;
import com.solvent.model.lending.LendingWhatIf;
import com.solvent.model.lending.WhatIf;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The core's what-ifs accept and refuse what Aave's real Pool accepts and refuses (each action
 * simulated with eth_call from the account, nothing sent). Boundaries are probed 0.1% either side,
 * far wider than Aave's integer rounding. Error codes from Aave's Errors.sol (v3.0.2):
 * 35 HEALTH_FACTOR_LOWER_THAN_LIQUIDATION_THRESHOLD, 36 COLLATERAL_CANNOT_COVER_NEW_BORROW,
 * 58 INCONSISTENT_EMODE_CATEGORY.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AaveWhatIfParityTest {
    private AaveDevnetFixture fixture;

    @BeforeAll
    void deploy() {
        fixture = new AaveDevnetFixture();
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    @Test
    void borrowingUpToTheAvailableBorrowsIsAcceptedAndBeyondRefusedByBoth() {
        // 10 WETH at 3,000, LTV 80%, 12,000 USDC owed: 12,000 USDC available
        String steady = fixture.aave.account(AaveDevnetSpec.STEADY);
        AaveAccountSnapshot snapshot = fixture.adapter.read(steady);
        double available = LendingRisk.of(snapshot.account()).availableBorrows();
        // at most 12,000 (debt interest only lowers it), up to double rounding of the USD conversion
        assertThat(available).isBetween(11_999.0, 12_000.0 + 1e-6);

        double within = available * 0.999;
        double beyond = available * 1.001;
        assertThat(LendingWhatIf.borrow(snapshot.account(), snapshot.reserve("USDC"), within).isAccepted()).isTrue();
        assertThat(fixture.poolRefusal(steady, AaveCalls.borrow(fixture.aave.asset("USDC"), usdc(within), steady))).isNull();
        assertThat(LendingWhatIf.borrow(snapshot.account(), snapshot.reserve("USDC"), beyond)).isInstanceOf(WhatIf.Refused.class);
        assertThat(fixture.poolRefusal(steady, AaveCalls.borrow(fixture.aave.asset("USDC"), usdc(beyond), steady)))
                .isEqualTo("36");
    }

    @Test
    void withdrawingCollateralDownToHealthFactorOneIsAcceptedAndBeyondRefusedByBoth() {
        // 10 WETH (LT 82.5%) against 23,500 USDC: 23,500 / (3,000 · 0.825) = 9.49495 WETH must stay
        String edge = fixture.aave.account(AaveDevnetSpec.EDGE);
        LendingAccount account = fixture.adapter.read(edge).account();
        double free = account.supply("WETH").orElseThrow().amount() - 23_500 / (3_000 * 0.825);
        assertThat(free).isBetween(0.505, 0.506);

        assertThat(LendingWhatIf.withdraw(account, "WETH", free * 0.999).isAccepted()).isTrue();
        assertThat(fixture.poolRefusal(edge, AaveCalls.withdraw(fixture.aave.asset("WETH"), weth(free * 0.999), edge))).isNull();
        assertThat(LendingWhatIf.withdraw(account, "WETH", free * 1.001)).isInstanceOf(WhatIf.Refused.class);
        assertThat(fixture.poolRefusal(edge, AaveCalls.withdraw(fixture.aave.asset("WETH"), weth(free * 1.001), edge)))
                .isEqualTo("35");
    }

    @Test
    void eModeSwitchesAreAcceptedAndRefusedAlike() {
        AaveAccountSnapshot stable = fixture.adapter.read(fixture.aave.account(AaveDevnetSpec.STABLE_EMODE));
        EModeCategory stablecoins = stable.account().eMode();
        // leaving e-mode: HF (8,000 + 4,950) / 9,000 = 1.44 stays above 1
        assertThat(LendingWhatIf.switchEMode(stable.account(), EModeCategory.NONE).isAccepted()).isTrue();
        assertThat(fixture.poolRefusal(stable.account().id(), AaveCalls.setUserEMode(0))).isNull();

        // WETH debt is outside the Stablecoins category
        String shortEth = fixture.aave.account(AaveDevnetSpec.SHORT_ETH);
        assertThat(LendingWhatIf.switchEMode(fixture.adapter.read(shortEth).account(), stablecoins))
                .isInstanceOf(WhatIf.Refused.class);
        assertThat(fixture.poolRefusal(shortEth, AaveCalls.setUserEMode(stablecoins.id()))).isEqualTo("58");
    }

    private static BigInteger usdc(double amount) {
        return BigDecimal.valueOf(amount).setScale(6, RoundingMode.DOWN).movePointRight(6).toBigIntegerExact();
    }

    private static BigInteger weth(double amount) {
        return BigDecimal.valueOf(amount).setScale(18, RoundingMode.DOWN).movePointRight(18).toBigIntegerExact();
    }
}
