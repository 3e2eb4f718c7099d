package com.solvent.app.venue;

import com.solvent.model.account.Account;
import com.solvent.model.book.Book;
import com.solvent.model.cascade.CascadeResult;
import com.solvent.model.cascade.CascadeSettings;
import com.solvent.model.cascade.CascadeSimulation;
import com.solvent.model.distribution.LiquidationMap;
import com.solvent.model.distribution.LiquidationMapBuilder;
import com.solvent.model.distribution.MarginRatioHistogram;
import com.solvent.model.price.PriceSet;
import com.solvent.model.stress.StressBook;
import com.solvent.model.stress.StressResult;
import com.solvent.model.stress.StressRunner;
import com.solvent.model.stress.StressScenario;
import com.solvent.model.task.TaskMonitor;

import java.util.List;
import java.util.Map;

/**
 * The risk desk's one door to the core's book-wide computations: stress runs, cascades, the
 * margin-ratio histogram and liquidation maps ({@code com.solvent.model.stress}, {@code .cascade},
 * {@code .distribution}). Every desk view calls these methods and nothing else of those packages'
 * runners, so a change of their signatures is absorbed here. Stateless; thread-safe; every method
 * is long-running, cancellable through its monitor, and meant for a background thread.
 */
public final class VenueAnalytics {
    /** Margin-ratio bands of the histogram: the core's default (tenths to 100 %, then 150 % and 200 %). */
    public static final double[] HISTOGRAM_EDGES = MarginRatioHistogram.DEFAULT_EDGES.clone();

    private final int threads;

    /** Computations on {@code threads} threads (1 = the caller's). */
    public VenueAnalytics(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
    }

    /** One thread fewer than the machine has (at least one): the FX thread keeps a core to draw. */
    public static VenueAnalytics forDesk() {
        return new VenueAnalytics(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }

    /** The stress book over a columnar book already built from {@code accounts} (in that order). */
    static StressBook stressBook(Book book, List<Account> accounts) {
        return StressBook.of(book, accounts::get);
    }

    /** A stress book of {@code accounts} under {@code policy}, laid out anew. */
    static StressBook stressBook(List<Account> accounts, com.solvent.model.policy.MarginPolicy policy) {
        return StressBook.of(accounts, policy);
    }

    /** Each scenario from {@code prices} with an insurance fund of {@code insuranceFund} USD; results in order. */
    public List<StressResult> stress(StressBook book, PriceSet prices, List<StressScenario> scenarios,
                                     double insuranceFund, TaskMonitor monitor) {
        return new StressRunner(book, insuranceFund, threads).runAll(scenarios, prices, monitor);
    }

    /** The cascade {@code shock} starts from {@code prices}. */
    public CascadeResult cascade(StressBook book, PriceSet prices, StressScenario shock, CascadeSettings settings,
                                 TaskMonitor monitor) {
        return new CascadeSimulation(threads).run(book, prices, shock, settings, monitor);
    }

    /** Accounts and notional per margin-ratio band ({@link #HISTOGRAM_EDGES}). */
    public MarginRatioHistogram histogram(StressBook book, PriceSet prices, TaskMonitor monitor) {
        return MarginRatioHistogram.of(book, prices, HISTOGRAM_EDGES, threads, monitor);
    }

    /**
     * Per asset, notional becoming liquidatable per price band over {@code mark x [1 - range, 1 + range]}.
     *
     * @param range   half-width as a fraction of the mark, in (0, 1)
     * @param levels  bands, {@code >= 1}
     */
    public Map<String, LiquidationMap> liquidationMaps(StressBook book, PriceSet prices, List<String> assets,
                                                       double range, int levels, TaskMonitor monitor) {
        return new LiquidationMapBuilder(threads).build(book, prices, assets, range, levels, monitor);
    }
}
