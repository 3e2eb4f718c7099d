package com.solvent.model.stress;

import com.solvent.model.Checks;
import com.solvent.model.account.Account;
import com.solvent.model.account.Position;
import com.solvent.model.book.Book;
import com.solvent.model.book.LiquidationColumns;
import com.solvent.model.policy.MarginPolicy;

import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntFunction;

/**
 * A book of accounts for stress runs: the columnar {@link Book} that screens every account at once,
 * and the account records by index, which the record-level liquidation engine needs for the few
 * accounts the screen finds at or past maintenance. Immutable and safe to share between threads
 * (as long as {@code records} is).
 *
 * <p>Also indexes, per market, the accounts holding a position in it: the only candidates for
 * auto-deleveraging against a bankrupt position in that market.
 *
 * <p>Keeps the single-thread columnar sweeps that {@link StressRunner} runs have finished with, for
 * the next run over the same book (scratch behind the immutable book: what a run returns never
 * depends on whether its sweep was kept or new; see {@link #borrowSweep}).
 */
public final class StressBook {
    private final Book book;
    private final IntFunction<Account> records;
    private final Map<String, int[]> holdersByMarket;

    private StressBook(Book book, IntFunction<Account> records) {
        this.book = book;
        this.records = records;
        Map<String, IntList> holders = new HashMap<>();
        for (int a = 0; a < book.accountCount(); a++) {
            for (Position p : records.apply(a).positions()) {
                IntList list = holders.computeIfAbsent(p.marketId(), k -> new IntList());
                if (list.size == 0 || list.values[list.size - 1] != a) {
                    list.add(a);
                }
            }
        }
        Map<String, int[]> index = new HashMap<>();
        holders.forEach((market, list) -> index.put(market, java.util.Arrays.copyOf(list.values, list.size)));
        this.holdersByMarket = Map.copyOf(index);
    }

    /** A book of {@code accounts} (in this order) under {@code policy}. */
    public static StressBook of(List<Account> accounts, MarginPolicy policy) {
        List<Account> copy = List.copyOf(Checks.required(accounts, "accounts"));
        return new StressBook(Book.of(copy, policy), copy::get);
    }

    /**
     * A stress book over an existing columnar book; {@code records.apply(i)} must return the account
     * that was added {@code i}-th to {@code book} (e.g. {@code list::get}, or a deterministic generator).
     */
    public static StressBook of(Book book, IntFunction<Account> records) {
        return new StressBook(Checks.required(book, "book"), Checks.required(records, "records"));
    }

    public Book book() {
        return book;
    }

    public MarginPolicy policy() {
        return book.policy();
    }

    public int accountCount() {
        return book.accountCount();
    }

    /** The account record at index {@code account}, as it was before any run. */
    public Account account(int account) {
        return records.apply(account);
    }

    /** Ascending indices of the accounts with a position in {@code marketId} (empty when none). */
    public int[] holders(String marketId) {
        int[] h = holdersByMarket.get(marketId);
        return h == null ? new int[0] : h.clone();
    }

    private volatile String[] positionIds;

    /**
     * The id of every position the columns hold, by column position (an account's positions in
     * record order), read once from the records and kept: auto-deleveraging names the positions it
     * reduces, and reading each id through its account record costs several dependent loads.
     */
    public String[] positionIds() {
        String[] ids = positionIds;
        if (ids == null) {
            synchronized (this) {
                ids = positionIds;
                if (ids == null) {
                    ids = LiquidationColumns.positionIds(book, records);
                    positionIds = ids;
                }
            }
        }
        return ids;
    }

    /** Every account record, in index order (for small books and tests). */
    public List<Account> accounts() {
        List<Account> all = new ArrayList<>(accountCount());
        for (int a = 0; a < accountCount(); a++) {
            all.add(account(a));
        }
        return all;
    }

    /** Most spare sweeps kept: one per worker of a runner on a machine of a few cores. */
    private static final int SPARE_SWEEPS = 4;

    /**
     * Sweeps finished with, softly held (the collector drops them when memory runs short). A sweep of
     * a million-account book holds about 130 MB of columns, evaluator results and scratch; building
     * them for every run of a library (the app re-runs it as prices move, the benchmarks repeat it)
     * cost allocating, zeroing and filling them and collecting the previous run's.
     */
    private final ConcurrentLinkedQueue<SoftReference<LiquidationSweep>> spareSweeps = new ConcurrentLinkedQueue<>();

    /**
     * A columnar sweep on the caller's thread over this book as built, with {@code insuranceFund} USD:
     * a kept one reset to the book (every account unchanged), or a new one. Hand it back with
     * {@link #returnSweep} when done, or close it.
     */
    LiquidationSweep borrowSweep(double insuranceFund) {
        for (SoftReference<LiquidationSweep> ref = spareSweeps.poll(); ref != null; ref = spareSweeps.poll()) {
            LiquidationSweep sweep = ref.get();
            if (sweep != null) {
                sweep.reset(insuranceFund);
                return sweep;
            }
        }
        return new LiquidationSweep(this, insuranceFund, 1, LiquidationSweep.Path.COLUMNAR);
    }

    /** Keeps a sweep of {@link #borrowSweep} that finished its runs (not one a failure interrupted) for the next run. */
    void returnSweep(LiquidationSweep sweep) {
        if (spareSweeps.size() < SPARE_SWEEPS) {
            spareSweeps.add(new SoftReference<>(sweep));
        } else {
            sweep.close();
        }
    }

    /** A growable int array: the holder index of a million-account book without boxing. */
    private static final class IntList {
        int[] values = new int[16];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }
}
