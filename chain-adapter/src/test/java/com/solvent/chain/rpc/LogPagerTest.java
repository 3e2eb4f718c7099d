package com.solvent.chain.rpc;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pager against a provider with limits, played by a page source that answers as Alchemy and
 * Infura do: every block is asked exactly once in the end, in order, whatever the refusals.
 */
class LogPagerTest {
    private static final List<String> CONTRACT = List.of("0x00000000000000000000000000000000000000aa");

    /** A provider over blocks 0..N with one log per block in {@code logBlocks}; refuses as configured. */
    private static class Provider implements LogPager.PageSource {
        final Set<Long> logBlocks;
        final long maxSpan;
        final int maxLogs;
        final boolean suggest;
        final List<long[]> asked = new ArrayList<>();

        Provider(Set<Long> logBlocks, long maxSpan, int maxLogs, boolean suggest) {
            this.logBlocks = logBlocks;
            this.maxSpan = maxSpan;
            this.maxLogs = maxLogs;
            this.suggest = suggest;
        }

        @Override
        public List<EventLog> logs(long from, long to, java.util.Collection<String> addresses, List<String> topics)
                throws IOException {
            asked.add(new long[] {from, to});
            if (to - from + 1 > maxSpan) {
                String hint = suggest ? " Based on your parameters, this block range should work: [0x"
                        + Long.toHexString(from) + ", 0x" + Long.toHexString(from + maxSpan - 1) + "]" : "";
                throw new RpcErrorException("eth_getLogs to https://x failed with code -32600: You can make eth_getLogs "
                        + "requests with up to a " + maxSpan + " block range." + hint, -32600);
            }
            List<EventLog> out = new ArrayList<>();
            for (long b = from; b <= to; b++) {
                if (logBlocks.contains(b)) {
                    out.add(new EventLog(CONTRACT.getFirst(), List.of(), "0x", b, "0x" + Long.toHexString(b)));
                }
            }
            if (out.size() > maxLogs && to > from) {
                throw new RpcErrorException("eth_getLogs to https://x failed with code -32005: query returned more than "
                        + maxLogs + " results", -32005);
            }
            return out;
        }
    }

    private static List<Long> scan(LogPager pager, long from, long to) throws IOException {
        List<Long> blocks = new ArrayList<>();
        long[] next = {from};
        pager.scan(from, to, CONTRACT, List.of(), (start, end, logs) -> {
            assertThat(start).as("pages are contiguous").isEqualTo(next[0]);
            next[0] = end + 1;
            logs.forEach(l -> blocks.add(l.blockNumber()));
        });
        assertThat(next[0]).isEqualTo(to + 1);
        return blocks;
    }

    private static Set<Long> everyBlock(long from, long to, int step) {
        Set<Long> out = new TreeSet<>();
        for (long b = from; b <= to; b += step) {
            out.add(b);
        }
        return out;
    }

    @Test
    void aRangeCapBecomesTheCeilingAfterOneRefusal() throws IOException {
        Provider provider = new Provider(everyBlock(0, 9_999, 7), 500, Integer.MAX_VALUE, false);
        LogPager pager = new LogPager(provider, 2_000);

        List<Long> found = scan(pager, 0, 9_999);

        assertThat(found).containsExactlyElementsOf(provider.logBlocks);
        // 2000 refused, 1000 refused, then 500-block pages only: 20 pages and 2 refusals
        assertThat(pager.refusals()).isEqualTo(2);
        assertThat(provider.asked).hasSize(22);
        assertThat(pager.span()).isEqualTo(500);
    }

    @Test
    void theSuggestedRangeIsTakenAtOnce() throws IOException {
        Provider provider = new Provider(everyBlock(0, 9_999, 3), 300, Integer.MAX_VALUE, true);
        LogPager pager = new LogPager(provider, 2_000);

        List<Long> found = scan(pager, 0, 9_999);

        assertThat(found).containsExactlyElementsOf(provider.logBlocks);
        assertThat(pager.refusals()).isEqualTo(1);
        assertThat(pager.span()).isEqualTo(300);
    }

    @Test
    void aDenseStretchShrinksThePagesWhichGrowAgainAfter() throws IOException {
        Set<Long> logs = everyBlock(0, 99_999, 1_000);
        logs.addAll(everyBlock(50_000, 50_099, 1)); // 100 logs in 100 blocks
        Provider provider = new Provider(logs, Long.MAX_VALUE, 20, false);
        LogPager pager = new LogPager(provider, 10_000);

        List<Long> found = scan(pager, 0, 99_999);

        assertThat(found).containsExactlyElementsOf(logs);
        assertThat(pager.refusals()).isPositive();
        assertThat(pager.span()).as("wide pages again after the stretch").isGreaterThan(4_000);
    }

    @Test
    void aSingleBlockOverTheCapFailsNamingTheBlock() {
        Set<Long> logs = new TreeSet<>();
        Provider provider = new Provider(logs, 1, 0, false) {
            @Override
            public List<EventLog> logs(long from, long to, java.util.Collection<String> addresses, List<String> topics)
                    throws IOException {
                throw new RpcErrorException("query returned more than 10000 results", -32005);
            }
        };
        LogPager pager = new LogPager(provider, 8);

        assertThatThrownBy(() -> scan(pager, 40, 47)).isInstanceOf(IOException.class)
                .hasMessageContaining("single block 40").hasMessageContaining("more than 10000 results");
    }

    @Test
    void anotherFailureIsNotRetried() {
        Provider provider = new Provider(new TreeSet<>(), 100, 100, false) {
            @Override
            public List<EventLog> logs(long from, long to, java.util.Collection<String> addresses, List<String> topics)
                    throws IOException {
                asked.add(new long[] {from, to});
                throw new IOException("eth_getLogs to https://x got no answer within 5000 ms (node stalled)");
            }
        };
        LogPager pager = new LogPager(provider, 100);

        assertThatThrownBy(() -> scan(pager, 0, 999)).hasMessageContaining("stalled");
        assertThat(provider.asked).hasSize(1);
    }
}
