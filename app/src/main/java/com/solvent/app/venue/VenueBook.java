package com.solvent.app.venue;

import com.solvent.app.controls.AccountStanding;
import com.solvent.model.account.Account;
import com.solvent.model.account.CollateralBalance;
import com.solvent.model.account.Position;
import com.solvent.model.book.Book;
import com.solvent.model.book.BookEvaluator;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.market.Market;
import com.solvent.model.option.OptionPosition;
import com.solvent.model.policy.CollateralAsset;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountFailure;
import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.HealthState;
import com.solvent.model.risk.PositionRisk;
import com.solvent.model.stress.StressBook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One set of venue accounts laid out for evaluation block after block: the columnar {@link Book}
 * and its {@link BookEvaluator} (built once for the set, re-evaluated at every block's prices), and
 * what does not move with prices (each account's margin modes and exposures).
 *
 * <p><b>Which figures come from where.</b> An account the book keeps in its columns holds cross
 * perpetuals only ({@link Book#isRouted}), so it is one cross group: the columns give its equity,
 * requirements, margin ratio and health (the engine's, by the book's differential test), its free
 * collateral is {@code equity - initial requirement} (cross equity minus cross IM, the engine's
 * definition, since the cross pool is the whole account), and its notional {@code sum |size| x mark}.
 * Every other account (an isolated position, a dated future, an option, a market or collateral the
 * policy does not list) is evaluated here by the record-level {@link MarginEngine}, so its figures
 * (free collateral and notional included), or its failure, are the engine's by construction. Such
 * accounts are expected to be few.
 *
 * <p>Single-writer (the risk service's worker): not thread-safe. The {@link StressBook} it hands out
 * is immutable and shared with stress runs.
 */
final class VenueBook implements AutoCloseable {
    private final List<Account> accounts;
    private final MarginPolicy policy;
    private final BookEvaluator evaluator;
    private final StressBook stressBook;
    private final MarginEngine engine = MarginEngine.withoutExplanations();
    private final boolean[] recordLevel;
    private final ModeMix[] modes;
    private final List<List<String>> exposures;
    /** Columnar accounts' positions for the notional: {@code positionStart[a] .. positionStart[a+1]-1}. */
    private final int[] positionStart;
    private final int[] positionAsset;
    private final double[] positionUnits;
    private final String[] priceAssets;
    private final double[] marks;

    private VenueBook(List<Account> accounts, MarginPolicy policy) {
        this.accounts = accounts;
        this.policy = policy;
        Book book = Book.of(accounts, policy);
        this.evaluator = new BookEvaluator(book, 1);
        this.stressBook = VenueAnalytics.stressBook(book, accounts);
        int n = accounts.size();
        recordLevel = new boolean[n];
        modes = new ModeMix[n];
        exposures = new ArrayList<>(n);
        TreeSet<String> symbols = new TreeSet<>();
        policy.markets().values().forEach(m -> symbols.add(m.underlying()));
        priceAssets = symbols.toArray(String[]::new);
        marks = new double[priceAssets.length];
        positionStart = new int[n + 1];
        List<Integer> assetsOfPositions = new ArrayList<>();
        List<Double> units = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            Account account = accounts.get(a);
            recordLevel[a] = book.isRouted(a);
            modes[a] = modeOf(account);
            exposures.add(exposureOf(account));
            if (!recordLevel[a]) {
                for (Position p : account.positions()) {
                    String underlying = policy.markets().get(p.marketId()).underlying();
                    assetsOfPositions.add(java.util.Arrays.binarySearch(priceAssets, underlying));
                    units.add(Math.abs(p.size()));
                }
            }
            positionStart[a + 1] = assetsOfPositions.size();
        }
        positionAsset = assetsOfPositions.stream().mapToInt(Integer::intValue).toArray();
        positionUnits = units.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Lays out {@code accounts} (in this order) under {@code policy}. */
    static VenueBook of(List<Account> accounts, MarginPolicy policy) {
        return new VenueBook(List.copyOf(accounts), policy);
    }

    /** Whether this layout is for exactly these accounts and this policy (then it can be re-evaluated as is). */
    boolean isFor(List<Account> others, MarginPolicy otherPolicy) {
        return policy.equals(otherPolicy) && accounts.equals(others);
    }

    StressBook stressBook() {
        return stressBook;
    }

    /** Every account at {@code prices}, in book order. */
    List<VenueRow> evaluate(PriceSet prices, Map<String, String> labels) {
        evaluator.evaluate(prices);
        for (int s = 0; s < priceAssets.length; s++) {
            marks[s] = prices.get(priceAssets[s]).map(AssetPrice::mark).orElse(Double.NaN);
        }
        List<VenueRow> rows = new ArrayList<>(accounts.size());
        for (int a = 0; a < accounts.size(); a++) {
            rows.add(recordLevel[a] ? recordRow(a, prices, labels) : columnRow(a, labels));
        }
        return rows;
    }

    private VenueRow columnRow(int a, Map<String, String> labels) {
        Account account = accounts.get(a);
        String label = labels.getOrDefault(account.id(), "");
        Optional<HealthState> health = evaluator.health(a);
        if (health.isEmpty()) {
            return VenueRow.failed(account.id(), label, evaluator.failure(a).orElse("not evaluated"), modes[a],
                    exposures.get(a));
        }
        double notional = 0;
        for (int p = positionStart[a]; p < positionStart[a + 1]; p++) {
            notional += positionUnits[p] * marks[positionAsset[p]];
        }
        double equity = evaluator.equity(a);
        return new VenueRow(account.id(), label, health.get(), evaluator.uncertain(a), "", equity,
                evaluator.maintenanceRequirement(a), evaluator.marginRatio(a), equity - evaluator.initialRequirement(a),
                notional, modes[a], exposures.get(a), AccountStanding.isEmpty(account.positions().size(), equity));
    }

    private VenueRow recordRow(int a, PriceSet prices, Map<String, String> labels) {
        Account account = accounts.get(a);
        String label = labels.getOrDefault(account.id(), "");
        AccountResult result = engine.evaluate(account, prices, policy);
        if (result instanceof AccountFailure failure) {
            return VenueRow.failed(account.id(), label, failure.reason(), modes[a], exposures.get(a));
        }
        AccountRisk risk = (AccountRisk) result;
        double notional = 0;
        for (PositionRisk p : risk.positions()) {
            notional += p.notional();
        }
        return new VenueRow(account.id(), label, risk.health(), risk.uncertain(), "", risk.equity(),
                risk.maintenanceRequirement(), risk.marginRatio(), risk.freeCollateral(), notional, modes[a],
                exposures.get(a), AccountStanding.isEmpty(risk));
    }

    private static ModeMix modeOf(Account account) {
        boolean cross = false;
        boolean isolated = false;
        for (Position p : account.positions()) {
            cross |= !p.isIsolated();
            isolated |= p.isIsolated();
        }
        for (OptionPosition o : account.options()) {
            cross |= !o.isIsolated();
            isolated |= o.isIsolated();
        }
        return ModeMix.of(cross, isolated);
    }

    private List<String> exposureOf(Account account) {
        TreeSet<String> assets = new TreeSet<>();
        for (Position p : account.positions()) {
            assets.add(policy.market(p.marketId()).map(Market::underlying).orElse(p.marketId()));
        }
        for (OptionPosition o : account.options()) {
            assets.add(o.contract().underlying());
        }
        for (CollateralBalance c : account.collateral()) {
            assets.add(policy.collateralAsset(c.asset()).map(CollateralAsset::priceAsset).orElse(c.asset()));
        }
        return List.copyOf(assets);
    }

    @Override
    public void close() {
        evaluator.close();
    }
}
