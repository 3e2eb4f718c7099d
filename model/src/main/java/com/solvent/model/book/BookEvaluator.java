package com.solvent.model.book;

import com.solvent.model.Checks;
import com.solvent.model.engine.MarginEngine;
import com.solvent.model.engine.MarginMath;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.AccountFailure;
import com.solvent.model.risk.AccountResult;
import com.solvent.model.risk.AccountRisk;
import com.solvent.model.risk.HealthState;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Evaluates every account of a {@link Book} at once, with the {@link MarginEngine}'s definitions
 * (see its Javadoc). A columnar account holds cross perpetuals only, so its account figures are its
 * cross group's, all in USD:
 * <ul>
 *   <li>equity = sum of {@code amount x mark x weight} (value weight for a positive balance,
 *       liability weight for a negative one) + sum of {@code size x (mark - entry)} + accrued funding;</li>
 *   <li>per position {@code notional = |size| x mark}, tier = last tier whose floor {@code <= notional},
 *       {@code MM = max(0, notional x mmf(tier) - deduction(tier))}, {@code IM = notional x (1 / maxLeverage(tier))};
 *       the account's IM and MM are the sums;</li>
 *   <li>margin ratio and health: {@link MarginMath#marginRatio} and {@link MarginMath#health}, the
 *       engine's own rules (health decided by signs of differences, see {@link #healthOrdinal}).</li>
 * </ul>
 * Routed accounts (see {@link Book}) are evaluated by the record engine itself. A differential
 * test holds the two implementations to the same numbers (equal up to rounding: accrued funding is
 * added once per account instead of once per position, and the terms are summed positions first,
 * then balances). A price tick and a full pass at the same prices give the same bits.
 *
 * <p><b>State.</b> The evaluator owns the result columns (and each position's current tier slot) and
 * reuses them on every pass: a pass allocates nothing per account. It is a single-writer object: call {@link #evaluate} and
 * {@link #onPriceChange} from one thread at a time and read results only between passes (copy
 * what must be published to other threads). Passes run on a private pool of {@code threads}
 * workers (none for one thread); {@link #close()} stops them.
 */
public final class BookEvaluator implements AutoCloseable {
    /** Accounts per task: large enough to amortise the fork, small enough to balance two busy cores. */
    private static final int CHUNK = 8_192;
    private static final byte FAILED = -1;
    private static final HealthState[] STATES = HealthState.values();
    private static final int FIGURES = 3;
    private static final int EQUITY = 0;
    private static final int INITIAL = 1;
    private static final int MAINTENANCE = 2;

    private final Book book;
    private final MarginEngine engine = MarginEngine.withoutExplanations();
    private final ForkJoinPool pool;
    private final int threads;
    private final double warningLevel;

    private final double[] marks;
    private final boolean[] trusted;
    /** Per market, its underlying's trust (for the uncertainty flag when some price is not FRESH). */
    private final boolean[] marketTrusted;
    /** Number of price symbols whose price is not trusted; 0 lets a pass skip the per-account trust check. */
    private int untrusted;
    private PriceSet prices;

    /**
     * The tier table as rows of {@link TierTable#ROW} doubles, with each slot's market mark
     * refreshed on every price change, so that a position needs one index for its mark and its
     * tier's figures.
     */
    private final double[] rows;
    private final int stride;
    /**
     * False when no tier's {@code notional x mmf - deduction} can round below zero in its tier
     * ({@link TierTable#maintenanceNeverNegative}): the position sweep then adds it without
     * {@code max(0, .)}, the same bits for six instructions less per position. It relies on each
     * slot being the tier the notional reaches at the current (positive) mark, which
     * {@link #retier} keeps; a tick keeps the clamp.
     */
    private final boolean clampMaintenance;
    /**
     * Per position, the tier slot ({@code market x stride + tier}) of its notional at the current
     * mark: the slot replaces the market index in the pass (the row holds the mark). Kept right by
     * {@link #retier} whenever a market's mark moves, so the sweeps need no tier check.
     */
    private final int[] tierSlot;
    /**
     * Each market's positions ({@code book.marketPositionsStart} ranges) in ascending {@code |size|}:
     * the notional {@code |size| x mark} is a non-decreasing function of {@code |size|} at one mark, so
     * the positions that reach a tier's floor form a suffix of the market's range.
     */
    private final int[] bySize;
    /**
     * Per slot {@code market x stride + t}, {@code t >= 1}: the first index in {@link #bySize} of
     * the market's positions that reach tier {@code t}'s floor at the mark the slots were found at
     * (the market's range end when none does; slot {@code t = 0} is unused).
     */
    private final int[] reached;
    /**
     * Per collateral asset and sign ({@code 2 x asset + 1} for a balance below +0, -0.0 included),
     * then a row for "no balance" and one for "more than two balances": the mark of the symbol
     * pricing the asset and the value or liability weight, side by side ({@code 2 x row},
     * {@code 2 x row + 1}). "No balance" is (0, 0), so that an absent balance adds exactly nothing
     * (see {@link #balanceRow}); "more than two" is (NaN, NaN), so that such an account's equity
     * comes out NaN and takes the rare path that reads every balance.
     */
    private final double[] collateralRows;
    /**
     * An account's first two collateral balances in fixed places ({@code 2 x account} and
     * {@code 2 x account + 1}): their amount, and their row in {@link #collateralRows} (an unsigned
     * 16-bit index; the "no balance" row where the account holds fewer, the "more than two" row
     * in the second place where it holds more). Most accounts hold one or
     * two balances in random order: a loop per account mispredicted its exit about every other
     * account, and a flat sweep adding each balance to its account's equity cell cost a fifth of
     * a pass; in fixed places the account sweep adds both without a branch. An absent balance
     * adds {@code 0 x 0 x 0 = +0}, which leaves any sum exactly as it was: the sums start at +0 and
     * a sum of doubles is -0 only when both terms are.
     */
    private final double[] balanceAmount;
    private final char[] balanceRow;

    /**
     * Per account, equity, initial and maintenance requirement side by side ({@link #FIGURES}
     * doubles from {@code FIGURES x account}): one output stream instead of three (measured: 3% of
     * a pass).
     */
    private final double[] figures;
    private final byte[] health;
    private final boolean[] uncertain;
    private final AccountResult[] routedResults;

    /** An evaluator of {@code book} running passes on {@code threads} threads (1 = the caller's). */
    public BookEvaluator(Book book, int threads) {
        this.book = Checks.required(book, "book");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
        this.pool = threads == 1 ? null : new ForkJoinPool(threads);
        this.warningLevel = book.policy.warningLevel();
        int n = book.accountCount();
        marks = new double[book.assets.length];
        trusted = new boolean[book.assets.length];
        marketTrusted = new boolean[book.marketIds.length];
        rows = book.tiers.rows();
        stride = book.tiers.stride;
        clampMaintenance = !book.tiers.maintenanceNeverNegative;
        tierSlot = new int[book.positionCount()];
        for (int p = 0; p < tierSlot.length; p++) {
            tierSlot[p] = book.positionMarket[p] * stride;
        }
        // Every slot starts at tier 0, as if no position reached a higher floor.
        bySize = sizeOrder(book);
        reached = new int[book.marketIds.length * stride];
        for (int m = 0; m < book.marketIds.length; m++) {
            Arrays.fill(reached, m * stride, (m + 1) * stride, book.marketPositionsStart[m + 1]);
        }
        int kinds = book.collateralSymbols.length;
        int noBalance = 2 * kinds;
        int moreThanTwo = 2 * kinds + 1;
        collateralRows = new double[2 * (moreThanTwo + 1)];
        for (int k = 0; k < kinds; k++) {
            collateralRows[2 * (2 * k) + 1] = book.valueWeight[k];
            collateralRows[2 * (2 * k + 1) + 1] = book.liabilityWeight[k];
        }
        collateralRows[2 * moreThanTwo] = Double.NaN;
        collateralRows[2 * moreThanTwo + 1] = Double.NaN;
        balanceAmount = new double[2 * n];
        balanceRow = new char[2 * n];
        for (int a = 0; a < n; a++) {
            for (int j = 0; j < 2; j++) {
                int c = book.collateralStart[a] + j;
                boolean held = c < book.collateralStart[a + 1];
                balanceAmount[2 * a + j] = held ? book.collateralAmount[c] : 0.0;
                balanceRow[2 * a + j] = (char) (held ? balanceRow(book.collateralKind[c], book.collateralAmount[c]) : noBalance);
            }
            if (book.collateralStart[a + 1] - book.collateralStart[a] > 2) {
                balanceRow[2 * a + 1] = (char) moreThanTwo;
            }
        }
        figures = new double[FIGURES * n];
        health = new byte[n];
        uncertain = new boolean[n];
        routedResults = new AccountResult[book.routedIndex.length];
    }

    public Book book() {
        return book;
    }

    public int threads() {
        return threads;
    }

    /**
     * Bytes a full pass reads: per account its position start (4) and accrued funding (8), its
     * two balances in fixed places (2 x (8 + 2)); per position its size, entry price (8 each) and
     * tier slot (4); for an account of more than two balances, also its collateral starts (2 x 4)
     * and every balance from the book (asset 2, amount 8). The benchmarks' memory-bandwidth floor
     * reads as many.
     */
    public long passInputBytes() {
        long n = book.accountCount();
        long p = book.positionCount();
        long crowded = 0;
        for (int a = 0; a < n; a++) {
            int balances = book.collateralStart[a + 1] - book.collateralStart[a];
            crowded += balances > 2 ? 2 * 4 + balances * (2 + 8) : 0;
        }
        return 4 * (n + 1) + 8 * n + n * 2 * (8 + 2) + p * (8 + 8 + 4) + crowded;
    }

    /** Bytes a full pass writes: equity, IM and MM (8 each), health and uncertainty (1 each) per account. */
    public long passOutputBytes() {
        return (long) health.length * (FIGURES * 8 + 2);
    }

    /** Re-evaluates every account at {@code prices}. */
    public void evaluate(PriceSet prices) {
        this.prices = Checks.required(prices, "prices");
        for (int s = 0; s < marks.length; s++) {
            Optional<AssetPrice> price = prices.get(book.assets[s]);
            marks[s] = price.map(AssetPrice::mark).orElse(Double.NaN);
            trusted[s] = price.map(p -> p.freshness().isTrusted()).orElse(false);
        }
        refreshMarketMarks();
        run(new RangeTask(0, book.accountCount()));
        for (int r = 0; r < book.routedIndex.length; r++) {
            evaluateRouted(r);
        }
    }

    /**
     * Moves {@code asset}'s price and re-evaluates only the accounts that depend on it (a position
     * on a market of it, or a balance priced by it); returns how many that was. Requires a previous {@link #evaluate}.
     */
    public int onPriceChange(String asset, AssetPrice price) {
        Checks.required(price, "price");
        if (prices == null) {
            throw new IllegalStateException("evaluate(prices) must run before onPriceChange");
        }
        int s = book.assetIndex(asset);
        prices = prices.with(asset, price);
        if (s < 0) {
            return 0;
        }
        marks[s] = price.mark();
        trusted[s] = price.freshness().isTrusted();
        refreshMarketMarks();
        int from = book.holdersStart[s];
        int to = book.holdersStart[s + 1];
        run(new HoldersTask(from, to));
        for (int r = 0; r < book.routedIndex.length; r++) {
            if (Arrays.binarySearch(book.holders, from, to, book.routedIndex[r]) >= 0) {
                evaluateRouted(r);
            }
        }
        return to - from;
    }

    /** {@link #onPriceChange(String, AssetPrice)} keeping the asset's volatility, time and freshness. */
    public int onMarkChange(String asset, double mark) {
        AssetPrice current = prices == null ? null : prices.get(asset).orElse(null);
        if (current == null) {
            throw new IllegalArgumentException("no price for " + asset + " to move");
        }
        return onPriceChange(asset, current.withPrice(mark));
    }

    private void refreshMarketMarks() {
        for (int m = 0; m < marketTrusted.length; m++) {
            double mark = marks[book.marketUnderlying[m]];
            if (Double.doubleToRawLongBits(mark) != Double.doubleToRawLongBits(rows[m * stride * TierTable.ROW + TierTable.ROW_MARK])) {
                retier(m, mark);
            }
            for (int t = 0; t < stride; t++) {
                rows[(m * stride + t) * TierTable.ROW + TierTable.ROW_MARK] = mark;
            }
            marketTrusted[m] = trusted[book.marketUnderlying[m]];
        }
        for (int k = 0; k < book.collateralSymbols.length; k++) {
            double mark = marks[book.collateralPriceAsset[k]];
            collateralRows[2 * (2 * k)] = mark;
            collateralRows[2 * (2 * k + 1)] = mark;
        }
        int count = 0;
        for (boolean t : trusted) {
            count += t ? 0 : 1;
        }
        untrusted = count;
    }

    /** Account equity, USD, signed. */
    public double equity(int account) {
        return figures[FIGURES * account + EQUITY];
    }

    /** Account initial requirement, USD, {@code >= 0}. */
    public double initialRequirement(int account) {
        return figures[FIGURES * account + INITIAL];
    }

    /** Account maintenance requirement, USD, {@code >= 0}. */
    public double maintenanceRequirement(int account) {
        return figures[FIGURES * account + MAINTENANCE];
    }

    /** Maintenance / equity, in {@code [0, MARGIN_RATIO_CAP]}; liquidatable at {@code >= 1}. */
    public double marginRatio(int account) {
        // Derived on read, not stored: a pass writes a quarter fewer bytes, and the value is the
        // engine's by construction (AccountRisk.marginRatio is this same function of the same two).
        return MarginMath.marginRatio(figures[FIGURES * account + EQUITY], figures[FIGURES * account + MAINTENANCE]);
    }

    /** Health of the account, or empty when it could not be evaluated (see {@link #failure}). */
    public Optional<HealthState> health(int account) {
        byte h = health[account];
        return h == FAILED ? Optional.empty() : Optional.of(STATES[h]);
    }

    /** Mark of price symbol {@code asset} (book index) at the last pass, NaN when unpriced. */
    double markOf(int asset) {
        return marks[asset];
    }

    /** Health ordinal of the account after the last pass, -1 when it could not be evaluated (no Optional, for sweeps). */
    int healthOrdinal(int account) {
        return health[account];
    }

    /** True when a price the account depends on is not FRESH: its figures are then not to be trusted as safe. */
    public boolean uncertain(int account) {
        return uncertain[account];
    }

    /** Why the account could not be evaluated (unknown market or asset, missing price), or empty. */
    public Optional<String> failure(int account) {
        if (health[account] != FAILED) {
            return Optional.empty();
        }
        int r = Arrays.binarySearch(book.routedIndex, account);
        if (r >= 0 && routedResults[r] instanceof AccountFailure failure) {
            return Optional.of(failure.reason());
        }
        for (int c = book.collateralStart[account]; c < book.collateralStart[account + 1]; c++) {
            int s = book.collateralPriceAsset[book.collateralKind[c]];
            if (Double.isNaN(marks[s])) {
                return Optional.of("collateral " + book.collateralSymbols[book.collateralKind[c]] + ": no price for " + book.assets[s]);
            }
        }
        for (int p = book.positionStart[account]; p < book.positionStart[account + 1]; p++) {
            int s = book.marketUnderlying[book.positionMarket[p]];
            if (Double.isNaN(marks[s])) {
                return Optional.of("market " + book.marketIds[book.positionMarket[p]] + ": no price for " + book.assets[s]);
            }
        }
        return Optional.of("not evaluated");
    }

    /** Number of accounts in each health state after the last pass (failed accounts not counted). */
    public Map<HealthState, Integer> healthCounts() {
        int[] counts = new int[STATES.length];
        for (byte h : health) {
            if (h != FAILED) {
                counts[h]++;
            }
        }
        Map<HealthState, Integer> result = new EnumMap<>(HealthState.class);
        for (HealthState state : STATES) {
            result.put(state, counts[state.ordinal()]);
        }
        return result;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }

    private void run(RecursiveAction task) {
        if (pool == null) {
            task.invoke();
        } else {
            pool.invoke(task);
        }
    }

    /**
     * The columnar kernel for accounts {@code from .. to-1} (a full pass); mirrors MarginEngine's
     * cross-group arithmetic. Two sweeps: one flat loop over every position of the range (which
     * the JIT compiles without the set-up a nested loop of 1 to 6 iterations per account costs)
     * storing each account's sums, then one over the accounts ({@link #finish}: collateral,
     * funding, health). Finishing each account inside the position sweep was 8-10% slower (A/B:
     * the fused loop spills registers). Per position:
     * {@code size x (mark - entry)}, {@code notional = |size| x mark}, {@code IM = notional x
     * initialFraction(tier)}, {@code MM = max(0, notional x mmf(tier) - deduction(tier))}, in the
     * engine's operation order.
     */
    private void evaluateRange(int from, int to) {
        if (from >= to) {
            return;
        }
        final int[] start = book.positionStart;
        final double[] size = book.positionSize;
        final double[] entry = book.positionEntry;
        final double[] rows = this.rows;
        final int[] slots = this.tierSlot;
        final double[] figures = this.figures;
        final boolean clamp = clampMaintenance;
        int a = from;
        int next = start[from + 1];
        double pnl = 0.0;
        double im = 0.0;
        double mm = 0.0;
        for (int p = start[from], last = start[to]; p < last; p++) {
            if (p == next) { // account a is complete: store its sums, move on
                putSums(figures, a, pnl, im, mm);
                pnl = 0.0;
                im = 0.0;
                mm = 0.0;
                a++;
                next = start[a + 1];
                if (p == next) { // accounts without positions, rare: out of line, so the sweep has no inner loop
                    a = skipAccountsWithoutPositions(a, p);
                    next = start[a + 1];
                }
            }
            int r = slots[p] * TierTable.ROW;
            double mark = rows[r + TierTable.ROW_MARK];
            double s = size[p];
            double notional = Math.abs(s) * mark;
            pnl += s * (mark - entry[p]);
            im += notional * rows[r + TierTable.ROW_INITIAL];
            double excess = notional * rows[r + TierTable.ROW_MAINTENANCE] - rows[r + TierTable.ROW_DEDUCTION];
            mm += clamp ? Math.max(0.0, excess) : excess;
        }
        putSums(figures, a, pnl, im, mm); // the last account with positions (a < to: from < to)
        for (a++; a < to; a++) { // then any without
            putSums(figures, a, 0.0, 0.0, 0.0);
        }
        for (a = from; a < to; a++) { // the account sweep
            finish(a);
        }
    }

    /** Account {@code a}'s sums of uPnL, IM and MM into its figures, where {@link #finish} takes them up. */
    private static void putSums(double[] figures, int a, double pnl, double im, double mm) {
        figures[FIGURES * a + EQUITY] = pnl;
        figures[FIGURES * a + INITIAL] = im;
        figures[FIGURES * a + MAINTENANCE] = mm;
    }

    /**
     * One account, for a price tick: the same operations in the same order as {@link #evaluateRange},
     * so that a tick leaves exactly the bits a full pass at the same prices would
     * ({@code BookEvaluatorDifferentialTest} checks it).
     */
    private void evaluateAccount(int a) {
        final double[] rows = this.rows;
        double pnl = 0.0;
        double im = 0.0;
        double mm = 0.0;
        for (int p = book.positionStart[a], end = book.positionStart[a + 1]; p < end; p++) {
            int r = tierSlot[p] * TierTable.ROW;
            double mark = rows[r + TierTable.ROW_MARK];
            double s = book.positionSize[p];
            double notional = Math.abs(s) * mark;
            pnl += s * (mark - book.positionEntry[p]);
            im += notional * rows[r + TierTable.ROW_INITIAL];
            mm += Math.max(0.0, notional * rows[r + TierTable.ROW_MAINTENANCE] - rows[r + TierTable.ROW_DEDUCTION]);
        }
        putSums(figures, a, pnl, im, mm);
        finish(a);
    }

    /**
     * Finishes accounts {@code a, a+1, ...} as long as they hold no position (their positions
     * would start at {@code p}); returns the first account that does. A {@code while} inside the
     * sweep made C2 compile it as a loop nest: 8% of a pass (A/B).
     */
    private int skipAccountsWithoutPositions(int a, int p) {
        while (book.positionStart[a + 1] == p) {
            putSums(figures, a, 0.0, 0.0, 0.0);
            a++;
        }
        return a;
    }

    /**
     * Account {@code a}'s figures from its summed positions (its figures hold them): equity {@code ((pnl + balance1) +
     * balance2) + ... + funding}, each balance {@code amount x mark x weight} (value weight for an
     * amount {@code >= +0}, liability weight below), then health and uncertainty. The first two
     * balances come from their fixed places without a branch; a NaN equity (a missing price, or
     * the marker of an account of more than two balances) takes the rare path.
     */
    private void finish(int a) {
        final double[] rows = collateralRows;
        double pnl = figures[FIGURES * a + EQUITY];
        int first = 2 * balanceRow[2 * a];
        int second = 2 * balanceRow[2 * a + 1];
        double eq = pnl + balanceAmount[2 * a] * rows[first] * rows[first + 1];
        eq += balanceAmount[2 * a + 1] * rows[second] * rows[second + 1];
        eq += book.accountFunding[a];
        if (Double.isNaN(eq)) {
            finishWithEveryBalance(a, pnl);
            return;
        }
        store(a, eq);
    }

    /** {@link #finish} reading the account's balances from the book, for accounts of more than two balances or a missing price. */
    private void finishWithEveryBalance(int a, double pnl) {
        double eq = pnl;
        for (int c = book.collateralStart[a]; c < book.collateralStart[a + 1]; c++) {
            int row = 2 * balanceRow(book.collateralKind[c], book.collateralAmount[c]);
            eq += book.collateralAmount[c] * collateralRows[row] * collateralRows[row + 1];
        }
        eq += book.accountFunding[a];
        if (Double.isNaN(eq)) { // a missing price: no number is reported, failure(a) says why
            figures[FIGURES * a + EQUITY] = 0.0;
            figures[FIGURES * a + INITIAL] = 0.0;
            figures[FIGURES * a + MAINTENANCE] = 0.0;
            health[a] = FAILED;
            uncertain[a] = false;
            return;
        }
        store(a, eq);
    }

    /** Account {@code a}'s equity over its uPnL, then its health and uncertainty (IM and MM are in place). */
    private void store(int a, double eq) {
        figures[FIGURES * a + EQUITY] = eq;
        double mm = figures[FIGURES * a + MAINTENANCE];
        health[a] = (byte) healthOrdinal(eq, mm, warningLevel);
        uncertain[a] = untrusted > 0 && dependsOnUntrusted(a);
    }

    /** The row in {@link #collateralRows} of a balance of {@code amount} of collateral asset {@code kind}. */
    private static int balanceRow(int kind, double amount) {
        // The sign bit picks the liability weight; -0.0 gets it too, with the same (zero) result.
        return 2 * kind + (int) (Double.doubleToRawLongBits(amount) >>> 63);
    }

    /**
     * Moves market {@code m}'s positions whose notional has crossed a tier floor since the slots
     * were found to the tier {@link TierTable#tierOf} gives at {@code mark}, without visiting the
     * others: per floor, a binary search in {@link #bySize} finds where the positions reaching it
     * now start, and only the positions between that and where they started before can have
     * changed tier (a small move crosses few floors). A missing price (NaN) leaves the slots: no
     * figure of such a market's accounts is reported.
     */
    private void retier(int m, double mark) {
        if (Double.isNaN(mark)) {
            return;
        }
        final int[] order = bySize;
        final double[] size = book.positionSize;
        final double[] floor = book.tiers.floor;
        int end = book.marketPositionsStart[m + 1];
        for (int t = 1; t < stride; t++) {
            int slot = m * stride + t;
            int lo = book.marketPositionsStart[m];
            int hi = end;
            while (lo < hi) { // first position reaching the floor: reaching is monotone in |size|
                int mid = (lo + hi) >>> 1;
                if (TierTable.reaches(Math.abs(size[order[mid]]) * mark, floor[slot])) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            int before = reached[slot];
            reached[slot] = lo;
            for (int i = Math.min(before, lo), to = Math.max(before, lo); i < to; i++) {
                int p = order[i];
                tierSlot[p] = book.tiers.tierOf(m, Math.abs(size[p]) * mark);
            }
        }
    }

    /**
     * Each market's positions in ascending {@code |size|}: a least-significant-digit radix sort of
     * the sizes' bits (those of a non-negative double order as its value), 16 bits a pass.
     */
    private static int[] sizeOrder(Book book) {
        int[] order = book.marketPositions.clone();
        int n = order.length;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = Double.doubleToRawLongBits(Math.abs(book.positionSize[order[i]]));
        }
        long[] keysOut = new long[n];
        int[] orderOut = new int[n];
        int[] count = new int[(1 << 16) + 1];
        for (int m = 0; m < book.marketIds.length; m++) {
            int from = book.marketPositionsStart[m];
            int to = book.marketPositionsStart[m + 1];
            for (int shift = 0; shift < 64; shift += 16) {
                Arrays.fill(count, 0);
                for (int i = from; i < to; i++) {
                    count[(int) (keys[i] >>> shift) & 0xFFFF]++;
                }
                int sum = from;
                for (int d = 0; d <= 0xFFFF; d++) {
                    int c = count[d];
                    count[d] = sum;
                    sum += c;
                }
                for (int i = from; i < to; i++) {
                    int at = count[(int) (keys[i] >>> shift) & 0xFFFF]++;
                    keysOut[at] = keys[i];
                    orderOut[at] = order[i];
                }
                System.arraycopy(keysOut, from, keys, from, to - from);
                System.arraycopy(orderOut, from, order, from, to - from);
            }
        }
        return order;
    }

    /**
     * {@link MarginMath#health} as an ordinal, for {@code equity} not NaN and {@code maintenance >= +0},
     * without a branch on the outcome and without the division (both measured: the health of a
     * book whose states come in random order was a fifth of a pass). Each rule is the sign of a
     * difference, and {@code x - y} is +0 when {@code x == y}, so {@code >=} holds exactly where the
     * engine's comparison does. The warning rule {@code maintenance / equity >= warningLevel} is
     * decided by the sign of {@code maintenance - equity x warningLevel} when that difference
     * exceeds 2^-48 of the product (then the rounding of the division cannot reach across the
     * level); closer to the level the engine's function decides (rare, so the branch is
     * predicted). Nothing at risk ({@code maintenance == +0}, where the engine says SAFE for an
     * equity {@code >= 0}) needs no test of its own: an equity of +-0 (or a product that underflows
     * to zero, or a warning level of 0) makes the difference +0, which the guard sends to the
     * engine's function, and any other equity gives the engine's state by the signs (above zero:
     * no rule holds, SAFE; below: all three, BANKRUPT). One comparison and two branches less per
     * account (A/B: 2-4% of a pass).
     */
    static int healthOrdinal(double equity, double maintenance, double warningLevel) {
        double level = equity * warningLevel;
        double above = maintenance - level;
        if (!(Math.abs(above) > Math.abs(level) * 0x1p-48)) {
            return MarginMath.health(equity, maintenance, warningLevel).ordinal();
        }
        long e = Double.doubleToRawLongBits(equity);
        int bankrupt = (int) ((e | (e - 1)) >>> 63); // equity <= 0, -0.0 included
        int liquidatable = 1 - (int) (Double.doubleToRawLongBits(maintenance - equity) >>> 63);
        int warning = 1 - (int) (Double.doubleToRawLongBits(above) >>> 63);
        // The rules nest for a warning level in [0, 1] (MarginPolicy checks it): equity <= 0 < maintenance
        // gives maintenance - equity > 0 and maintenance - equity x level > 0; maintenance >= equity > 0
        // gives equity x level <= equity <= maintenance. So the ordinal (SAFE 0 .. BANKRUPT 3) is the
        // number of rules that hold, without the two max of their ordinals.
        return bankrupt + liquidatable + warning;
    }

    /** True when a price account {@code a} depends on is not trusted (taken only when some price is not). */
    private boolean dependsOnUntrusted(int a) {
        for (int c = book.collateralStart[a]; c < book.collateralStart[a + 1]; c++) {
            if (!trusted[book.collateralPriceAsset[book.collateralKind[c]]]) {
                return true;
            }
        }
        for (int p = book.positionStart[a]; p < book.positionStart[a + 1]; p++) {
            if (!marketTrusted[book.positionMarket[p]]) {
                return true;
            }
        }
        return false;
    }

    private void evaluateRouted(int r) {
        int a = book.routedIndex[r];
        AccountResult result = engine.evaluate(book.routedAccounts[r], prices, book.policy);
        routedResults[r] = result;
        if (result instanceof AccountRisk risk) {
            figures[FIGURES * a + EQUITY] = risk.equity();
            figures[FIGURES * a + INITIAL] = risk.initialRequirement();
            figures[FIGURES * a + MAINTENANCE] = risk.maintenanceRequirement();
            health[a] = (byte) risk.health().ordinal();
            uncertain[a] = risk.uncertain();
        } else {
            figures[FIGURES * a + EQUITY] = 0.0;
            figures[FIGURES * a + INITIAL] = 0.0;
            figures[FIGURES * a + MAINTENANCE] = 0.0;
            health[a] = FAILED;
            uncertain[a] = false;
        }
    }

    /** Evaluates accounts {@code from .. to-1}, splitting in halves down to {@link #CHUNK}. */
    private final class RangeTask extends RecursiveAction {
        private final int from;
        private final int to;

        RangeTask(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from <= CHUNK || pool == null) {
                for (int a = from; a < to; a += CHUNK) {
                    evaluateRange(a, Math.min(to, a + CHUNK));
                }
                return;
            }
            int mid = (from + to) >>> 1;
            invokeAll(new RangeTask(from, mid), new RangeTask(mid, to));
        }
    }

    /** Evaluates the accounts listed at {@code holders[from .. to-1]}. */
    private final class HoldersTask extends RecursiveAction {
        private final int from;
        private final int to;

        HoldersTask(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from <= CHUNK || pool == null) {
                int[] holders = book.holders;
                for (int i = from; i < to; i++) {
                    evaluateAccount(holders[i]);
                }
                return;
            }
            int mid = (from + to) >>> 1;
            invokeAll(new HoldersTask(from, mid), new HoldersTask(mid, to));
        }
    }
}
