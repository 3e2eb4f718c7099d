package com.solvent.chain.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A replay: one account (or the whole book) from block {@code from} to block {@code to}.
 *
 * @param account the account to replay (lower-case), empty for every account the venue had at each block
 * @param from    first block
 * @param to      last block (inclusive)
 * @param every   step between replayed blocks ({@code 1} = every block); {@code to} is always replayed
 */
public record ReplayRequest(Optional<String> account, long from, long to, int every) {
    /** More blocks than this are refused: ask every k-th instead. */
    public static final int MAX_BLOCKS = 100_000;

    public ReplayRequest {
        account = account.map(a -> {
            if (!a.matches("0x[0-9a-fA-F]{40}")) {
                throw new IllegalArgumentException("account must be a 0x-prefixed 20-byte hex address, was " + a);
            }
            return a.toLowerCase(Locale.ROOT);
        });
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("the block range must satisfy 0 <= from <= to, was " + from + ".." + to);
        }
        if (every < 1) {
            throw new IllegalArgumentException("every must be at least 1, was " + every);
        }
        long count = (to - from) / every + 1;
        if (count > MAX_BLOCKS) {
            throw new IllegalArgumentException("blocks " + from + ".." + to + " every " + every + " are " + count
                    + " blocks, more than " + MAX_BLOCKS + "; replay every k-th block (every >= "
                    + ((to - from) / (MAX_BLOCKS - 1) + 1) + ")");
        }
    }

    /** One account over a range. */
    public static ReplayRequest account(String account, long from, long to, int every) {
        return new ReplayRequest(Optional.of(account), from, to, every);
    }

    /** Every account of the venue over a range. */
    public static ReplayRequest wholeBook(long from, long to, int every) {
        return new ReplayRequest(Optional.empty(), from, to, every);
    }

    /** The blocks replayed, in order: from, from + every, ..., and to. */
    public List<Long> blocks() {
        List<Long> out = new ArrayList<>();
        for (long b = from; b <= to; b += every) {
            out.add(b);
        }
        if (out.getLast() != to) {
            out.add(to);
        }
        return out;
    }
}
