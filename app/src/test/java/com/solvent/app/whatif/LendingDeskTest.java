package com.solvent.app.whatif;

import com.solvent.app.whatif.LendingScenario.LendingAction;
import com.solvent.app.whatif.LendingScenario.LendingAction.Kind;
import com.solvent.model.lending.DebtPosition;
import com.solvent.model.lending.EModeCategory;
import com.solvent.model.lending.LendingAccount;
import com.solvent.model.lending.Reserve;
import com.solvent.model.lending.SupplyPosition;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The what-if desk on an Aave account. Expected numbers are worked by hand from Aave v3's
 * definitions (GenericLogic.calculateUserAccountData): HF = Σ collateral·LT / debt,
 * borrowing power = Σ collateral·LTV; Aave's own mainnet WETH/USDC parameters (LTV 80 %, LT 82.5 %).
 */
class LendingDeskTest {
    private static final Reserve WETH = new Reserve("WETH", 2000, 0.80, 0.825, 0.05, 0.10, 1);
    private static final Reserve USDC = new Reserve("USDC", 1, 0.75, 0.78, 0.045, 0.10, 2);
    /** 10 WETH (20,000 USD, LT-weighted 16,500, borrowing power 16,000) against 10,000 USDC owed: HF 1.65. */
    private static final LendingAccount ACCOUNT = new LendingAccount("0xabc",
            List.of(new SupplyPosition(WETH, 10, true)), List.of(new DebtPosition(USDC, 10_000)), EModeCategory.NONE);

    @Test
    void liveFiguresAreAavesAccountData() {
        LendingFigures live = LendingDesk.evaluate(ACCOUNT, LendingScenario.LIVE).before();

        assertThat(live.healthFactor().getAsDouble()).isCloseTo(1.65, within(1e-12));
        assertThat(live.marginRatio()).isCloseTo(1 / 1.65, within(1e-12));
        assertThat(live.equity()).isCloseTo(10_000, within(1e-9));
        assertThat(live.availableBorrows()).isCloseTo(6_000, within(1e-9));
        // 10 · p · 0.825 = 10,000
        assertThat(live.liquidationPrices().get("WETH")).isCloseTo(10_000 / 8.25, within(1e-9));
    }

    @Test
    void aBorrowBeyondAvailableBorrowsIsRefusedWithTheModelsReason() {
        var outcome = LendingDesk.evaluate(ACCOUNT, action(Kind.BORROW, "USDC", 6_001));

        assertThat(outcome.after()).isNull();
        assertThat(outcome.refusal()).startsWith("Refused: borrowing 6001.0 USDC")
                .contains("within borrowing power 16000.0");
    }

    @Test
    void aBorrowWithinAvailableBorrowsGoesThrough() {
        var outcome = LendingDesk.evaluate(ACCOUNT, action(Kind.BORROW, "USDC", 6_000));

        assertThat(outcome.refusal()).isEmpty();
        assertThat(outcome.after().availableBorrows()).isCloseTo(0, within(1e-9));
    }

    @Test
    void aRepaymentRaisesTheHealthFactor() {
        var outcome = LendingDesk.evaluate(ACCOUNT, action(Kind.REPAY, "USDC", 2_000));

        // 16,500 / 8,000
        assertThat(outcome.after().healthFactor().getAsDouble()).isCloseTo(2.0625, within(1e-12));
        assertThat(outcome.after().marginRatio()).isLessThan(outcome.before().marginRatio());
    }

    @Test
    void movingTheCollateralToItsLiquidationPriceGivesHealthFactorOne() {
        double liquidation = LendingDesk.evaluate(ACCOUNT, LendingScenario.LIVE).before().liquidationPrices().get("WETH");
        double percent = (liquidation / WETH.price() - 1) * 100;

        var outcome = LendingDesk.evaluate(ACCOUNT, new LendingScenario(Map.of("WETH", percent), LendingAction.NONE, null));

        assertThat(outcome.after().healthFactor().getAsDouble()).isCloseTo(1, within(1e-9));
    }

    @Test
    void aSwitchIntoAnEModeThatExcludesTheDebtIsRefusedInWords() {
        var ethCorrelated = new EModeCategory(1, "ETH correlated", 0.93, 0.95, 0.01);

        var outcome = LendingDesk.evaluate(ACCOUNT, new LendingScenario(Map.of(), LendingAction.NONE, ethCorrelated));

        assertThat(outcome.refusal()).isEqualTo("Refused: debt in USDC is outside e-mode category ETH correlated");
    }

    private static LendingScenario action(Kind kind, String asset, double amount) {
        return new LendingScenario(Map.of(), new LendingAction(kind, asset, amount), null);
    }
}
