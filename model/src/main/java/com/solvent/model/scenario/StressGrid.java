package com.solvent.model.scenario;

import com.solvent.model.Checks;
import com.solvent.model.option.OptionPosition;
import com.solvent.model.policy.MarginPolicy;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountHeadline;
import com.solvent.model.risk.HealthState;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * PnL and margin ratio of an account or a book over price shocks x vol shocks. A cell is the scenario
 * {@code [MarketMove.uniform(pricePercent), VolShift.all(volPoints)]}, applied through the same
 * {@link Perturbation}s as any what-if; each cell's market is built once for the whole book and every
 * account is evaluated by the engine's lean path ({@code MarginEngine.headline}). A book is split into
 * fixed chunks evaluated in parallel (the common fork-join pool) and merged in order.
 *
 * @param pricePercents  price shocks, percent, in row order
 * @param volPoints      vol shocks, vol points, in column order
 * @param cells          row-major: cell (i, j) at {@code i * volPoints.size() + j}
 */
public record StressGrid(List<Double> pricePercents, List<Double> volPoints, List<StressCell> cells) {
    public StressGrid {
        pricePercents = List.copyOf(pricePercents);
        volPoints = List.copyOf(volPoints);
        cells = List.copyOf(cells);
    }

    /** The cell for price shock {@code i} and vol shock {@code j}. */
    public StressCell cell(int i, int j) {
        return cells.get(i * volPoints.size() + j);
    }

    /**
     * The grid of two books together: PnL and liquidatable counts added, the worse margin ratio kept.
     * Lets a caller split a large book into chunks, run them on its own worker pool and merge.
     */
    public StressGrid plus(StressGrid other) {
        if (!pricePercents.equals(other.pricePercents()) || !volPoints.equals(other.volPoints())) {
            throw new IllegalArgumentException("stress grids with different shocks cannot be merged");
        }
        List<StressCell> merged = new ArrayList<>(cells.size());
        for (int k = 0; k < cells.size(); k++) {
            StressCell a = cells.get(k);
            StressCell b = other.cells().get(k);
            merged.add(new StressCell(a.pricePercent(), a.volPoints(), a.pnl() + b.pnl(),
                    Math.max(a.marginRatio(), b.marginRatio()), a.liquidatable() + b.liquidatable()));
        }
        return new StressGrid(pricePercents, volPoints, merged);
    }

    /** The grid of one portfolio. */
    public static StressGrid of(Portfolio book, MarketState market, VenueRules rules, double[] pricePercents,
                                double[] volPoints, PortfolioEvaluator evaluator) {
        return ofBook(List.of(book), market, rules, pricePercents, volPoints, evaluator);
    }

    /** The grid of a book: PnL summed over accounts, the worst margin ratio, liquidatable accounts counted. */
    public static StressGrid ofBook(List<Portfolio> books, MarketState market, VenueRules rules,
                                    double[] pricePercents, double[] volPoints, PortfolioEvaluator evaluator) {
        Checks.required(books, "stress.books");
        if (books.isEmpty()) {
            throw new IllegalArgumentException("stress.books must hold at least one account");
        }
        if (pricePercents.length == 0 || volPoints.length == 0) {
            throw new IllegalArgumentException("stress grid needs at least one price shock and one vol shock");
        }
        int rows = pricePercents.length;
        int cols = volPoints.length;
        // Markets are shared by every account: shock them once per cell, as one engine price set each.
        List<PriceSet> baseThenCells = new ArrayList<>(1 + rows * cols);
        baseThenCells.add(market.priceSet());
        Inputs probe = new Inputs(unionOfOptions(books), market);
        for (int i = 0; i < rows; i++) {
            MarketState row = shocked(probe, Perturbation.MarketMove.uniform(pricePercents[i]), rules);
            for (int j = 0; j < cols; j++) {
                baseThenCells.add(shocked(new Inputs(probe.book(), row), Perturbation.VolShift.all(volPoints[j]),
                        rules).priceSet());
            }
        }
        MarginPolicy policy = rules.enginePolicy();
        // Fixed chunks (not one per thread) merged in order: the sums do not depend on the scheduling.
        int chunks = Math.min(CHUNKS, books.size());
        List<Partial> partials = IntStream.range(0, chunks).parallel()
                .mapToObj(c -> Partial.of(books.subList(books.size() * c / chunks, books.size() * (c + 1) / chunks),
                        baseThenCells, policy, evaluator))
                .toList();
        Partial total = partials.getFirst();
        for (int c = 1; c < partials.size(); c++) {
            total = total.plus(partials.get(c));
        }
        List<StressCell> cells = new ArrayList<>(rows * cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                int k = i * cols + j;
                cells.add(new StressCell(pricePercents[i], volPoints[j], total.pnl[k], total.worstRatio[k],
                        total.liquidatable[k]));
            }
        }
        return new StressGrid(Arrays.stream(pricePercents).boxed().toList(), Arrays.stream(volPoints).boxed().toList(), cells);
    }

    /** Number of pieces a book is split into; the common fork-join pool runs them (two threads on two cores). */
    private static final int CHUNKS = 8;

    /** The cells of a part of the book, row-major. */
    private record Partial(double[] pnl, double[] worstRatio, int[] liquidatable) {
        static Partial of(List<Portfolio> books, List<PriceSet> baseThenCells, MarginPolicy policy,
                          PortfolioEvaluator evaluator) {
            int cells = baseThenCells.size() - 1;
            double[] pnl = new double[cells];
            double[] worstRatio = new double[cells];
            int[] liquidatable = new int[cells];
            for (Portfolio book : books) {
                List<AccountHeadline> h = evaluator.headlines(book.asAccount(), baseThenCells, policy);
                double equityBefore = h.getFirst().equity();
                for (int k = 0; k < cells; k++) {
                    AccountHeadline r = h.get(k + 1);
                    pnl[k] += r.equity() - equityBefore;
                    worstRatio[k] = Math.max(worstRatio[k], r.marginRatio());
                    if (r.health() == HealthState.LIQUIDATABLE || r.health() == HealthState.BANKRUPT) {
                        liquidatable[k]++;
                    }
                }
            }
            return new Partial(pnl, worstRatio, liquidatable);
        }

        Partial plus(Partial other) {
            double[] p = pnl.clone();
            double[] w = worstRatio.clone();
            int[] l = liquidatable.clone();
            for (int k = 0; k < p.length; k++) {
                p[k] += other.pnl[k];
                w[k] = Math.max(w[k], other.worstRatio[k]);
                l[k] += other.liquidatable[k];
            }
            return new Partial(p, w, l);
        }
    }

    /** A portfolio holding every option of the book, so a market move reaches every option underlying. */
    private static Portfolio unionOfOptions(List<Portfolio> books) {
        Map<String, OptionPosition> byUnderlying = new TreeMap<>();
        for (Portfolio b : books) {
            for (OptionPosition o : b.options()) {
                String u = o.contract().underlying();
                byUnderlying.putIfAbsent(u, new OptionPosition("probe-" + u, o.contract(), 1.0, 0.0));
            }
        }
        return new Portfolio(books.getFirst().account().withPositions(List.of()), List.copyOf(byUnderlying.values()));
    }

    private static MarketState shocked(Inputs in, Perturbation step, VenueRules rules) {
        return switch (step.applyTo(in, rules)) {
            case StepOutcome.Applied a -> a.inputs().market();
            case StepOutcome.Refused r -> throw new IllegalArgumentException("stress shock refused: " + r.reason());
        };
    }
}
