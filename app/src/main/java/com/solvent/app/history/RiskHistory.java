package com.solvent.app.history;

import java.util.Arrays;

/**
 * An account's margin ratio and equity (USD) per block, kept while the app runs: a bounded
 * ring buffer of primitive arrays, so a long session costs a fixed amount of memory and an
 * append allocates nothing. A second report for the block already last recorded replaces it
 * (a repeated publication or a what-if-free re-evaluation of the same block is not a new point).
 * Confined to the FX thread, like the views that draw it.
 */
public final class RiskHistory {
    /** Blocks kept per account unless told otherwise: about 7 hours of 12-second blocks. */
    public static final int DEFAULT_CAPACITY = 2_000;

    private final long[] blocks;
    private final double[] marginRatios;
    private final double[] equities;
    /** Index of the oldest point. */
    private int start;
    private int size;
    /** Bumped on every change, so a drawing can skip repainting an unchanged history. */
    private long version;

    public RiskHistory() {
        this(DEFAULT_CAPACITY);
    }

    public RiskHistory(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("capacity must be at least 2 points, was " + capacity);
        }
        blocks = new long[capacity];
        marginRatios = new double[capacity];
        equities = new double[capacity];
    }

    /**
     * Records the figures of {@code block}; the oldest point goes when the buffer is full. A
     * block older than the last recorded one (a reorg or a restarted devnet) starts the history
     * afresh, so the block axis never runs backwards.
     */
    public void record(long block, double marginRatio, double equity) {
        if (!Double.isFinite(marginRatio) || !Double.isFinite(equity)) {
            throw new IllegalArgumentException("block " + block + ": margin ratio and equity must be finite, were "
                    + marginRatio + " and " + equity);
        }
        if (size > 0) {
            long last = block(size - 1);
            if (block == last) {
                int i = index(size - 1);
                marginRatios[i] = marginRatio;
                equities[i] = equity;
                version++;
                return;
            }
            if (block < last) {
                clear();
            }
        }
        int i;
        if (size < blocks.length) {
            i = index(size);
            size++;
        } else {
            i = start;
            start = (start + 1) % blocks.length;
        }
        blocks[i] = block;
        marginRatios[i] = marginRatio;
        equities[i] = equity;
        version++;
    }

    public void clear() {
        start = 0;
        size = 0;
        version++;
    }

    public int capacity() {
        return blocks.length;
    }

    /** Number of points held, at most {@link #capacity()}. */
    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public long version() {
        return version;
    }

    /** Block of the {@code n}-th point, oldest first. */
    public long block(int n) {
        return blocks[index(checked(n))];
    }

    /** Margin ratio (maintenance / equity, a fraction) of the {@code n}-th point, oldest first. */
    public double marginRatio(int n) {
        return marginRatios[index(checked(n))];
    }

    /** Equity in USD of the {@code n}-th point, oldest first. */
    public double equity(int n) {
        return equities[index(checked(n))];
    }

    /** Margin ratios oldest first, as a new array. */
    public double[] marginRatios() {
        return copy(marginRatios);
    }

    /** Equities oldest first, as a new array. */
    public double[] equities() {
        return copy(equities);
    }

    /** Blocks oldest first, as a new array. */
    public long[] blocks() {
        long[] out = new long[size];
        for (int n = 0; n < size; n++) {
            out[n] = blocks[index(n)];
        }
        return out;
    }

    private double[] copy(double[] ring) {
        double[] out = new double[size];
        int firstRun = Math.min(size, ring.length - start);
        System.arraycopy(ring, start, out, 0, firstRun);
        System.arraycopy(ring, 0, out, firstRun, size - firstRun);
        return out;
    }

    private int index(int n) {
        return (start + n) % blocks.length;
    }

    private int checked(int n) {
        if (n < 0 || n >= size) {
            throw new IndexOutOfBoundsException("point " + n + " of " + size);
        }
        return n;
    }

    @Override
    public String toString() {
        return "RiskHistory" + Arrays.toString(blocks());
    }
}
