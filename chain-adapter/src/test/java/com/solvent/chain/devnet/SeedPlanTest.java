package com.solvent.chain.devnet;

import com.solvent.chain.devnet.SeedPlan.PlannedAccount;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SeedPlanTest {
    private static final ReferenceVenueSpec SPEC = ReferenceVenueSpec.reference();
    private static final Instant BEFORE_EXPIRY = Instant.parse("2026-11-25T00:00:00Z");

    @Test
    void aPlanIsAPureFunctionOfTheSeed() {
        assertThat(SeedPlan.plan(SPEC, 42, 100, BEFORE_EXPIRY)).isEqualTo(SeedPlan.plan(SPEC, 42, 100, BEFORE_EXPIRY));
        assertThat(SeedPlan.plan(SPEC, 42, 100, BEFORE_EXPIRY)).isNotEqualTo(SeedPlan.plan(SPEC, 43, 100, BEFORE_EXPIRY));
    }

    @Test
    void storyAccountsComeFirstAndEveryAddressIsDistinct() {
        List<PlannedAccount> plan = SeedPlan.plan(SPEC, 42, 100, BEFORE_EXPIRY);
        assertThat(plan).hasSize(105);
        assertThat(plan.subList(0, 5)).extracting(p -> p.account().label()).containsExactly(
                SeededAccount.SAFE_CROSS, SeededAccount.NEAR_LIQUIDATION, SeededAccount.ISOLATED_BESIDE_CROSS,
                SeededAccount.WHALE, SeededAccount.DOOMED);
        assertThat(new HashSet<>(plan.stream().map(p -> p.account().address()).toList())).hasSize(105);
    }

    @Test
    void theDoomedDepositPutsItsMarginRatioAt095AfterTheFirstDrop() {
        // 10 ETH long opened at 3100, valued at 3000: MM = 10 x 3000 x 1% = 300, equity = 300 / 0.95,
        // deposit = equity + the 1,000 lost on the drop.
        BigDecimal deposit = SeedPlan.depositForMarginRatio(BigDecimal.TEN, new BigDecimal("3100"),
                new BigDecimal("3000"), new BigDecimal("0.01"), new BigDecimal("0.95"));
        assertThat(deposit).isEqualByComparingTo("1315.789474");
    }

    @Test
    void aSettledFutureTakesNoNewPositions() {
        Instant afterExpiry = Instant.parse("2027-01-01T00:00:00Z");
        assertThat(SeedPlan.plan(SPEC, 42, 100, afterExpiry)).flatExtracting(PlannedAccount::actions)
                .noneMatch(a -> a.market().startsWith("ETH-FUT"));
        assertThat(SeedPlan.plan(SPEC, 42, 100, BEFORE_EXPIRY)).flatExtracting(PlannedAccount::actions)
                .anyMatch(a -> a.market().startsWith("ETH-FUT"));
    }
}
