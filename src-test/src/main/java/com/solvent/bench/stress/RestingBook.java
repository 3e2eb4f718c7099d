package com.solvent.bench.stress;

import com.solvent.bench.core.SyntheticBook;
import com.solvent.model.account.Account;
import com.solvent.model.account.Position;
import com.solvent.model.book.Book;
import com.solvent.model.book.BookEvaluator;
import com.solvent.model.market.Market;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.HealthState;
import com.solvent.model.stress.StressBook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The core benchmarks' synthetic venue ({@link SyntheticBook}: 10 tiered perpetual markets, four
 * collateral assets with haircuts, 4 cross positions per account, notionals log-uniform 100 USD to
 * 20 M USD, leverage 1x to 40x) as a book <em>at rest</em>: accounts that are already LIQUIDATABLE or
 * BANKRUPT at the reference prices are left out (a live venue would have liquidated them), so that a
 * scenario's liquidations are the scenario's doing. Generated from the same seeded stream until
 * {@code accounts} accounts are kept; account records stay in memory for the record-level engine.
 */
final class RestingBook {
    static final long SEED = 20261125L;
    static final int POSITIONS = 4;

    final StressBook book;
    final PriceSet prices;
    final int generated;

    private RestingBook(StressBook book, PriceSet prices, int generated) {
        this.book = book;
        this.prices = prices;
        this.generated = generated;
    }

    static RestingBook of(int accounts) {
        MarginPolicy policy = SyntheticBook.policy();
        PriceSet prices = SyntheticBook.prices(1.0);
        SplittableRandom random = new SplittableRandom(SEED);
        List<Account> kept = new ArrayList<>(accounts);
        int generated = 0;
        while (kept.size() < accounts) {
            int batch = Math.max(1024, (int) ((accounts - kept.size()) * 1.15));
            List<Account> candidates = new ArrayList<>(batch);
            for (int i = 0; i < batch; i++) {
                candidates.add(SyntheticBook.account(random, generated++, POSITIONS));
            }
            try (BookEvaluator evaluator = new BookEvaluator(Book.of(candidates, policy), 2)) {
                evaluator.evaluate(prices);
                for (int i = 0; i < candidates.size() && kept.size() < accounts; i++) {
                    HealthState h = evaluator.health(i).orElse(HealthState.BANKRUPT);
                    if (h == HealthState.SAFE || h == HealthState.WARNING) {
                        kept.add(candidates.get(i));
                    }
                }
            }
        }
        List<Account> records = List.copyOf(kept);
        return new RestingBook(StressBook.of(Book.of(records, policy), records::get), prices, generated);
    }

    /** Gross open notional per underlying at the reference prices, USD. */
    Map<String, Double> grossNotional() {
        Map<String, Double> gross = new HashMap<>();
        MarginPolicy policy = book.policy();
        for (int a = 0; a < book.accountCount(); a++) {
            for (Position p : book.account(a).positions()) {
                Market m = policy.market(p.marketId()).orElseThrow();
                gross.merge(m.underlying(), Math.abs(p.size()) * prices.get(m.underlying()).orElseThrow().mark(),
                        Double::sum);
            }
        }
        return gross;
    }
}
