package com.solvent.model.book;

import com.solvent.model.Checks;
import com.solvent.model.account.Account;
import com.solvent.model.account.CollateralBalance;
import com.solvent.model.account.Position;
import com.solvent.model.market.Market;
import com.solvent.model.market.Perpetual;
import com.solvent.model.option.OptionPosition;
import com.solvent.model.policy.CollateralAsset;
import com.solvent.model.policy.MarginPolicy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A large set of accounts under one {@link MarginPolicy}, laid out in primitive columns for
 * evaluating all of them at once (see {@link BookEvaluator}). The public API stays records: a book
 * is built from {@link Account}s and answers by account index and id; the arrays never leave the
 * package.
 *
 * <p>Immutable once built, and safe to share between threads.
 *
 * <p><b>Layout.</b> Accounts are numbered {@code 0 .. accountCount()-1} in the order they were added.
 * Account {@code a}'s cross collateral occupies {@code collateralStart[a] .. collateralStart[a+1]-1}
 * of the collateral columns (collateral asset index, signed units), its positions
 * {@code positionStart[a] .. positionStart[a+1]-1} of the position columns (market index, signed
 * size in underlying units, entry price USD per unit). Accrued funding (USD, does not depend on
 * any price) is summed per account. Price symbols (market underlyings and the assets pricing
 * collateral), collateral assets and markets are numbered by sorted symbol / id.
 *
 * <p><b>Routed accounts.</b> The columns hold linear perpetuals in the cross pool only. An account
 * with an isolated position, a dated future (whose value depends on the evaluation time), an option
 * position (valued by Black-76, margined by the option margin model), or a
 * market or collateral asset the policy does not list keeps its {@link Account} record and is
 * evaluated by the record-level {@link com.solvent.model.engine.MarginEngine}, so that its figures
 * (or its failure) are the engine's by construction. Such accounts are expected to be rare;
 * {@link #routedCount()} tells how many.
 *
 * <p><b>Holders.</b> For each price symbol, the ascending list of accounts whose figures depend on
 * it (a position in a market on it, or a collateral balance priced by it), so that one price
 * change re-evaluates only those accounts.
 */
public final class Book {
    final MarginPolicy policy;
    final String[] assets;
    /** Accepted collateral by index: symbol, the asset that prices it, and its weights. */
    final String[] collateralSymbols;
    final int[] collateralPriceAsset;
    final double[] valueWeight;
    final double[] liabilityWeight;

    final String[] marketIds;
    final int[] marketUnderlying;
    final TierTable tiers;

    final String[] accountIds;
    final int[] collateralStart;
    final short[] collateralKind;
    final double[] collateralAmount;
    final int[] positionStart;
    final short[] positionMarket;
    final double[] positionSize;
    final double[] positionEntry;
    /** Accrued funding per position, USD (liquidation and deleveraging realize it pro rata). */
    final double[] positionFunding;
    final double[] accountFunding;

    /** Ascending indices of the routed accounts, and their records in the same order. */
    final int[] routedIndex;
    final Account[] routedAccounts;

    final int[] holdersStart;
    final int[] holders;
    /**
     * Per market, the positions held in it: {@code marketPositions[marketPositionsStart[m] ..
     * marketPositionsStart[m+1]-1]}, ascending, each with its account in {@link #positionOwner}
     * (auto-deleveraging ranks one market's holders).
     */
    final int[] marketPositionsStart;
    final int[] marketPositions;
    final int[] positionOwner;

    private final Map<String, Integer> accountIndex;
    private final Map<String, Integer> assetIndex;

    private Book(Builder b) {
        policy = b.policy;
        assets = b.assets;
        collateralSymbols = b.collateralSymbols;
        collateralPriceAsset = b.collateralPriceAsset;
        valueWeight = b.valueWeight;
        liabilityWeight = b.liabilityWeight;
        marketIds = b.marketIds;
        marketUnderlying = b.marketUnderlying;
        tiers = b.tiers;
        int n = b.accountCount;
        accountIds = Arrays.copyOf(b.accountIds, n);
        collateralStart = Arrays.copyOf(b.collateralStart, n + 1);
        int c = collateralStart[n];
        collateralKind = Arrays.copyOf(b.collateralKind, c);
        collateralAmount = Arrays.copyOf(b.collateralAmount, c);
        positionStart = Arrays.copyOf(b.positionStart, n + 1);
        int p = positionStart[n];
        positionMarket = Arrays.copyOf(b.positionMarket, p);
        positionSize = Arrays.copyOf(b.positionSize, p);
        positionEntry = Arrays.copyOf(b.positionEntry, p);
        positionFunding = Arrays.copyOf(b.positionFunding, p);
        accountFunding = Arrays.copyOf(b.accountFunding, n);
        routedIndex = b.routedIndex.stream().mapToInt(Integer::intValue).toArray();
        routedAccounts = b.routed.toArray(Account[]::new);
        accountIndex = b.accountIndex;
        Map<String, Integer> ai = new HashMap<>();
        for (int i = 0; i < assets.length; i++) {
            ai.put(assets[i], i);
        }
        assetIndex = Map.copyOf(ai);

        // Holders per asset, built by counting then filling, so that each list is ascending.
        int[] scratch = new int[assets.length];
        holdersStart = new int[assets.length + 1];
        for (int a = 0; a < n; a++) {
            int k = assetsOf(a, scratch);
            for (int i = 0; i < k; i++) {
                holdersStart[scratch[i] + 1]++;
            }
        }
        for (int s = 0; s < assets.length; s++) {
            holdersStart[s + 1] += holdersStart[s];
        }
        holders = new int[holdersStart[assets.length]];
        int[] fill = Arrays.copyOf(holdersStart, assets.length);
        for (int a = 0; a < n; a++) {
            int k = assetsOf(a, scratch);
            for (int i = 0; i < k; i++) {
                holders[fill[scratch[i]]++] = a;
            }
        }

        positionOwner = new int[p];
        marketPositionsStart = new int[marketIds.length + 1];
        for (int a = 0; a < n; a++) {
            for (int q = positionStart[a]; q < positionStart[a + 1]; q++) {
                positionOwner[q] = a;
                marketPositionsStart[positionMarket[q] + 1]++;
            }
        }
        for (int m = 0; m < marketIds.length; m++) {
            marketPositionsStart[m + 1] += marketPositionsStart[m];
        }
        marketPositions = new int[p];
        int[] next = Arrays.copyOf(marketPositionsStart, marketIds.length);
        for (int q = 0; q < p; q++) {
            marketPositions[next[positionMarket[q]]++] = q;
        }
    }

    /** Writes the distinct assets account {@code a} depends on into {@code out}; returns how many. */
    private int assetsOf(int a, int[] out) {
        int k = 0;
        int routed = Arrays.binarySearch(routedIndex, a);
        if (routed >= 0) {
            Account account = routedAccounts[routed];
            for (CollateralBalance balance : account.collateral()) {
                CollateralAsset asset = policy.collateral().get(balance.asset());
                k = addDistinct(asset == null ? -1 : assetIndex(asset.priceAsset()), out, k);
            }
            for (Position position : account.positions()) {
                Market market = policy.markets().get(position.marketId());
                k = addDistinct(market == null ? -1 : assetIndex(market.underlying()), out, k);
            }
            for (OptionPosition option : account.options()) {
                k = addDistinct(assetIndex(option.contract().underlying()), out, k);
            }
            return k;
        }
        for (int c = collateralStart[a]; c < collateralStart[a + 1]; c++) {
            k = addDistinct(collateralPriceAsset[collateralKind[c]], out, k);
        }
        for (int p = positionStart[a]; p < positionStart[a + 1]; p++) {
            k = addDistinct(marketUnderlying[positionMarket[p]], out, k);
        }
        return k;
    }

    private static int addDistinct(int asset, int[] out, int k) {
        if (asset < 0) {
            return k;
        }
        for (int i = 0; i < k; i++) {
            if (out[i] == asset) {
                return k;
            }
        }
        out[k] = asset;
        return k + 1;
    }

    /** A book of {@code accounts} (in this order) under {@code policy}. */
    public static Book of(List<Account> accounts, MarginPolicy policy) {
        Builder builder = builder(policy);
        accounts.forEach(builder::add);
        return builder.build();
    }

    /** A builder that takes accounts one at a time, so that a large book never needs every record in memory. */
    public static Builder builder(MarginPolicy policy) {
        return new Builder(policy);
    }

    public MarginPolicy policy() {
        return policy;
    }

    public int accountCount() {
        return accountIds.length;
    }

    /** Number of positions held in the columns (routed accounts' positions not included). */
    public int positionCount() {
        return positionSize.length;
    }

    /** Number of accounts evaluated by the record-level engine instead of the columns. */
    public int routedCount() {
        return routedIndex.length;
    }

    /**
     * Whether account {@code account} is evaluated by the record engine rather than the columns (see
     * "Routed accounts" above): its figures are then the engine's, and only cross-perpetual accounts'
     * figures are the columns'.
     */
    public boolean isRouted(int account) {
        return Arrays.binarySearch(routedIndex, account) >= 0;
    }

    public String accountId(int account) {
        return accountIds[account];
    }

    /** Index of the account with this id, or -1. */
    public int indexOf(String accountId) {
        Integer i = accountIndex.get(accountId);
        return i == null ? -1 : i;
    }

    /** The price symbols this book depends on (market underlyings and collateral price assets), in index order. */
    public List<String> assets() {
        return List.of(assets);
    }

    /** Index of {@code asset} among {@link #assets()}, or -1. */
    public int assetIndex(String asset) {
        Integer i = assetIndex.get(asset);
        return i == null ? -1 : i;
    }

    /** Number of accounts whose figures depend on {@code asset}'s price (0 for an unknown asset). */
    public int holderCount(String asset) {
        int s = assetIndex(asset);
        return s < 0 ? 0 : holdersStart[s + 1] - holdersStart[s];
    }

    /**
     * Bytes held by the columns and indexes (arrays only: headers, the account id strings and the
     * routed records are not counted). A cross-check for the measured heap.
     */
    public long columnBytes() {
        return passInputBytes() + 2L * positionMarket.length + 4L * holders.length + 4L * holdersStart.length
                + tiers.bytes() + 8L * positionFunding.length + 4L * marketPositions.length + 4L * positionOwner.length
                + 4L * marketPositionsStart.length;
    }

    /**
     * Bytes of the account columns: account starts and funding, the collateral columns, and each
     * position's size and entry price (the main part of {@link #columnBytes()}). What a full pass
     * reads is {@link BookEvaluator#passInputBytes()}: the evaluator keeps each position's tier slot
     * instead of its market, and each account's first two balances in fixed places.
     */
    public long passInputBytes() {
        long n = accountIds.length;
        long c = collateralAmount.length;
        long p = positionSize.length;
        return 4 * (n + 1) * 2 + 8 * n      // collateral and position starts, funding
                + c * (2 + 8)               // collateral asset, amount
                + p * (8 + 8);              // size, entry
    }

    /** Accumulates accounts into growing primitive columns. Not thread-safe. */
    public static final class Builder {
        private final MarginPolicy policy;
        private final String[] assets;
        private final String[] collateralSymbols;
        private final int[] collateralPriceAsset;
        private final double[] valueWeight;
        private final double[] liabilityWeight;
        private final Map<String, Integer> collateralIndex = new HashMap<>();
        private final String[] marketIds;
        private final int[] marketUnderlying;
        private final TierTable tiers;
        private final Map<String, Integer> assetIndex = new HashMap<>();
        private final Map<String, Integer> marketIndex = new HashMap<>();

        private int accountCount;
        private String[] accountIds = new String[16];
        private int[] collateralStart = new int[17];
        private short[] collateralKind = new short[16];
        private double[] collateralAmount = new double[16];
        private int[] positionStart = new int[17];
        private short[] positionMarket = new short[64];
        private double[] positionSize = new double[64];
        private double[] positionEntry = new double[64];
        private double[] positionFunding = new double[64];
        private double[] accountFunding = new double[16];
        private final List<Integer> routedIndex = new ArrayList<>();
        private final List<Account> routed = new ArrayList<>();
        private final Map<String, Integer> accountIndex = new HashMap<>();
        private boolean built;

        private Builder(MarginPolicy policy) {
            this.policy = Checks.required(policy, "policy");
            List<Market> markets = new ArrayList<>(policy.markets().values());
            markets.sort(Comparator.comparing(Market::id));
            List<String> symbols = new ArrayList<>();
            markets.forEach(m -> symbols.add(m.underlying()));
            policy.collateral().values().forEach(c -> symbols.add(c.priceAsset()));
            assets = symbols.stream().distinct().sorted().toArray(String[]::new);
            collateralSymbols = policy.collateral().keySet().stream().sorted().toArray(String[]::new);
            if (collateralSymbols.length > Short.MAX_VALUE || markets.size() > Short.MAX_VALUE) {
                throw new IllegalArgumentException("policy " + policy.name() + ": more than "
                        + Short.MAX_VALUE + " collateral assets or markets");
            }
            for (int s = 0; s < assets.length; s++) {
                assetIndex.put(assets[s], s);
            }
            collateralPriceAsset = new int[collateralSymbols.length];
            valueWeight = new double[collateralSymbols.length];
            liabilityWeight = new double[collateralSymbols.length];
            for (int k = 0; k < collateralSymbols.length; k++) {
                CollateralAsset asset = policy.collateral().get(collateralSymbols[k]);
                collateralIndex.put(asset.symbol(), k);
                collateralPriceAsset[k] = assetIndex.get(asset.priceAsset());
                valueWeight[k] = asset.valueWeight();
                liabilityWeight[k] = asset.liabilityWeight();
            }
            marketIds = new String[markets.size()];
            marketUnderlying = new int[markets.size()];
            for (int m = 0; m < markets.size(); m++) {
                marketIds[m] = markets.get(m).id();
                marketUnderlying[m] = assetIndex.get(markets.get(m).underlying());
                marketIndex.put(marketIds[m], m);
            }
            tiers = new TierTable(markets);
        }

        /** Appends {@code account}; its index is the number of accounts added before it. */
        public Builder add(Account account) {
            Checks.required(account, "account");
            if (built) {
                throw new IllegalStateException("book already built");
            }
            if (accountIndex.putIfAbsent(account.id(), accountCount) != null) {
                throw new IllegalArgumentException("account " + account.id() + " added twice to the book");
            }
            int a = accountCount++;
            ensureAccounts(accountCount);
            accountIds[a] = account.id();
            int c = collateralStart[a];
            int p = positionStart[a];
            if (isColumnar(account)) {
                ensureCollateral(c + account.collateral().size());
                for (CollateralBalance balance : account.collateral()) {
                    collateralKind[c] = (short) (int) collateralIndex.get(balance.asset());
                    collateralAmount[c] = balance.amount();
                    c++;
                }
                ensurePositions(p + account.positions().size());
                double funding = 0.0;
                for (Position position : account.positions()) {
                    positionMarket[p] = (short) (int) marketIndex.get(position.marketId());
                    positionSize[p] = position.size();
                    positionEntry[p] = position.entryPrice();
                    positionFunding[p] = position.accruedFunding();
                    funding += position.accruedFunding();
                    p++;
                }
                accountFunding[a] = funding;
            } else {
                routedIndex.add(a);
                routed.add(account);
            }
            collateralStart[a + 1] = c;
            positionStart[a + 1] = p;
            return this;
        }

        /**
         * Only accounts of listed collateral and cross positions in listed perpetual markets, without
         * options, go to the columns; the engine turns an unknown market or asset into a failure with its reason.
         */
        private boolean isColumnar(Account account) {
            if (!account.options().isEmpty()) {
                return false;
            }
            for (CollateralBalance balance : account.collateral()) {
                if (!policy.collateral().containsKey(balance.asset())) {
                    return false;
                }
            }
            for (Position position : account.positions()) {
                Market market = policy.markets().get(position.marketId());
                if (position.isIsolated() || market == null || !(market.instrument() instanceof Perpetual)) {
                    return false;
                }
            }
            return true;
        }

        public Book build() {
            if (built) {
                throw new IllegalStateException("book already built");
            }
            built = true;
            return new Book(this);
        }

        private void ensureAccounts(int n) {
            if (n > accountIds.length) {
                int cap = Math.max(n, accountIds.length * 2);
                accountIds = Arrays.copyOf(accountIds, cap);
                collateralStart = Arrays.copyOf(collateralStart, cap + 1);
                positionStart = Arrays.copyOf(positionStart, cap + 1);
                accountFunding = Arrays.copyOf(accountFunding, cap);
            }
        }

        private void ensureCollateral(int n) {
            if (n > collateralAmount.length) {
                int cap = Math.max(n, collateralAmount.length * 2);
                collateralKind = Arrays.copyOf(collateralKind, cap);
                collateralAmount = Arrays.copyOf(collateralAmount, cap);
            }
        }

        private void ensurePositions(int n) {
            if (n > positionSize.length) {
                int cap = Math.max(n, positionSize.length * 2);
                positionMarket = Arrays.copyOf(positionMarket, cap);
                positionSize = Arrays.copyOf(positionSize, cap);
                positionEntry = Arrays.copyOf(positionEntry, cap);
                positionFunding = Arrays.copyOf(positionFunding, cap);
            }
        }
    }
}
