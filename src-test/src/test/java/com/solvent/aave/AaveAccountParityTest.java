package com.solvent.aave;

import com.solvent.chain.aave.AaveAccountData;
import com.solvent.chain.aave.AaveAccountSnapshot;
import com.solvent.chain.aave.AaveDevnetSpec;
import com.solvent.chain.aave.AaveV3Adapter;
import com.solvent.model.lending.EModeCategory;
import com.solvent.model.lending.LendingRisk;
import com.solvent.model.lending.LendingWhatIf;
import com.solvent.model.lending.SupplyPosition;
import com.solvent.model.price.Freshness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The core's lending numbers for accounts read by {@link com.solvent.chain.aave.AaveV3Adapter}
 * equal what Aave's own Pool (npm @aave/core-v3 1.19.3 bytecode, on anvil) reports in
 * {@code getUserAccountData} for the same block, up to Aave's integer rounding, which
 * GenericLogic.calculateUserAccountData (v3.0.2) applies in three places:
 * <ul>
 *   <li>each reserve's value is floored to 1e-8 of the base currency ({@code amount·price / 10^decimals}):
 *       totals differ by less than 1e-8 USD per reserve;</li>
 *   <li>the weighted liquidation threshold and LTV are floored to whole basis points before use:
 *       the Pool's health factor is lower than Σ value·LT / debt by less than {@code 1e-4 · collateral / debt},
 *       and exact when one reserve is collateral (the weighted average is then that reserve's integer threshold);</li>
 *   <li>the health factor's wad division rounds half up: at most 1e-18.</li>
 * </ul>
 * Expected values are the Pool's: an independent implementation of the same definition.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AaveAccountParityTest {
    private static final double BASE_ULP = 1e-8;
    /** The core's weighted averages are doubles: a few ulps below a whole basis point still floors to it. */
    private static final double BPS_ULPS = 1e-9;
    private AaveDevnetFixture fixture;

    @BeforeAll
    void deploy() {
        fixture = new AaveDevnetFixture();
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {AaveDevnetSpec.STEADY, AaveDevnetSpec.MIXED, AaveDevnetSpec.EDGE, AaveDevnetSpec.SHORT_ETH,
            AaveDevnetSpec.LENDER, AaveDevnetSpec.STABLE_EMODE})
    void coreNumbersEqualThePoolsAccountData(String label) {
        AaveAccountSnapshot snapshot = fixture.adapter.read(fixture.aave.account(label));
        assertMatchesPool(snapshot);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2700", "2848.48", "3456.78", "4100"})
    void coreNumbersEqualThePoolsAccountDataAfterAnEthMove(String ethUsd) {
        String snapshotId = fixture.snapshot();
        try {
            fixture.setPrice("WETH", new BigDecimal(ethUsd));
            for (String label : new String[] {AaveDevnetSpec.STEADY, AaveDevnetSpec.MIXED, AaveDevnetSpec.EDGE,
                    AaveDevnetSpec.SHORT_ETH, AaveDevnetSpec.STABLE_EMODE}) {
                AaveAccountSnapshot snapshot = fixture.adapter.read(fixture.aave.account(label));
                assertThat(snapshot.reserve("WETH").price()).isEqualTo(Double.parseDouble(ethUsd));
                assertMatchesPool(snapshot);
            }
        } finally {
            fixture.revert(snapshotId);
        }
    }

    @Test
    void anEModeAccountIsReadWithItsCategoryWhoseThresholdAppliesToMembersOnly() {
        AaveAccountSnapshot snapshot = fixture.adapter.read(fixture.aave.account(AaveDevnetSpec.STABLE_EMODE));
        EModeCategory eMode = snapshot.account().eMode();
        assertThat(eMode.id()).isEqualTo(1);
        assertThat(eMode.label()).isEqualTo("Stablecoins");
        assertThat(eMode.liquidationThreshold()).isEqualTo(0.95);
        // (10,000 · 0.95 + 2 · 3,000 · 0.825) / 9,000 = 1.60556; outside e-mode it would be (8,000 + 4,950) / 9,000
        assertThat(snapshot.reported().healthFactorValue().getAsDouble()).isCloseTo(14_450.0 / 9_000, within(1e-4));
        assertThat(LendingWhatIf.switchEMode(snapshot.account(), EModeCategory.NONE).orElseThrow())
                .satisfies(out -> assertThat(LendingRisk.of(out).healthFactor().getAsDouble())
                        .isCloseTo(12_950.0 / 9_000, within(1e-4)));
    }

    @ParameterizedTest
    @ValueSource(strings = {AaveDevnetSpec.STEADY, AaveDevnetSpec.EDGE})
    void pricesAreFreshWithinTheHeartbeatAndStaleAfterIt(String label) {
        String snapshotId = fixture.snapshot();
        try {
            assertThat(fixture.adapter.read(fixture.aave.account(label)).prices().values())
                    .allSatisfy(p -> assertThat(p.freshness()).isEqualTo(Freshness.FRESH));
            fixture.devnet.rpc().advanceTime(3601); // the adapter's heartbeat is one hour
            fixture.devnet.rpc().mine();
            AaveAccountSnapshot later = fixture.adapter.read(fixture.aave.account(label));
            assertThat(later.prices().values()).allSatisfy(p -> assertThat(p.freshness()).isEqualTo(Freshness.STALE));
            assertThat(later.pricesTrusted()).isFalse();
        } finally {
            fixture.revert(snapshotId);
        }
    }

    @Test
    void anAddressThatIsNoAaveMarketIsRefusedNamingIt() {
        String venue = fixture.devnet.info().venue(); // the devnet's reference perp venue: a contract, not Aave
        String eoa = fixture.aave.account(AaveDevnetSpec.STEADY); // no code at all
        for (String notAave : new String[] {venue, eoa}) {
            assertThatThrownBy(() -> new AaveV3Adapter(fixture.devnet.rpc().caller(), notAave, Duration.ofHours(1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("poolAddressesProvider " + notAave + " is not an Aave v3 PoolAddressesProvider");
        }
    }

    private static void assertMatchesPool(AaveAccountSnapshot snapshot) {
        LendingRisk core = LendingRisk.of(snapshot.account());
        AaveAccountData pool = snapshot.reported();
        int collateralReserves = (int) snapshot.account().supplies().stream()
                .filter(SupplyPosition::countsAsCollateral).count();
        int debtReserves = snapshot.account().debts().size();

        assertThat(core.totalCollateral()).as("total collateral, USD")
                .isCloseTo(pool.totalCollateral(), within(collateralReserves * BASE_ULP + ulps(core.totalCollateral())));
        assertThat(core.totalDebt()).as("total debt, USD")
                .isCloseTo(pool.totalDebt(), within(debtReserves * BASE_ULP + ulps(core.totalDebt())));
        assertThat(core.liquidationThreshold() * 10_000).as("weighted liquidation threshold, bps (the Pool floors it)")
                .isBetween(pool.currentLiquidationThreshold().doubleValue() - BPS_ULPS, pool.currentLiquidationThreshold().doubleValue() + 1);
        assertThat(core.loanToValue() * 10_000).as("weighted LTV, bps (the Pool floors it)")
                .isBetween(pool.ltv().doubleValue() - BPS_ULPS, pool.ltv().doubleValue() + 1);
        assertThat(core.availableBorrows()).as("available borrows, USD")
                .isCloseTo(pool.availableBorrows(), within(1e-4 * core.totalCollateral() + 1e-6));
        assertThat(core.liquidatable()).as("liquidation verdict").isEqualTo(pool.liquidatable());

        if (core.healthFactor().isEmpty()) {
            assertThat(pool.healthFactorValue()).isEmpty();
            return;
        }
        double coreHf = core.healthFactor().getAsDouble();
        double poolHf = pool.healthFactorValue().getAsDouble();
        boolean oneCollateral = snapshot.account().supplies().stream()
                .filter(SupplyPosition::countsAsCollateral).map(SupplyPosition::reserve).distinct().count() == 1;
        double valueRounding = (collateralReserves + debtReserves) * BASE_ULP / core.totalDebt() * Math.max(1, coreHf);
        double thresholdRounding = oneCollateral ? 0 : 1e-4 * core.totalCollateral() / core.totalDebt();
        assertThat(coreHf).as("health factor").isCloseTo(poolHf, within(valueRounding + thresholdRounding + 1e-15 * coreHf));
        assertThat(coreHf).as("the Pool's roundings only lower it").isGreaterThanOrEqualTo(poolHf - valueRounding - 1e-15);
    }

    private static double ulps(double value) {
        return 8 * Math.ulp(value);
    }
}
