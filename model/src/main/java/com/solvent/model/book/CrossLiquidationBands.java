package com.solvent.model.book;

import com.solvent.model.Checks;
import com.solvent.model.engine.PiecewiseRoot;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Liquidation prices of a book's columnar accounts, solved from per-account terms and binned into
 * price bands (the liquidation map's columnar step; routed accounts are the caller's, through the
 * record engine).
 *
 * <h2>The solve</h2>
 * For a columnar account and one asset U, with every other price held, the cross cushion
 * {@code equity(P) - MM(P)} (USD) as a function of U's price P is
 * <pre>cushion(P) = (E0 - M0) + S x (P - P0) - sum_j [MM_j(|size_j| x P) - MM_j(|size_j| x P0)]</pre>
 * where P0 is the mark, E0 and M0 the account's equity and maintenance requirement at the marks (one
 * columnar pass), {@code S = sum of sizes on U + sum over collateral priced by U of amount x weight}
 * (USD per USD of price), and j runs over the account's positions on U, each
 * {@code MM_j(n) = max(0, n x mmf(tier(n)) - deduction(tier(n)))}. This is
 * {@link com.solvent.model.engine.MarginEngine}'s cross liquidation price problem: the cushion is
 * continuous, piecewise linear (breakpoints {@code floor / |size_j|}) and concave, and the engine
 * reports its root nearest P0 in log distance ({@code NOW} when the account is already at or past
 * maintenance, none when no positive price reaches it). Here the same root is solved in closed form
 * piece by piece, as the engine's curve does, but only for accounts that can have one inside the
 * map's range {@code [lo, hi]}: by concavity, an account whose cushion is positive at both ends of
 * the range has no root inside it, whichever root is nearest. Every position
 * of the account on U shares the root and counts, at its notional {@code |size| x P0} (USD), in the band that holds it.
 *
 * <p>Accounts are split into one range per thread; each thread bins into its own arrays, which are
 * then added up. Stateless; the evaluator must have been evaluated at the map's prices and is only read.
 */
public final class CrossLiquidationBands {
    private CrossLiquidationBands() {
    }

    /**
     * Per mapped asset {@code i}: the bands {@code [lo[i] + b x width[i], ...)} for {@code b < levels} (a
     * root at or above the last band's start, up to {@code hi[i]}, goes to the last band), and the
     * positions already at or past maintenance. Output arrays are added to, not overwritten.
     *
     * @param evaluator  a columnar pass of the book at the map's prices
     * @param assets     the mapped assets (market underlyings), by symbol; one not in the book maps nothing
     * @param positions  per asset and band, the number of positions whose liquidation price lies in it
     * @param longs      per asset and band, their long notional at the mark, USD
     * @param shorts     per asset and band, their short notional at the mark, USD
     * @param nowCount   per asset, positions already liquidatable (liquidation price NOW)
     * @param nowNotional per asset, their notional, USD
     */
    public static void accumulate(BookEvaluator evaluator, List<String> assets, double[] lo, double[] hi, double[] width,
                                  int levels, int threads, int[][] positions, double[][] longs, double[][] shorts,
                                  int[] nowCount, double[] nowNotional) {
        Checks.required(evaluator, "evaluator");
        Book book = evaluator.book();
        int k = assets.size();
        int[] mapOf = new int[book.assets.length];
        java.util.Arrays.fill(mapOf, -1);
        for (int i = 0; i < k; i++) {
            int s = book.assetIndex(assets.get(i));
            if (s >= 0) {
                mapOf[s] = i;
            }
        }
        int n = book.accountCount();
        int parts = Math.max(1, Math.min(threads, n / 4096));
        List<Part> done = new ArrayList<>();
        if (parts == 1) {
            Part p = new Part(book, evaluator, mapOf, k, levels, lo, hi, width);
            p.run(0, n);
            done.add(p);
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(parts, r -> {
                Thread t = new Thread(r, "liquidation-bands");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<Part>> futures = new ArrayList<>();
                for (int t = 0; t < parts; t++) {
                    int from = (int) ((long) n * t / parts);
                    int to = (int) ((long) n * (t + 1) / parts);
                    futures.add(pool.submit(() -> {
                        Part p = new Part(book, evaluator, mapOf, k, levels, lo, hi, width);
                        p.run(from, to);
                        return p;
                    }));
                }
                for (Future<Part> f : futures) {
                    done.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.util.concurrent.CancellationException("interrupted");
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        for (Part p : done) {
            for (int i = 0; i < k; i++) {
                nowCount[i] += p.nowCount[i];
                nowNotional[i] += p.nowNotional[i];
                for (int b = 0; b < levels; b++) {
                    positions[i][b] += p.positions[i][b];
                    longs[i][b] += p.longs[i][b];
                    shorts[i][b] += p.shorts[i][b];
                }
            }
        }
    }

    /** One thread's share: its own bins and scratch. */
    private static final class Part {
        final Book book;
        final BookEvaluator evaluator;
        final int[] mapOf;
        final int levels;
        final double[] lo;
        final double[] hi;
        final double[] width;
        final double[] mark;
        final int[][] positions;
        final double[][] longs;
        final double[][] shorts;
        final int[] nowCount;
        final double[] nowNotional;
        /** Scratch: the distinct mapped assets of one account. */
        final int[] held;
        final double[] slope;
        final double[] changeLo;
        final double[] changeHi;
        double[] points = new double[16];
        double[] deltas = new double[16];

        Part(Book book, BookEvaluator evaluator, int[] mapOf, int k, int levels, double[] lo, double[] hi, double[] width) {
            this.book = book;
            this.evaluator = evaluator;
            this.mapOf = mapOf;
            this.levels = levels;
            this.lo = lo;
            this.hi = hi;
            this.width = width;
            positions = new int[k][levels];
            longs = new double[k][levels];
            shorts = new double[k][levels];
            nowCount = new int[k];
            nowNotional = new double[k];
            mark = new double[k];
            held = new int[k];
            slope = new double[k];
            changeLo = new double[k];
            changeHi = new double[k];
            for (int s = 0; s < mapOf.length; s++) {
                int i = mapOf[s];
                if (i >= 0) {
                    mark[i] = evaluator.markOf(s);
                }
            }
        }

        void run(int from, int to) {
            final int[] start = book.positionStart;
            for (int a = from; a < to; a++) {
                int first = start[a];
                int end = start[a + 1];
                if (first == end || evaluator.healthOrdinal(a) < 0) {
                    continue;
                }
                // per mapped asset held: the slope of equity in its price and each end's change of the
                // requirement of the positions on it, in one pass over the account's positions
                int count = 0;
                for (int p = first; p < end; p++) {
                    int i = mapOf[book.marketUnderlying[book.positionMarket[p]]];
                    if (i < 0) {
                        continue;
                    }
                    int k = indexOf(held, count, i);
                    if (k < 0) {
                        k = count++;
                        held[k] = i;
                        slope[k] = 0.0;
                        changeLo[k] = 0.0;
                        changeHi[k] = 0.0;
                    }
                    int m = book.positionMarket[p];
                    double s = book.positionSize[p];
                    double scale = Math.abs(s);
                    double now = requirement(m, scale * mark[i]);
                    slope[k] += s;
                    changeLo[k] += requirement(m, scale * lo[i]) - now;
                    changeHi[k] += requirement(m, scale * hi[i]) - now;
                }
                if (count == 0) {
                    continue;
                }
                double equity = evaluator.equity(a);
                double mm = evaluator.maintenanceRequirement(a);
                if (equity - mm <= 0 && (mm > 0 || equity < 0)) {
                    for (int p = first; p < end; p++) {
                        int i = mapOf[book.marketUnderlying[book.positionMarket[p]]];
                        if (i >= 0) {
                            nowCount[i]++;
                            nowNotional[i] += Math.abs(book.positionSize[p]) * mark[i];
                        }
                    }
                    continue;
                }
                for (int c = book.collateralStart[a]; c < book.collateralStart[a + 1]; c++) {
                    int kind = book.collateralKind[c];
                    int i = mapOf[book.collateralPriceAsset[kind]];
                    int k = i < 0 ? -1 : indexOf(held, count, i);
                    if (k >= 0) {
                        double amount = book.collateralAmount[c];
                        slope[k] += amount * (amount >= 0 ? book.valueWeight[kind] : book.liabilityWeight[kind]);
                    }
                }
                double f0 = equity - mm;
                for (int k = 0; k < count; k++) {
                    int i = held[k];
                    double atLo = f0 + slope[k] * (lo[i] - mark[i]) - changeLo[k];
                    double atHi = f0 + slope[k] * (hi[i] - mark[i]) - changeHi[k];
                    if (atLo > 0 && atHi > 0) {
                        continue; // concave and positive at both ends of the range: no root inside it
                    }
                    solve(a, i, f0, slope[k]);
                }
            }
        }

        private static int indexOf(int[] values, int count, int v) {
            for (int i = 0; i < count; i++) {
                if (values[i] == v) {
                    return i;
                }
            }
            return -1;
        }

        /** Account {@code a}'s root in mapped asset {@code i}, binned when inside the range; {@code f0} its cushion at the mark. */
        private void solve(int a, int i, double f0, double slope) {
            int first = book.positionStart[a];
            int end = book.positionStart[a + 1];
            double t0 = mark[i];
            double root = nearestRoot(a, i, f0, slope, t0);
            if (!(root > 0.0) || root < lo[i] || root > hi[i]) {
                return;
            }
            int band = Math.min(levels - 1, (int) ((root - lo[i]) / width[i]));
            for (int p = first; p < end; p++) {
                if (mapOf[book.marketUnderlying[book.positionMarket[p]]] == i) {
                    double s = book.positionSize[p];
                    double notional = Math.abs(s) * t0;
                    positions[i][band]++;
                    if (s > 0) {
                        longs[i][band] += notional;
                    } else {
                        shorts[i][band] += notional;
                    }
                }
            }
        }

        private double requirement(int market, double notional) {
            TierTable tiers = book.tiers;
            int slot = tiers.tierOf(market, notional);
            return Math.max(0.0, notional * tiers.maintenanceFraction[slot] - tiers.deduction[slot]);
        }

        /**
         * The engine's walk ({@link PiecewiseRoot}) on this account's curve: its breakpoints sorted, then
         * walked piece by piece down and up from t0 until the cushion changes sign.
         */
        private double nearestRoot(int a, int i, double f0, double slope, double t0) {
            if (!(f0 > 0.0)) {
                return 0.0;
            }
            TierTable tiers = book.tiers;
            double base = slope;
            int count = 0;
            for (int p = book.positionStart[a]; p < book.positionStart[a + 1]; p++) {
                int m = book.positionMarket[p];
                if (mapOf[book.marketUnderlying[m]] != i) {
                    continue;
                }
                double scale = Math.abs(book.positionSize[p]);
                int slot0 = m * tiers.stride;
                base -= scale * tiers.maintenanceFraction[slot0];
                for (int t = 1; t < tiers.stride && tiers.floor[slot0 + t] != Double.POSITIVE_INFINITY; t++) {
                    if (count == points.length) {
                        points = java.util.Arrays.copyOf(points, count * 2);
                        deltas = java.util.Arrays.copyOf(deltas, count * 2);
                    }
                    double point = tiers.floor[slot0 + t] / scale;
                    double delta = -scale * (tiers.maintenanceFraction[slot0 + t] - tiers.maintenanceFraction[slot0 + t - 1]);
                    int at = count++;
                    while (at > 0 && points[at - 1] > point) { // insertion sort, stable: a handful of breakpoints
                        points[at] = points[at - 1];
                        deltas[at] = deltas[at - 1];
                        at--;
                    }
                    points[at] = point;
                    deltas[at] = delta;
                }
            }
            return PiecewiseRoot.nearest(t0, f0, base, points, deltas, count);
        }
    }
}
