package com.solvent.chain.rpc;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * Reads eth_getLogs over a long block range in pages a provider accepts. A page spans at most
 * {@link RpcLimits#maxBlockRange()} blocks; a page the node refuses as too large
 * ({@link LogQueryRejection}) is asked again for fewer blocks: the range the provider suggests
 * when it names one, else half. A span refused as such ({@link LogQueryRejection.Kind#RANGE})
 * becomes the ceiling for the rest of the pager's life; a span refused for holding too many logs
 * ({@link LogQueryRejection.Kind#RESULTS}) only shrinks the current pages, which double again after
 * a few accepted ones, so one dense stretch does not slow a whole scan. One instance per connection;
 * not thread-safe.
 */
public final class LogPager {
    /** Accepted pages in a row before the span doubles again (up to the ceiling). */
    static final int GROW_AFTER = 4;

    /** Receives each page in block order. */
    @FunctionalInterface
    public interface PageSink {
        /**
         * The logs of blocks {@code [from, to]} (removed logs left out).
         *
         * @throws IOException to stop the scan (propagated to the caller)
         */
        void accept(long from, long to, List<EventLog> logs) throws IOException;
    }

    /** One eth_getLogs request, as {@link ChainRpc#logsPage} makes it. */
    @FunctionalInterface
    interface PageSource {
        List<EventLog> logs(long from, long to, Collection<String> addresses, List<String> topics) throws IOException;
    }

    private final PageSource source;
    private long span;
    private long ceiling;
    private int accepted;
    private int refusals;

    LogPager(PageSource source, int maxBlockRange) {
        if (maxBlockRange < 1) {
            throw new IllegalArgumentException("maxBlockRange must be positive, was " + maxBlockRange);
        }
        this.source = source;
        this.span = maxBlockRange;
        this.ceiling = maxBlockRange;
    }

    /**
     * The logs of {@code addresses} in {@code [from, to]}, page by page into {@code sink}.
     *
     * @param topics topic filters by position ({@code topics.get(0)} = event signature); empty for all events
     * @throws IOException when the node fails otherwise, or refuses even a single block
     */
    public void scan(long from, long to, Collection<String> addresses, List<String> topics, PageSink sink)
            throws IOException {
        long start = from;
        while (start <= to) {
            long end = Math.min(to, start + span - 1);
            List<EventLog> logs;
            try {
                logs = source.logs(start, end, addresses, topics);
            } catch (IOException e) {
                LogQueryRejection rejection = LogQueryRejection.of(e).orElse(null);
                if (rejection == null) {
                    throw e;
                }
                if (end == start) {
                    throw new IOException("eth_getLogs for the single block " + start + " was refused as too large ("
                            + rejection.reason() + "); the node's cap is below one block's logs", e);
                }
                shrink(start, end, rejection);
                continue;
            }
            sink.accept(start, end, logs);
            start = end + 1;
            if (++accepted >= GROW_AFTER && span < ceiling) {
                span = Math.min(ceiling, span * 2);
                accepted = 0;
            }
        }
    }

    private void shrink(long start, long end, LogQueryRejection rejection) {
        refusals++;
        long asked = end - start + 1;
        long next = Math.max(1, asked / 2);
        if (rejection.suggestedTo().isPresent()) {
            long suggested = rejection.suggestedTo().getAsLong();
            if (suggested >= start && suggested < end) {
                next = suggested - start + 1;
            }
        }
        span = next;
        accepted = 0;
        if (rejection.kind() == LogQueryRejection.Kind.RANGE) {
            ceiling = Math.min(ceiling, next);
        }
    }

    /** The span the next page will ask for, in blocks. */
    public long span() {
        return span;
    }

    /** How many requests the node refused as too large so far. */
    public int refusals() {
        return refusals;
    }
}
