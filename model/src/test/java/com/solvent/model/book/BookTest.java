package com.solvent.model.book;

import com.solvent.model.account.Account;
import com.solvent.model.account.CollateralBalance;
import com.solvent.model.account.Position;
import com.solvent.model.policy.CollateralAsset;
import com.solvent.model.policy.MarginPolicy;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.solvent.model.Fixtures.NO_PENALTY;
import static com.solvent.model.Fixtures.account;
import static com.solvent.model.Fixtures.perp;
import static com.solvent.model.Fixtures.prices;
import static com.solvent.model.Fixtures.usdcPolicy;
import static org.assertj.core.api.Assertions.assertThat;

/** The book's layout as its users see it: ids, holders per price, routing. */
class BookTest {
    private static final MarginPolicy WETH_POLICY = MarginPolicy.of("weth", "test fixture",
            List.of(perp("ETH", 25, 0.02), perp("BTC", 40, 0.0125)),
            List.of(CollateralAsset.fullValue("USDC"), new CollateralAsset("WETH", 0.9, 1.1, "ETH")),
            NO_PENALTY, 0.8, "USDC");

    @Test
    void collateralPricedUnderAnotherSymbolMakesItsHolderDependOnThatPrice() {
        Account wethOnly = new Account("weth", List.of(new CollateralBalance("WETH", 2)),
                List.of(Position.cross("p", "BTC-PERP", 0.01, 60_000)));
        Book book = Book.of(List.of(wethOnly, account("usdc", 1_000, Position.cross("p", "BTC-PERP", 0.01, 60_000))),
                WETH_POLICY);
        assertThat(book.holderCount("ETH")).isEqualTo(1);
        assertThat(book.holderCount("BTC")).isEqualTo(2);
        assertThat(book.holderCount("WETH")).as("WETH is not a price symbol").isZero();
        try (BookEvaluator evaluator = new BookEvaluator(book, 1)) {
            evaluator.evaluate(prices("BTC", 60_000, "ETH", 3_000));
            // 2 WETH x 3,000 x 0.9 = 5,400; then ETH to 2,000: 3,600.
            assertThat(evaluator.equity(0)).isEqualTo(5_400);
            assertThat(evaluator.onMarkChange("ETH", 2_000)).isEqualTo(1);
            assertThat(evaluator.equity(0)).isEqualTo(3_600);
        }
    }

    @Test
    void anUnlistedCollateralAssetFailsItsAccountWithTheEnginesReason() {
        Account odd = new Account("odd", List.of(new CollateralBalance("FOO", 10)), List.of());
        Book book = Book.of(List.of(odd, account("fine", 100)), usdcPolicy(perp("ETH", 25, 0.02)));
        assertThat(book.routedCount()).isEqualTo(1);
        try (BookEvaluator evaluator = new BookEvaluator(book, 1)) {
            evaluator.evaluate(prices("ETH", 3_000));
            assertThat(evaluator.failure(book.indexOf("odd"))).hasValueSatisfying(r -> assertThat(r).contains("FOO"));
            assertThat(evaluator.equity(book.indexOf("fine"))).isEqualTo(100);
        }
    }

    @Test
    void anEmptyBookEvaluatesToNothing() {
        Book book = Book.of(List.of(), usdcPolicy(perp("ETH", 25, 0.02)));
        try (BookEvaluator evaluator = new BookEvaluator(book, 2)) {
            evaluator.evaluate(prices("ETH", 3_000));
            assertThat(book.accountCount()).isZero();
            assertThat(evaluator.onMarkChange("ETH", 2_000)).isZero();
            assertThat(evaluator.healthCounts().values()).containsOnly(0);
        }
        assertThat(book.indexOf("nobody")).isEqualTo(-1);
    }
}
