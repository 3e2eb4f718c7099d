package com.solvent.app.controls;

import com.solvent.app.fx.MarketState;
import com.solvent.app.fx.OfflineBook;
import com.solvent.model.account.Account;
import com.solvent.model.account.CollateralBalance;
import com.solvent.model.account.Position;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.HealthState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An empty account does not read "Safe". */
class AccountStandingTest {
    private static final MarketState BOOK = OfflineBook.at(Instant.parse("2026-11-25T03:00:00Z"));

    @Test
    void anAccountWithNoPositionsAndNoEquityReadsEmptyNotSafe() {
        AccountRisk risk = evaluate(new Account("0x0000000000000000000000000000000000000001", List.of(), List.of()));

        assertThat(risk.health()).as("the engine calls it safe: nothing can be liquidated").isEqualTo(HealthState.SAFE);
        assertThat(AccountStanding.isEmpty(risk)).isTrue();
        assertThat(AccountStanding.word(risk, false)).isEqualTo("Empty");
        assertThat(AccountStanding.word(risk, true)).isEqualTo("Liquidated");
    }

    @Test
    void collateralWithoutPositionsIsNotEmpty() {
        AccountRisk risk = evaluate(new Account("0x0000000000000000000000000000000000000002",
                List.of(new CollateralBalance("USDC", 100)), List.of()));

        assertThat(AccountStanding.word(risk, true)).isEqualTo("Safe");
    }

    @Test
    void anAccountWithPositionsReadsItsHealth() {
        AccountRisk risk = evaluate(new Account("0x0000000000000000000000000000000000000003",
                List.of(new CollateralBalance("USDC", 9_000)), List.of(Position.cross("p", "ETH-PERP", 60, 3_080))));

        assertThat(AccountStanding.isEmpty(risk)).isFalse();
        assertThat(AccountStanding.word(risk, false)).isEqualTo(AccountStanding.word(risk.health(), false));
    }

    private static AccountRisk evaluate(Account account) {
        return (AccountRisk) new MarginEngine().evaluate(List.of(account), BOOK.prices(), BOOK.policy()).accounts()
                .getFirst();
    }
}
