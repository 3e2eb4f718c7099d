package com.solvent.model.book;

import com.solvent.model.RandomVenues;
import com.solvent.model.engine.MarginMath;
import com.solvent.model.price.PriceSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-deleveraging candidate index against its definition, computed here position by position:
 * every open position with a positive uPnL in an account that can be evaluated, scored
 * {@code priceFactor x leverage(notional, equity)} with the evaluator's equity for an unchanged account
 * and the current state's for one a liquidation or a reduction changed; a bucket's candidates in
 * slot order (longs by ascending column position, shorts by descending). Indexing only the buckets a
 * sweep reads (by a pass over every account, or through the market index when they are few) must
 * give those buckets exactly (same scores, same order) and leave the others empty.
 */
class LiquidationColumnsCandidatesTest {

    @Property(tries = 150)
    void indexedBucketsHoldExactlyTheEligiblePositions(@ForAll long seed, @ForAll boolean routed,
                                                      @ForAll @IntRange(min = 0, max = 2) int buckets) {
        boolean everyBucket = buckets == 0;
        RandomVenues venue = new RandomVenues(seed, 80, routed);
        Book book = Book.of(venue.accounts, venue.policy);
        PriceSet prices = venue.randomPrices();
        SplittableRandom random = new SplittableRandom(seed);
        try (BookEvaluator evaluator = new BookEvaluator(book, 1)) {
            evaluator.evaluate(prices);
            LiquidationColumns columns = new LiquidationColumns(book);
            columns.setPrices(prices);
            // changed accounts: those at or past maintenance liquidated, and a few others reduced
            LiquidationColumns.Log log = new LiquidationColumns.Log();
            for (int a = 0; a < book.accountCount(); a++) {
                if (!columns.isRouted(a)) {
                    columns.liquidate(a, log);
                }
            }
            for (int a = 0; a < book.accountCount(); a++) {
                if (!columns.isRouted(a) && random.nextInt(5) == 0) {
                    for (int p = columns.firstPosition(a); p < columns.endPosition(a); p++) {
                        if (columns.size(p) != 0.0) {
                            columns.reduce(a, p, Math.abs(columns.size(p)) * random.nextDouble(), columns.marketMark(columns.market(p)));
                            break;
                        }
                    }
                }
            }
            int markets = book.marketIds.length;
            boolean[] read = new boolean[2 * markets];
            // every bucket (the whole-book pass), a random half (also), or one bucket (through the market index)
            int single = random.nextInt(read.length);
            for (int b = 0; b < read.length; b++) {
                read[b] = everyBucket || (buckets == 1 ? random.nextBoolean() : b == single);
            }
            if (everyBucket) {
                columns.indexCandidates(evaluator);
            } else {
                columns.indexCandidates(evaluator, read);
            }
            for (int m = 0; m < markets; m++) {
                for (int side : new int[] {1, -1}) {
                    int bound = columns.candidateCount(m, side);
                    double[] score = new double[bound];
                    int[] position = new int[bound];
                    int count = columns.candidates(m, side, score, position, 0);
                    List<Integer> expected = expected(book, columns, evaluator, m, side);
                    if (!read[2 * m + (side > 0 ? 1 : 0)]) {
                        assertThat(bound).as("unread bucket").isZero();
                        continue;
                    }
                    assertThat(count).isEqualTo(expected.size());
                    for (int i = 0; i < count; i++) {
                        int p = expected.get(i);
                        assertThat(position[i]).isEqualTo(p);
                        assertThat(score[i]).isEqualTo(score(columns, p, equity(columns, evaluator, columns.owner(p))));
                    }
                }
            }
        }
    }

    /** The bucket's candidates in slot order, from the definition. */
    private static List<Integer> expected(Book book, LiquidationColumns columns, BookEvaluator evaluator, int m, int side) {
        List<Integer> out = new ArrayList<>();
        for (int p = 0; p < book.positionCount(); p++) {
            double s = columns.size(p);
            int a = columns.owner(p);
            if (columns.market(p) != m || s == 0.0 || (s > 0 ? 1 : -1) != side || columns.isRouted(a)) {
                continue;
            }
            double upnl = s * (columns.marketMark(m) - columns.entry(p)) + columns.funding(p);
            if (upnl > 0 && !Double.isNaN(equity(columns, evaluator, a))) {
                out.add(p);
            }
        }
        if (side < 0) {
            java.util.Collections.reverse(out);
        }
        return out;
    }

    private static double equity(LiquidationColumns columns, BookEvaluator evaluator, int a) {
        if (!columns.isChanged(a)) {
            return evaluator.healthOrdinal(a) >= 0 ? evaluator.equity(a) : Double.NaN;
        }
        double[] f = new double[3];
        return columns.evaluate(a, f) ? f[0] : Double.NaN;
    }

    private static double score(LiquidationColumns columns, int p, double equity) {
        double s = columns.size(p);
        double mark = columns.marketMark(columns.market(p));
        double entry = columns.entry(p);
        double priceFactor = s > 0 ? mark / entry : entry / mark;
        return priceFactor * MarginMath.leverage(Math.abs(s) * mark, equity);
    }
}
