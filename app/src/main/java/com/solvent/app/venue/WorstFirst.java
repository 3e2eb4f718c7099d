package com.solvent.app.venue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sorts venue rows into {@link VenueRow#WORST_FIRST} order, fast enough to do at every block for a
 * million accounts: instead of comparing row objects scattered over the heap, it sorts one array of
 * packed primitive keys (health and margin ratio, with the row's index in the low bits), then sorts
 * the rare runs whose keys tie with the full comparator. The result is exactly the comparator's
 * order (a test holds the two to it).
 *
 * <p>Key layout, 63 bits, ascending = worst first: 3 bits of health rank (BANKRUPT 0 .. SAFE 3, not
 * evaluated 4), 40 bits of the margin ratio's descending order (the top 40 of its 63 magnitude bits:
 * the bits of a non-negative double order as the double does), 20 bits of row index. Over 2^20 rows it
 * falls back to sorting the rows with the comparator.
 */
final class WorstFirst {
    private static final int INDEX_BITS = 20;
    private static final int RATIO_BITS = 40;
    private static final long RATIO_MAX = (1L << RATIO_BITS) - 1;

    private WorstFirst() {
    }

    static List<VenueRow> sort(List<VenueRow> rows) {
        int n = rows.size();
        if (n >= 1 << INDEX_BITS) {
            List<VenueRow> sorted = new ArrayList<>(rows);
            sorted.sort(VenueRow.WORST_FIRST);
            return sorted;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = key(rows.get(i)) << INDEX_BITS | i;
        }
        Arrays.sort(keys);
        VenueRow[] sorted = new VenueRow[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = rows.get((int) (keys[i] & ((1 << INDEX_BITS) - 1)));
        }
        // equal keys (same health, margin ratios equal to 40 bits) are ordered by the full comparator
        for (int from = 0; from < n; ) {
            int to = from + 1;
            while (to < n && keys[to] >>> INDEX_BITS == keys[from] >>> INDEX_BITS) {
                to++;
            }
            if (to - from > 1) {
                Arrays.sort(sorted, from, to, VenueRow.WORST_FIRST);
            }
            from = to;
        }
        return Arrays.asList(sorted);
    }

    /** Health rank and descending margin ratio, 43 bits. */
    private static long key(VenueRow row) {
        if (!row.evaluated()) {
            return 4L << RATIO_BITS;
        }
        long rank = 3 - row.health().ordinal();
        // a margin ratio is >= 0 (the engine's definition), so its bits order as the ratio does
        long ratio = Double.doubleToLongBits(Math.max(0.0, row.marginRatio())) >>> (63 - RATIO_BITS);
        return rank << RATIO_BITS | (RATIO_MAX - ratio);
    }
}
