package com.solvent.chain.scan;

import com.solvent.chain.snapshot.ChainSnapshot;
import com.solvent.model.account.Account;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountFailure;
import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.AccountRisk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A whole book at one block, evaluated by {@link MarginEngine} under the venue's policy and ranked by
 * health: the worst health first, then the highest margin ratio, then the nearest liquidation, then
 * the address.
 *
 * @param block     the block read
 * @param blockTime its timestamp (the "now" of freshness and of dated futures)
 * @param ranking   every evaluated account, worst first
 * @param failures  why each other account could not be read or evaluated, by address
 * @param totals    sums over {@code ranking}
 */
public record BookFigures(long block, Instant blockTime, List<AccountFigures> ranking, Map<String, String> failures,
                          BookTotals totals) {
    /** Worst first: health, margin ratio, nearest liquidation, address. */
    public static final Comparator<AccountFigures> WORST_FIRST = Comparator
            .comparing(AccountFigures::health).reversed()
            .thenComparing(Comparator.comparingDouble(AccountFigures::marginRatio).reversed())
            .thenComparingDouble(f -> f.nearestLiquidation().distance())
            .thenComparing(AccountFigures::account);
    private static final MarginEngine ENGINE = MarginEngine.withoutExplanations();

    public BookFigures {
        Objects.requireNonNull(blockTime, "blockTime");
        ranking = List.copyOf(ranking);
        failures = java.util.Collections.unmodifiableMap(new TreeMap<>(failures));
        Objects.requireNonNull(totals, "totals");
    }

    /**
     * Evaluates every account of {@code snapshot} under {@code policy} at the snapshot's prices (the
     * settlement asset, which has no feed, at exactly 1 USD as the venue values it). An account whose
     * last read failed but that has an older value is ranked, flagged uncertain; one with no value is a
     * failure.
     */
    public static BookFigures of(ChainSnapshot snapshot, MarginPolicy policy) {
        PriceSet prices = withSettlementAsset(snapshot, policy);
        List<AccountFigures> ranking = new ArrayList<>(snapshot.accounts().size());
        Map<String, String> failures = new TreeMap<>();
        for (Account account : snapshot.accounts().values()) {
            AccountResult result = ENGINE.evaluate(account, prices, policy);
            switch (result) {
                case AccountRisk risk -> {
                    AccountFigures figures = AccountFigures.of(risk);
                    String issue = snapshot.accountIssues().get(account.id());
                    ranking.add(issue == null ? figures : figures.uncertainBecause("last read failed: " + issue));
                }
                case AccountFailure failure -> failures.put(account.id(), failure.reason());
            }
        }
        snapshot.accountIssues().forEach((address, issue) -> {
            if (!snapshot.accounts().containsKey(address)) {
                failures.put(address, issue);
            }
        });
        ranking.sort(WORST_FIRST);
        return new BookFigures(snapshot.blockNumber(), snapshot.blockTime(), ranking, failures,
                BookTotals.of(ranking, failures.size()));
    }

    /**
     * The snapshot's prices with the settlement asset at 1 USD (fresh at the block's time) when its
     * feed-less price is missing, as the venue's contract values it.
     */
    public static PriceSet withSettlementAsset(ChainSnapshot snapshot, MarginPolicy policy) {
        PriceSet prices = snapshot.prices();
        String settlement = policy.settlementAsset();
        return prices.prices().containsKey(settlement) ? prices
                : prices.with(settlement, AssetPrice.fresh(1.0, 0.0, snapshot.blockTime()));
    }

    /** The figures of {@code address} (any case), if it was evaluated. */
    public java.util.Optional<AccountFigures> account(String address) {
        String key = address.toLowerCase(java.util.Locale.ROOT);
        return ranking.stream().filter(f -> f.account().equals(key)).findFirst();
    }
}
