package com.solvent.app.account;

import com.solvent.app.format.ScreenFormat;
import com.solvent.app.fx.LiveRisk;
import com.solvent.app.fx.MarketState;
import com.solvent.app.fx.PositionSummary;
import com.solvent.app.fx.OfflineBook;
import com.solvent.app.session.LendingHolding;
import com.solvent.app.session.LendingRiskMapping;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.lending.DebtPosition;
import com.solvent.model.lending.EModeCategory;
import com.solvent.model.lending.LendingAccount;
import com.solvent.model.lending.Reserve;
import com.solvent.model.lending.SupplyPosition;
import com.solvent.model.risk.AccountRisk;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The totals line under the positions agrees with the account's headline figures. */
class PositionTotalsTest {
    private static final Instant T0 = Instant.parse("2026-11-25T02:00:00Z");

    @Test
    void aMarginAccountsTotalsAreItsHeadlineRequirements() {
        MarketState book = OfflineBook.at(T0);
        List<AccountRisk> evaluated = new MarginEngine().evaluate(book.accounts(), book.prices(), book.policy())
                .accounts().stream().filter(AccountRisk.class::isInstance).map(AccountRisk.class::cast)
                .filter(r -> !r.positions().isEmpty()).toList();
        assertThat(evaluated).as("precondition").isNotEmpty();

        for (AccountRisk risk : evaluated) {
            PositionTotals totals = PositionTotals.of(risk);
            assertThat(totals.requirementsByPosition()).isTrue();
            // The engine's account-level requirement, computed by its own aggregation.
            assertThat(totals.initialRequirement()).as(risk.accountId() + " IM")
                    .isCloseTo(risk.initialRequirement(), within(1e-6 * Math.max(1, risk.initialRequirement())));
            assertThat(totals.maintenanceRequirement()).as(risk.accountId() + " MM")
                    .isCloseTo(risk.maintenanceRequirement(), within(1e-6 * Math.max(1, risk.maintenanceRequirement())));
            assertThat(totals.text()).contains("IM " + ScreenFormat.plainUsd(risk.initialRequirement()))
                    .contains("MM " + ScreenFormat.plainUsd(risk.maintenanceRequirement()));
        }
    }

    @Test
    void totalsFromTheReportsSummariesAreThoseOfThePositions() {
        MarketState book = OfflineBook.at(T0);
        LiveRisk live = new LiveRisk(book, new MarginEngine().evaluate(book.accounts(), book.prices(), book.policy()), 1);
        List<AccountRisk> evaluated = live.report().accounts().stream().filter(AccountRisk.class::isInstance)
                .map(AccountRisk.class::cast).toList();
        assertThat(evaluated).as("precondition").anyMatch(r -> !r.positions().isEmpty());
        for (AccountRisk risk : evaluated) {
            assertThat(PositionTotals.of(live.positions().of(risk), risk)).as(risk.accountId())
                    .isEqualTo(PositionTotals.of(risk));
        }
        AccountRisk lending = lendingAccount();
        assertThat(PositionTotals.of(PositionSummary.of(lending), lending)).isEqualTo(PositionTotals.of(lending));
    }

    @Test
    void aLendingAccountsRequirementsAreNotShownAsZeroPerReserve() {
        AccountRisk risk = lendingAccount();
        assertThat(risk.maintenanceRequirement()).as("precondition: the headline shows the debt").isEqualTo(8_000);

        PositionTotals totals = PositionTotals.of(risk);

        assertThat(totals.requirementsByPosition()).isFalse();
        assertThat(totals.text()).doesNotContain("IM 0.00").doesNotContain("MM 0.00").contains(PositionTotals.ACCOUNT_LEVEL);
        // 10 WETH x 2,000 and 8,000 USDC owed, as net units x price
        assertThat(totals.notional()).isCloseTo(20_000 + 8_000, within(1e-9));
    }

    private static AccountRisk lendingAccount() {
        Reserve weth = new Reserve("WETH", 2_000, 0.80, 0.825, 0.05, 0.10, 0);
        Reserve usdc = new Reserve("USDC", 1, 0.75, 0.78, 0.045, 0.10, 0);
        LendingAccount account = new LendingAccount("0x00000000000000000000000000000000000000a1",
                List.of(new SupplyPosition(weth, 10, true)), List.of(new DebtPosition(usdc, 8_000)), EModeCategory.NONE);
        return LendingRiskMapping.of(new LendingHolding("aave-v3 (test)", 1, account, List.of()), 0.8, 0.04);
    }
}
