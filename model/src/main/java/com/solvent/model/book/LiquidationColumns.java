package com.solvent.model.book;

import com.solvent.model.Checks;
import com.solvent.model.account.Account;
import com.solvent.model.account.Position;
import com.solvent.model.engine.MarginMath;
import com.solvent.model.policy.LiquidationRules;
import com.solvent.model.price.AssetPrice;
import com.solvent.model.price.PriceSet;
import com.solvent.model.risk.HealthState;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The current state of a {@link Book}'s columnar accounts (cross perpetuals, listed collateral)
 * while a liquidation run changes them, with the record-level liquidation engine's and
 * auto-deleveraging's arithmetic applied to primitive columns instead of {@link Account} records.
 * Routed accounts (see {@link Book}) are not held here: the caller runs them through the record engine.
 *
 * <p><b>State.</b> Per position its current signed size (underlying units; 0 once closed) and
 * accrued funding (USD, positive owed to the account); per account its settlement-asset balance
 * (units of the policy's settlement asset, signed) and whether that balance is listed. Everything
 * else (entry prices, other collateral) never changes under liquidation or deleveraging. A new
 * object starts from the book as built.
 *
 * <p><b>Arithmetic.</b> The figures are {@link com.solvent.model.engine.MarginEngine}'s cross-group
 * figures (equity = weighted collateral + sum of {@code size x (mark - entry) + funding}; maintenance =
 * sum of {@code max(0, notional x mmf(tier) - deduction(tier))}, USD). {@link #liquidate} is
 * {@link com.solvent.model.liquidation.LiquidationEngine#liquidate}'s cross-group loop (chunks, the
 * position of largest maintenance first, penalty, the cross deficit credited back to zero) and
 * {@link #reduce} is {@link com.solvent.model.edit.Fills#reduce} for a cross position (realized PnL and
 * the closed share of funding booked in the settlement asset at 1 USD per unit), so that results equal
 * the record path's up to the order of summation; the differential tests of the stress package hold
 * them together. The insurance fund is not held here: a liquidation reports its penalty shares and
 * its uncovered deficit, and the caller, who walks accounts in book order, decides the draw.
 *
 * <p>Not thread-safe as a whole; {@link #liquidate} and {@link #evaluate} of different accounts may
 * run on different threads at once (they touch only that account's cells) once {@link #setPrices}
 * has returned.
 */
public final class LiquidationColumns {
    private final Book book;
    private final LiquidationRules rules;
    private final double warningLevel;
    private final int settlementKind;
    private final double[] size;
    /** A copy of the book's column, or the book's own when every position's funding is 0 (then never written). */
    private final double[] funding;
    private final boolean fundingOwned;
    private final double[] settlement;
    private final boolean[] settlementListed;
    /** The settlement balance and whether it is listed, per account, as the book was built (what {@link #reset} restores). */
    private final double[] settlementAsBuilt;
    private final boolean[] listedAsBuilt;
    private final boolean[] changed;
    private final boolean[] routed;

    private final double[] marketMark;
    private final boolean[] marketTrusted;
    private final double[] collateralMark;
    private final boolean[] collateralTrusted;

    /** A fresh state of {@code book}'s columnar accounts, as built. */
    public LiquidationColumns(Book book) {
        this.book = Checks.required(book, "book");
        this.rules = book.policy.liquidation();
        this.warningLevel = book.policy.warningLevel();
        this.settlementKind = Arrays.asList(book.collateralSymbols).indexOf(book.policy.settlementAsset());
        this.size = book.positionSize.clone();
        boolean anyFunding = false;
        for (double f : book.positionFunding) {
            anyFunding |= f != 0.0;
        }
        // copied up front when any position carries funding (liquidations run on several threads and
        // must not race to copy it); shared, and never written, when every position's funding is 0
        this.funding = anyFunding ? book.positionFunding.clone() : book.positionFunding;
        this.fundingOwned = anyFunding;
        int n = book.accountCount();
        this.settlement = new double[n];
        this.settlementListed = new boolean[n];
        this.changed = new boolean[n];
        this.routed = new boolean[n];
        for (int r : book.routedIndex) {
            routed[r] = true;
        }
        for (int a = 0; a < n; a++) {
            for (int c = book.collateralStart[a]; c < book.collateralStart[a + 1]; c++) {
                if (book.collateralKind[c] == settlementKind) {
                    settlement[a] = book.collateralAmount[c];
                    settlementListed[a] = true;
                }
            }
        }
        settlementAsBuilt = settlement.clone();
        listedAsBuilt = settlementListed.clone();
        marketMark = new double[book.marketIds.length];
        marketTrusted = new boolean[book.marketIds.length];
        collateralMark = new double[book.collateralSymbols.length];
        collateralTrusted = new boolean[book.collateralSymbols.length];
    }

    public Book book() {
        return book;
    }

    /**
     * The id of every column position of {@code book}, from the records it was built from
     * ({@code records.apply(i)} is the account added {@code i}-th); routed accounts' cells stay null.
     */
    public static String[] positionIds(Book book, java.util.function.IntFunction<Account> records) {
        String[] ids = new String[book.positionCount()];
        for (int a = 0; a < book.accountCount(); a++) {
            int from = book.positionStart[a];
            int to = book.positionStart[a + 1];
            if (from == to) {
                continue;
            }
            List<Position> positions = records.apply(a).positions();
            for (int p = from; p < to; p++) {
                ids[p] = positions.get(p - from).id();
            }
        }
        return ids;
    }

    /** Every account back to the book as built (only the changed ones are touched). */
    public void reset() {
        // a severe scenario changes most accounts: per account a few cells copied in a plain loop
        // (System.arraycopy's set-up for 1 to 6 elements, and searching the balances again for the
        // settlement asset, were 3% of a library run)
        final double[] sizeAsBuilt = book.positionSize;
        final double[] fundingAsBuilt = book.positionFunding;
        final int[] start = book.positionStart;
        for (int a = 0; a < changed.length; a++) {
            if (!changed[a]) {
                continue;
            }
            changed[a] = false;
            for (int p = start[a], to = start[a + 1]; p < to; p++) {
                size[p] = sizeAsBuilt[p];
            }
            if (fundingOwned) {
                for (int p = start[a], to = start[a + 1]; p < to; p++) {
                    funding[p] = fundingAsBuilt[p];
                }
            }
            settlement[a] = settlementAsBuilt[a];
            settlementListed[a] = listedAsBuilt[a];
        }
    }

    /**
     * Whether the policy's settlement asset is a listed collateral asset; when it is not, liquidation
     * cannot book anything in columns and every account must take the record path.
     */
    public boolean settles() {
        return settlementKind >= 0;
    }

    /** Sets the prices the following evaluations, liquidations and reductions use. */
    public void setPrices(PriceSet prices) {
        Checks.required(prices, "prices");
        candidateEquity = null;
        double[] marks = new double[book.assets.length];
        boolean[] trusted = new boolean[book.assets.length];
        for (int s = 0; s < marks.length; s++) {
            Optional<AssetPrice> price = prices.get(book.assets[s]);
            marks[s] = price.map(AssetPrice::mark).orElse(Double.NaN);
            trusted[s] = price.map(p -> p.freshness().isTrusted()).orElse(false);
        }
        for (int m = 0; m < marketMark.length; m++) {
            marketMark[m] = marks[book.marketUnderlying[m]];
            marketTrusted[m] = trusted[book.marketUnderlying[m]];
        }
        for (int k = 0; k < collateralMark.length; k++) {
            collateralMark[k] = marks[book.collateralPriceAsset[k]];
            collateralTrusted[k] = trusted[book.collateralPriceAsset[k]];
        }
    }

    /** True when account {@code account} is routed to the record engine (not held here). */
    public boolean isRouted(int account) {
        return routed[account];
    }

    /** True when a liquidation or reduction has changed account {@code account} since this object was made. */
    public boolean isChanged(int account) {
        return changed[account];
    }

    /**
     * Evaluates columnar account {@code account} in its current state: writes equity (USD, signed) to
     * {@code out[0]}, maintenance requirement (USD, {@code >= 0}) to {@code out[1]} and 1 to
     * {@code out[2]} when a price it depends on is not trusted (else 0). Returns false when a price it
     * needs is missing (the engine's failure; nothing written is meaningful).
     */
    public boolean evaluate(int account, double[] out) {
        double eq = 0.0;
        double mm = 0.0;
        boolean uncertain = false;
        final TierTable tiers = book.tiers;
        for (int p = book.positionStart[account], end = book.positionStart[account + 1]; p < end; p++) {
            double s = size[p];
            if (s == 0.0) {
                continue;
            }
            int m = book.positionMarket[p];
            double mark = marketMark[m];
            double notional = Math.abs(s) * mark;
            eq += s * (mark - book.positionEntry[p]) + funding[p];
            if (notional == notional) {
                int slot = tiers.tierOf(m, notional);
                mm += Math.max(0.0, notional * tiers.maintenanceFraction[slot] - tiers.deduction[slot]);
            }
            uncertain |= !marketTrusted[m];
        }
        for (int c = book.collateralStart[account], end = book.collateralStart[account + 1]; c < end; c++) {
            int k = book.collateralKind[c];
            if (k == settlementKind) {
                continue;
            }
            double amount = book.collateralAmount[c];
            eq += amount * collateralMark[k] * (amount >= 0 ? book.valueWeight[k] : book.liabilityWeight[k]);
            uncertain |= !collateralTrusted[k];
        }
        if (settlementListed[account]) {
            double amount = settlement[account];
            int k = settlementKind;
            eq += amount * collateralMark[k] * (amount >= 0 ? book.valueWeight[k] : book.liabilityWeight[k]);
            uncertain |= !collateralTrusted[k];
        }
        out[0] = eq;
        out[1] = mm;
        out[2] = uncertain ? 1.0 : 0.0;
        return !Double.isNaN(eq);
    }

    /**
     * Screens every columnar account after a pass of {@code evaluator} at the same prices as
     * {@link #setPrices}: an unchanged account takes the evaluator's health, a changed one is
     * evaluated here. Writes the LIQUIDATABLE or BANKRUPT accounts ascending into {@code candidates}
     * (length {@code >= accountCount}) and their uncertainty into {@code candidateUncertain};
     * {@code counts[0]} gets the accounts that failed, {@code counts[1]} the uncertain ones (both
     * columnar accounts only). Returns the number of candidates.
     */
    public int screen(BookEvaluator evaluator, int[] candidates, boolean[] candidateUncertain, int[] counts) {
        int n = book.accountCount();
        int found = 0;
        int failed = 0;
        int uncertainCount = 0;
        double[] out = new double[3];
        for (int a = 0; a < n; a++) {
            if (routed[a]) {
                continue;
            }
            int h;
            boolean uncertain;
            if (!changed[a]) {
                h = evaluator.healthOrdinal(a);
                if (h < 0) {
                    failed++;
                    continue;
                }
                uncertain = evaluator.uncertain(a);
            } else {
                if (!evaluate(a, out)) {
                    failed++;
                    continue;
                }
                h = MarginMath.health(out[0], out[1], warningLevel).ordinal();
                uncertain = out[2] != 0.0;
            }
            if (uncertain) {
                uncertainCount++;
            }
            if (h == HealthState.LIQUIDATABLE.ordinal() || h == HealthState.BANKRUPT.ordinal()) {
                candidateUncertain[found] = uncertain;
                candidates[found++] = a;
            }
        }
        counts[0] = failed;
        counts[1] = uncertainCount;
        return found;
    }

    /**
     * Liquidates columnar account {@code account} at the prices set, as the record-level engine
     * liquidates a cross group: appends one entry (and its fills) to {@code log} unless the account
     * is not at or past maintenance here or cannot be evaluated. Returns true when an entry was appended.
     *
     * <p>Between chunks only the closed position and the settlement balance change, so each
     * position's uPnL and requirement are kept in the log's scratch and only the closed one is
     * recomputed; equity and requirement are re-summed from them (same terms as {@link #evaluate}).
     */
    public boolean liquidate(int account, Log log) {
        double[] f = log.figures;
        if (!evaluate(account, f)) {
            return false;
        }
        HealthState before = MarginMath.health(f[0], f[1], warningLevel);
        if (before != HealthState.LIQUIDATABLE && before != HealthState.BANKRUPT) {
            return false;
        }
        changed[account] = true;
        int from = book.positionStart[account];
        int to = book.positionStart[account + 1];
        log.scratch(to - from);
        double[] chunk = log.chunk;
        double[] upnl = log.upnl;
        double[] req = log.requirement;
        boolean full = before == HealthState.BANKRUPT || rules.targetMarginRatio() == 0.0;
        int open = 0;
        for (int p = from; p < to; p++) {
            chunk[p - from] = Math.abs(size[p]) * rules.partialChunk();
            open += size[p] != 0.0 ? 1 : 0;
            terms(p, p - from, upnl, req);
        }
        double fixed = fixedCollateral(account);
        int guard = open * ((int) Math.ceil(1.0 / rules.partialChunk()) + 2) + 4;
        log.begin(account, before);
        for (int step = 0; step < guard; step++) {
            double eq = fixed + settlementValue(account);
            double mm = 0.0;
            int largest = -1;
            double most = 0.0;
            for (int p = from; p < to; p++) {
                eq += upnl[p - from];
                mm += req[p - from];
                if (size[p] != 0.0 && (largest < 0 || req[p - from] > most)) {
                    largest = p;
                    most = req[p - from];
                }
            }
            if (!full && MarginMath.marginRatio(eq, mm) <= rules.targetMarginRatio() && eq > 0) {
                break;
            }
            if (largest < 0) {
                break;
            }
            double whole = Math.abs(size[largest]);
            double quantity = full ? whole : Math.min(whole, chunk[largest - from]);
            close(account, largest, quantity, eq, log);
            terms(largest, largest - from, upnl, req);
        }
        double eq = fixed + settlementValue(account);
        double mm = 0.0;
        for (int p = from; p < to; p++) {
            eq += upnl[p - from];
            mm += req[p - from];
        }
        double shortfall = eq < 0 && mm == 0 ? -eq : 0.0;
        if (shortfall > 0) {
            coverDeficit(account, shortfall, f);
            evaluate(account, f);
            eq = f[0];
            mm = f[1];
        }
        log.end(shortfall, MarginMath.health(eq, mm, warningLevel));
        return true;
    }

    /** Position {@code p}'s uPnL (with funding) and maintenance requirement into slot {@code i}; 0 and 0 once closed. */
    private void terms(int p, int i, double[] upnl, double[] req) {
        double s = size[p];
        if (s == 0.0) {
            upnl[i] = 0.0;
            req[i] = 0.0;
            return;
        }
        int m = book.positionMarket[p];
        double mark = marketMark[m];
        double notional = Math.abs(s) * mark;
        int slot = book.tiers.tierOf(m, notional);
        upnl[i] = s * (mark - book.positionEntry[p]) + funding[p];
        req[i] = Math.max(0.0, notional * book.tiers.maintenanceFraction[slot] - book.tiers.deduction[slot]);
    }

    /** Weighted value of the account's collateral other than the settlement asset, USD (liquidation does not move it). */
    private double fixedCollateral(int account) {
        double value = 0.0;
        for (int c = book.collateralStart[account], end = book.collateralStart[account + 1]; c < end; c++) {
            int k = book.collateralKind[c];
            if (k != settlementKind) {
                double amount = book.collateralAmount[c];
                value += amount * collateralMark[k] * (amount >= 0 ? book.valueWeight[k] : book.liabilityWeight[k]);
            }
        }
        return value;
    }

    /** Weighted value of the settlement balance, USD. */
    private double settlementValue(int account) {
        if (!settlementListed[account]) {
            return 0.0;
        }
        double amount = settlement[account];
        int k = settlementKind;
        return amount * collateralMark[k] * (amount >= 0 ? book.valueWeight[k] : book.liabilityWeight[k]);
    }

    /** LiquidationEngine's close of a cross perpetual: {@code quantity} at the mark, penalty on the closed notional. */
    private void close(int account, int p, double quantity, double groupEquity, Log log) {
        double s = size[p];
        double price = marketMark[book.positionMarket[p]];
        double charge = rules.penaltyFraction() * (quantity * price);
        if (rules.dynamicPenalty()) {
            charge = Math.min(charge, Math.max(0.0, groupEquity));
        }
        boolean whole = quantity >= Math.abs(s) * (1 - 1e-12);
        double closedSigned = Math.signum(s) * (whole ? Math.abs(s) : quantity);
        reduce(account, p, Math.abs(closedSigned), price);
        credit(account, -charge);
        log.fill(p, closedSigned, price, charge, rules.liquidatorShare());
    }

    /** Credits the settlement asset until equity is at zero or just above (LiquidationEngine's cover of a cross deficit). */
    private void coverDeficit(int account, double shortfall, double[] f) {
        int k = settlementKind;
        double missing = shortfall;
        for (int pass = 0; pass < 3 && missing > 0; pass++) {
            double balance = settlement[account];
            double weight = balance >= 0 ? book.valueWeight[k] : book.liabilityWeight[k];
            double credit = Math.max(Math.nextUp(missing / (weight * collateralMark[k])), 2 * Math.ulp(balance));
            credit(account, credit);
            evaluate(account, f);
            missing = -f[0];
        }
    }

    /**
     * Closes {@code quantity} units (unsigned, at most its size) of columnar position {@code position}
     * of {@code account} at {@code price} (USD per unit), as {@link com.solvent.model.edit.Fills#reduce}:
     * realizes {@code closed x (price - entry)} plus the same fraction of its funding into the settlement
     * balance; a close within {@code 1e-12} of the whole size closes it. Returns the realized PnL, USD.
     */
    public double reduce(int account, int position, double quantity, double price) {
        double s = size[position];
        double whole = Math.abs(s);
        boolean full = quantity >= whole * (1 - 1e-12);
        double fraction = full ? 1.0 : quantity / whole;
        double realized = s * fraction * (price - book.positionEntry[position]) + funding[position] * fraction;
        double[] equity = candidateEquity;
        double before = 0.0;
        if (equity != null) {
            before = settlementValue(account) + s * (marketMark[book.positionMarket[position]] - book.positionEntry[position])
                    + funding[position];
        }
        if (full) {
            size[position] = 0.0;
            if (fundingOwned) {
                funding[position] = 0.0;
            }
        } else {
            size[position] = s - s * fraction;
            if (fundingOwned) {
                funding[position] = funding[position] * (1 - fraction);
            }
        }
        changed[account] = true;
        credit(account, realized);
        if (equity != null) {
            double left = size[position];
            double after = settlementValue(account)
                    + (left == 0.0 ? 0.0 : left * (marketMark[book.positionMarket[position]] - book.positionEntry[position])
                    + funding[position]);
            equity[account] += after - before;
        }
        return realized;
    }

    /** Adds {@code amount} (signed, units) to the settlement balance; a balance of exactly 0 is dropped, as a record does. */
    private void credit(int account, double amount) {
        double next = settlement[account] + amount;
        settlement[account] = next;
        settlementListed[account] = next != 0.0;
    }

    // --- accessors for auto-deleveraging and records

    /** Index of market {@code marketId} in the book, or -1. */
    public int marketIndex(String marketId) {
        for (int m = 0; m < book.marketIds.length; m++) {
            if (book.marketIds[m].equals(marketId)) {
                return m;
            }
        }
        return -1;
    }

    /** Id of market {@code market}. */
    public String marketId(int market) {
        return book.marketIds[market];
    }

    /** Mark of market {@code market}'s underlying at the prices set, USD per unit. */
    public double marketMark(int market) {
        return marketMark[market];
    }

    /** First column position of {@code account}; its positions are {@code firstPosition .. endPosition-1}, in record order. */
    public int firstPosition(int account) {
        return book.positionStart[account];
    }

    /** One past the last column position of {@code account}. */
    public int endPosition(int account) {
        return book.positionStart[account + 1];
    }

    /** Current signed size of column position {@code position}, 0 once closed. */
    public double size(int position) {
        return size[position];
    }

    /** Entry price of column position {@code position}, USD per unit. */
    public double entry(int position) {
        return book.positionEntry[position];
    }

    /** Current accrued funding of column position {@code position}, USD. */
    public double funding(int position) {
        return funding[position];
    }

    /** Market index of column position {@code position}. */
    public int market(int position) {
        return book.positionMarket[position];
    }

    /** Account holding column position {@code position}. */
    public int owner(int position) {
        return book.positionOwner[position];
    }

    // --- auto-deleveraging candidates

    /**
     * Candidate buckets: market m's slots are its range of the book's market index; its longs from the
     * range's start to {@code bucketStart[2m+1]}, its shorts from {@code bucketStart[2m]} to the range's end.
     */
    private int[] bucketStart;
    /** Per slot, the candidate's score (-1 once no longer eligible) and column position. */
    private double[] candidateScore;
    private int[] candidatePosition;
    /** Per column position, its slot, or -1 when it is no candidate. */
    private int[] slotOf;
    /**
     * Per account, its equity since {@link #indexCandidates} (NaN when it cannot be evaluated), kept
     * current by {@link #reduce} (the settlement balance's and the reduced position's change) so
     * that re-scoring a deleveraged account needs no evaluation; null while no index is current.
     */
    private double[] candidateEquity;

    /**
     * Indexes every auto-deleveraging candidate among the columnar positions at the prices set: an
     * open position with a positive uPnL ({@code size x (mark - entry) + funding}) in an account that
     * can be evaluated, with {@link com.solvent.model.adl.AutoDeleveraging}'s score
     * {@code priceFactor x leverage(notional, cross equity)} ({@code priceFactor = mark / entry} for a
     * long, {@code entry / mark} for a short), bucketed by market and side. An unchanged account's
     * equity comes from {@code evaluator} (a pass at the same prices), a changed one's from its
     * current state. One pass over the positions per sweep; {@link #refreshCandidates} keeps the index
     * current as deleveraging changes accounts, so that each bankrupt market and side reads its
     * candidates without another pass.
     */
    public void indexCandidates(BookEvaluator evaluator) {
        boolean[] all = new boolean[2 * book.marketIds.length];
        Arrays.fill(all, true);
        indexCandidates(evaluator, all);
    }

    /**
     * As {@link #indexCandidates(BookEvaluator)}, indexing only the buckets that will be read:
     * {@code read[2m + 1]} market m's longs, {@code read[2m]} its shorts (the other buckets stay empty
     * and not live). A sweep reads only the side opposite each bankrupt market and side (a crash reads
     * no long), and an account's equity is needed only when it holds an indexed candidate: the
     * accounts a scenario liquidated (changed, so evaluated here) mostly hold none any more.
     */
    public void indexCandidates(BookEvaluator evaluator, boolean[] read) {
        int n = book.accountCount();
        int positions = size.length;
        int markets = book.marketIds.length;
        if (read.length < 2 * markets) {
            throw new IllegalArgumentException("read needs 2 cells per market, " + 2 * markets + ", was " + read.length);
        }
        if (slotOf == null) {
            slotOf = new int[positions];
            // one cell more than positions: where a position that is not a candidate is written (see below)
            candidateScore = new double[positions + 1];
            candidatePosition = new int[positions + 1];
            bucketStart = new int[2 * markets + 1];
            candidateEquityBuffer = new double[n];
        }
        // one pass: market m's slots are its positions' range of the market index; longs fill it from
        // the start, shorts from the end, so the two buckets need no count beforehand
        int[] longEnd = new int[markets];
        int[] shortStart = new int[markets];
        for (int m = 0; m < markets; m++) {
            longEnd[m] = book.marketPositionsStart[m];
            shortStart[m] = book.marketPositionsStart[m + 1];
        }
        double[] f = new double[3];
        double[] equity = candidateEquityBuffer;
        int inRead = 0;
        for (int m = 0; m < markets; m++) {
            if (read[2 * m] || read[2 * m + 1]) {
                inRead += book.marketPositionsStart[m + 1] - book.marketPositionsStart[m];
            }
        }
        if (inRead < positions / 4) {
            // a scenario that moves one asset reads one market: its positions through the book's
            // market index (ascending, so the same slots in the same order as the pass below)
            Arrays.fill(slotOf, -1);
            for (int m = 0; m < markets; m++) {
                if (read[2 * m] || read[2 * m + 1]) {
                    indexMarket(m, evaluator, read, longEnd, shortStart, f);
                }
            }
        } else {
            indexAll(evaluator, read, longEnd, shortStart, f);
        }
        for (int m = 0; m < markets; m++) {
            // bucket 2m: shorts [shortStart, market end); bucket 2m+1: longs [market start, longEnd)
            bucketStart[2 * m] = shortStart[m];
            bucketStart[2 * m + 1] = longEnd[m];
        }
        candidateEquity = equity;
        if (bucketLive == null) {
            bucketLive = new boolean[2 * markets];
        }
        System.arraycopy(read, 0, bucketLive, 0, bucketLive.length);
    }

    /** {@link #indexCandidates}'s candidates of market {@code m} (a position's account evaluated once per position). */
    private void indexMarket(int m, BookEvaluator evaluator, boolean[] read, int[] longEnd, int[] shortStart, double[] f) {
        for (int k = book.marketPositionsStart[m], end = book.marketPositionsStart[m + 1]; k < end; k++) {
            int p = book.marketPositions[k];
            double s = size[p];
            if (s == 0.0 || !read[2 * m + (s > 0 ? 1 : 0)] || !eligible(p)) {
                continue;
            }
            int a = book.positionOwner[p];
            double eq = candidateEquity(a, evaluator, f);
            candidateEquityBuffer[a] = eq;
            if (eq != eq) {
                continue;
            }
            int slot = s > 0 ? longEnd[m]++ : --shortStart[m];
            slotOf[p] = slot;
            candidatePosition[slot] = p;
            candidateScore[slot] = score(p, eq);
        }
    }

    /**
     * Account {@code a}'s equity for scoring its candidates: the evaluator's when the sweep has not
     * changed the account, evaluated again when it has; NaN for an account routed to the record
     * engine or whose evaluation failed (its positions are not candidates).
     */
    private double candidateEquity(int a, BookEvaluator evaluator, double[] f) {
        if (routed[a]) {
            return Double.NaN;
        }
        if (!changed[a]) {
            return evaluator.healthOrdinal(a) >= 0 ? evaluator.equity(a) : Double.NaN;
        }
        return evaluate(a, f) ? f[0] : Double.NaN;
    }

    /** {@link #indexCandidates}'s pass over every account. */
    private void indexAll(BookEvaluator evaluator, boolean[] read, int[] longEnd, int[] shortStart, double[] f) {
        int n = book.accountCount();
        double[] equity = candidateEquityBuffer;
        final int scratch = size.length;
        for (int a = 0; a < n; a++) {
            int from = book.positionStart[a];
            int to = book.positionStart[a + 1];
            if (routed[a] || changed[a]) {
                indexChanged(a, from, to, evaluator, read, longEnd, shortStart, f);
                continue;
            }
            double eq = evaluator.healthOrdinal(a) >= 0 ? evaluator.equity(a) : Double.NaN;
            equity[a] = eq;
            boolean valid = eq == eq;
            // whether a position is a candidate is close to a coin toss (its side, its profit), so the
            // loop decides it without branching: every position is written, a non-candidate to the
            // scratch cell, and only a candidate advances its bucket's end (same slots, same order);
            // the test is eligible(p) without its short-circuit
            for (int p = from; p < to; p++) {
                double s = size[p];
                int m = book.positionMarket[p];
                boolean isLong = s > 0;
                boolean take = valid & s != 0.0 & read[2 * m + (isLong ? 1 : 0)]
                        & s * (marketMark[m] - book.positionEntry[p]) + funding[p] > 0;
                int slot = take ? (isLong ? longEnd[m] : shortStart[m] - 1) : scratch;
                double score = score(p, eq);
                candidatePosition[slot] = p;
                candidateScore[slot] = score;
                slotOf[p] = take ? slot : -1;
                longEnd[m] += take & isLong ? 1 : 0;
                shortStart[m] -= take & !isLong ? 1 : 0;
            }
        }
    }

    /** {@link #indexCandidates}'s step for an account that is routed or changed: its equity evaluated only when it holds a candidate. */
    private void indexChanged(int a, int from, int to, BookEvaluator evaluator, boolean[] read, int[] longEnd,
                              int[] shortStart, double[] f) {
        boolean known = false;
        double eq = Double.NaN;
        for (int p = from; p < to; p++) {
            double s = size[p];
            int m = book.positionMarket[p];
            if (s == 0.0 || !read[2 * m + (s > 0 ? 1 : 0)] || !eligible(p)) {
                slotOf[p] = -1;
                continue;
            }
            if (!known) {
                known = true;
                eq = candidateEquity(a, evaluator, f);
                candidateEquityBuffer[a] = eq;
            }
            if (eq != eq) {
                slotOf[p] = -1;
                continue;
            }
            int slot = s > 0 ? longEnd[m]++ : --shortStart[m];
            slotOf[p] = slot;
            candidatePosition[slot] = p;
            candidateScore[slot] = score(p, eq);
        }
    }

    /** First slot of the bucket of {@code market} and {@code side} (+1 long). */
    private int bucketFrom(int market, int side) {
        return side > 0 ? book.marketPositionsStart[market] : bucketStart[2 * market];
    }

    /** One past the last slot of that bucket. */
    private int bucketTo(int market, int side) {
        return side > 0 ? bucketStart[2 * market + 1] : book.marketPositionsStart[market + 1];
    }

    private double[] candidateEquityBuffer;

    /**
     * Marks the bucket of {@code market} and {@code side} (+1 long) as still to be read ({@code live}) or
     * not: {@link #refreshCandidates} re-scores only candidates in live buckets (no deleveraging reads the
     * others again). Every bucket is live after {@link #indexCandidates}.
     */
    public void setBucketLive(int market, int side, boolean live) {
        bucketLive[2 * market + (side > 0 ? 1 : 0)] = live;
    }

    private boolean[] bucketLive;

    /**
     * Reads the cells that deleveraging the column positions {@code positions[from .. to-1]} (negative
     * entries are skipped) will read and write, and writes each one's account to {@code owners[i - from]}
     * (-1 for a skipped entry); returns a value of no meaning that the caller must consume.
     * Auto-deleveraging takes candidates in rank order, which is random in memory: each one costs a
     * dozen cache misses, one after the other when taken one at a time. Touching the next few dozen
     * first, in passes whose loads do not depend on each other (the position's cells, then its
     * account's, then its other candidates' scores), lets the processor have many misses in flight
     * at once: a software prefetch.
     */
    public long touch(int[] positions, int from, int to, int[] owners) {
        long sink = 0;
        for (int i = from; i < to; i++) {
            int p = positions[i];
            if (p < 0) {
                owners[i - from] = -1;
                continue;
            }
            owners[i - from] = book.positionOwner[p];
            sink += book.positionMarket[p] + Double.doubleToRawLongBits(size[p])
                    ^ Double.doubleToRawLongBits(book.positionEntry[p]) ^ Double.doubleToRawLongBits(funding[p]);
        }
        double[] equity = candidateEquity;
        for (int i = from; i < to; i++) {
            int a = owners[i - from];
            if (a < 0) {
                continue;
            }
            sink += book.positionStart[a + 1] + (changed[a] ? 1 : 0) + (settlementListed[a] ? 2 : 0)
                    + Double.doubleToRawLongBits(settlement[a]);
            if (equity != null) {
                sink += Double.doubleToRawLongBits(equity[a]);
            }
        }
        if (slotOf != null) {
            for (int i = from; i < to; i++) {
                int a = owners[i - from];
                if (a < 0) {
                    continue;
                }
                for (int p = book.positionStart[a], end = book.positionStart[a + 1]; p < end; p++) {
                    int slot = slotOf[p];
                    if (slot >= 0 && p != positions[i]) {
                        sink += Double.doubleToRawLongBits(candidateScore[slot]);
                    }
                }
            }
        }
        return sink;
    }

    /** Re-scores account {@code account}'s indexed candidates in its current state (after a deleveraging reduced it). */
    public void refreshCandidates(int account) {
        if (slotOf == null) {
            return;
        }
        double equity = candidateEquity == null ? Double.NaN : candidateEquity[account];
        for (int p = book.positionStart[account], end = book.positionStart[account + 1]; p < end; p++) {
            int slot = slotOf[p];
            if (slot >= 0 && bucketLive[2 * book.positionMarket[p] + (size[p] > 0 ? 1 : 0)]) {
                candidateScore[slot] = equity == equity && eligible(p) ? score(p, equity) : -1.0;
            }
        }
    }

    /**
     * Copies the indexed candidates of {@code market} on {@code side} (+1 long, -1 short: the side
     * opposite the bankrupt one) that are still eligible into {@code score} and {@code position},
     * from {@code offset}; returns how many. The arrays must hold {@link #candidateCount} more.
     */
    public int candidates(int market, int side, double[] score, int[] position, int offset) {
        int count = offset;
        for (int slot = bucketFrom(market, side), end = bucketTo(market, side); slot < end; slot++) {
            double s = candidateScore[slot];
            if (s >= 0.0) {
                score[count] = s;
                position[count++] = candidatePosition[slot];
            }
        }
        return count - offset;
    }

    /** Indexed candidates of {@code market} on {@code side} (eligible or not any more): a bound for {@link #candidates}. */
    public int candidateCount(int market, int side) {
        return bucketTo(market, side) - bucketFrom(market, side);
    }

    private boolean eligible(int p) {
        double s = size[p];
        return s != 0.0 && s * (marketMark[book.positionMarket[p]] - book.positionEntry[p]) + funding[p] > 0;
    }

    private double score(int p, double equity) {
        double s = size[p];
        double mark = marketMark[book.positionMarket[p]];
        double entry = book.positionEntry[p];
        double priceFactor = s > 0 ? mark / entry : entry / mark;
        return priceFactor * MarginMath.leverage(Math.abs(s) * mark, equity);
    }

    /**
     * The current state of columnar account {@code account} as a record, from {@code original} (the
     * account as the book was built from it): closed positions dropped, sizes and funding as now, the
     * settlement balance as now (dropped at exactly 0, appended when new, as {@link Account#withBalance} does).
     */
    public Account current(int account, Account original) {
        if (!changed[account]) {
            return original;
        }
        int from = book.positionStart[account];
        List<Position> positions = new ArrayList<>(original.positions().size());
        for (int k = 0; k < original.positions().size(); k++) {
            Position p = original.positions().get(k);
            double s = size[from + k];
            if (s != 0.0) {
                positions.add(s == p.size() && funding[from + k] == p.accruedFunding() ? p
                        : p.withSize(s).withAccruedFunding(funding[from + k]));
            }
        }
        return original.withPositions(positions).withBalance(book.policy.settlementAsset(), settlement[account]);
    }

    /**
     * What {@link #liquidate} did, account by account in the order appended, in primitive columns.
     * Per entry: the account, its health before and after, its fills, and for the caller's insurance
     * fund the penalty shares and the deficit (USD). Per fill: column position, signed size closed
     * (a long closes a positive size), price (USD per unit), penalty (USD). Single-writer.
     */
    public static final class Log {
        private int entries;
        private int[] account = new int[16];
        private byte[] before = new byte[16];
        private byte[] after = new byte[16];
        private double[] shortfall = new double[16];
        private int[] fillEnd = new int[16];
        private int fills;
        private int[] fillPosition = new int[64];
        private double[] fillClosed = new double[64];
        private double[] fillPrice = new double[64];
        private double[] fillCharge = new double[64];
        private double[] fillShare = new double[64];
        final double[] figures = new double[3];
        double[] chunk = new double[8];
        double[] upnl = new double[8];
        double[] requirement = new double[8];

        /** Empties the log, keeping its arrays (a sweep reuses its logs from one scenario to the next). */
        public void clear() {
            entries = 0;
            fills = 0;
        }

        void scratch(int positions) {
            if (chunk.length < positions) {
                chunk = new double[positions];
                upnl = new double[positions];
                requirement = new double[positions];
            }
        }

        void begin(int a, HealthState health) {
            if (entries == account.length) {
                int cap = entries * 2;
                account = Arrays.copyOf(account, cap);
                before = Arrays.copyOf(before, cap);
                after = Arrays.copyOf(after, cap);
                shortfall = Arrays.copyOf(shortfall, cap);
                fillEnd = Arrays.copyOf(fillEnd, cap);
            }
            account[entries] = a;
            before[entries] = (byte) health.ordinal();
            fillEnd[entries] = fills;
        }

        void fill(int p, double closed, double price, double charge, double liquidatorShare) {
            if (fills == fillPosition.length) {
                int cap = fills * 2;
                fillPosition = Arrays.copyOf(fillPosition, cap);
                fillClosed = Arrays.copyOf(fillClosed, cap);
                fillPrice = Arrays.copyOf(fillPrice, cap);
                fillCharge = Arrays.copyOf(fillCharge, cap);
                fillShare = Arrays.copyOf(fillShare, cap);
            }
            fillPosition[fills] = p;
            fillClosed[fills] = closed;
            fillPrice[fills] = price;
            fillCharge[fills] = charge;
            fillShare[fills] = liquidatorShare;
            fills++;
            fillEnd[entries] = fills;
        }

        void end(double deficit, HealthState health) {
            shortfall[entries] = deficit;
            after[entries] = (byte) health.ordinal();
            fillEnd[entries] = fills;
            entries++;
        }

        /** Number of entries. */
        public int entries() {
            return entries;
        }

        /** Account of entry {@code e}. */
        public int account(int e) {
            return account[e];
        }

        /** Health of entry {@code e}'s account when its liquidation began. */
        public HealthState healthBefore(int e) {
            return HealthState.values()[before[e]];
        }

        /** Health of entry {@code e}'s account afterwards. */
        public HealthState healthAfter(int e) {
            return HealthState.values()[after[e]];
        }

        /** Negative equity left once entry {@code e}'s positions were closed, USD ({@code >= 0}): for the fund, then bad debt. */
        public double shortfall(int e) {
            return shortfall[e];
        }

        /** First fill of entry {@code e}. */
        public int fillFrom(int e) {
            return e == 0 ? 0 : fillEnd[e - 1];
        }

        /** One past the last fill of entry {@code e}. */
        public int fillTo(int e) {
            return fillEnd[e];
        }

        /** Column position of fill {@code f}. */
        public int fillPosition(int f) {
            return fillPosition[f];
        }

        /** Signed size closed by fill {@code f}. */
        public double fillClosed(int f) {
            return fillClosed[f];
        }

        /** Price of fill {@code f}, USD per unit (the mark). */
        public double fillPrice(int f) {
            return fillPrice[f];
        }

        /** Penalty charged by fill {@code f}, USD. */
        public double fillPenalty(int f) {
            return fillCharge[f];
        }

        /** The liquidator's share of fill {@code f}'s penalty, in [0, 1]. */
        public double fillLiquidatorShare(int f) {
            return fillShare[f];
        }
    }
}
