package com.solvent.model.stress;

import com.solvent.model.adl.AdlFill;
import com.solvent.model.book.Book;
import com.solvent.model.risk.HealthState;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.RandomAccess;

/**
 * The per-account liquidations and the deleveraging fills of a columnar sweep as lists held in
 * primitive columns, a record made on each read. A severe scenario over a million accounts lists
 * hundreds of thousands of each, and a library holds twenty scenarios' worth: as records they were
 * millions of objects for the collector to trace and copy; as columns they are a few arrays. Entries
 * from the record path (routed accounts) are kept as the records they are. Appended to by one sweep,
 * then sealed: afterwards immutable (every mutator throws), and safe to share like any immutable list.
 */
final class ColumnarLists {
    private ColumnarLists() {
    }

    /** Base of the two lists: growth, sealing, and the records kept as they came. */
    private abstract static class Sealable<E> extends AbstractList<E> implements RandomAccess {
        int size;
        private boolean sealed;
        Object[] kept = new Object[0];

        final void seal() {
            sealed = true;
        }

        final boolean isSealed() {
            return sealed;
        }

        final void writable() {
            if (sealed) {
                throw new UnsupportedOperationException("a sweep's results are immutable");
            }
        }

        final int capacity() {
            return kept.length;
        }

        abstract void grow(int capacity);

        /** Makes room for {@code capacity} entries at once, when the caller knows a bound (no growth by doubling). */
        final void reserve(int capacity) {
            if (capacity > kept.length) {
                kept = Arrays.copyOf(kept, capacity);
                grow(capacity);
            }
        }

        final void ensure() {
            if (size == kept.length) {
                int capacity = Math.max(16, size * 2);
                kept = Arrays.copyOf(kept, capacity);
                grow(capacity);
            }
        }

        @Override
        public final int size() {
            return size;
        }

        @Override
        public final boolean addAll(Collection<? extends E> items) {
            for (E e : items) {
                add(e);
            }
            return !items.isEmpty();
        }

        @Override
        public final boolean add(E e) {
            writable();
            ensure();
            kept[size++] = java.util.Objects.requireNonNull(e);
            return true;
        }
    }

    /** {@link SweepResult#liquidations()} of a columnar sweep. */
    static final class Liquidations extends Sealable<AccountLiquidation> {
        private static final HealthState[] STATES = HealthState.values();
        private final Book book;
        private int[] account = new int[0];
        private byte[] before = new byte[0];
        private byte[] after = new byte[0];
        private double[] notional = new double[0];
        private double[] penalty = new double[0];
        private double[] draw = new double[0];
        private double[] badDebt = new double[0];
        private boolean[] uncertain = new boolean[0];

        Liquidations(Book book) {
            this.book = book;
        }

        @Override
        void grow(int capacity) {
            account = Arrays.copyOf(account, capacity);
            before = Arrays.copyOf(before, capacity);
            after = Arrays.copyOf(after, capacity);
            notional = Arrays.copyOf(notional, capacity);
            penalty = Arrays.copyOf(penalty, capacity);
            draw = Arrays.copyOf(draw, capacity);
            badDebt = Arrays.copyOf(badDebt, capacity);
            uncertain = Arrays.copyOf(uncertain, capacity);
        }

        /** Appends the liquidation of columnar account {@code a} (see {@link AccountLiquidation} for the figures). */
        void append(int a, HealthState healthBefore, HealthState healthAfter, double notionalUsd, double penaltyUsd,
                    double drawUsd, double badDebtUsd, boolean isUncertain) {
            writable();
            ensure();
            int i = size++;
            account[i] = a;
            before[i] = (byte) healthBefore.ordinal();
            after[i] = (byte) healthAfter.ordinal();
            notional[i] = notionalUsd;
            penalty[i] = penaltyUsd;
            draw[i] = drawUsd;
            badDebt[i] = badDebtUsd;
            uncertain[i] = isUncertain;
        }

        @Override
        public AccountLiquidation get(int i) {
            java.util.Objects.checkIndex(i, size);
            if (kept[i] != null) {
                return (AccountLiquidation) kept[i];
            }
            return new AccountLiquidation(book.accountId(account[i]), STATES[before[i]], STATES[after[i]], notional[i],
                    penalty[i], draw[i], badDebt[i], uncertain[i]);
        }
    }

    /** {@link SweepResult#deleveraged()} of a columnar sweep. */
    static final class Fills extends Sealable<AdlFill> {
        private final Book book;
        private final String[] positionIds;
        private int[] account = new int[0];
        private int[] position = new int[0];
        private double[] closed = new double[0];
        private double[] price = new double[0];
        private double[] realized = new double[0];
        private double[] givenUp = new double[0];

        Fills(Book book, String[] positionIds) {
            this.book = book;
            this.positionIds = positionIds;
        }

        @Override
        void grow(int capacity) {
            account = Arrays.copyOf(account, capacity);
            position = Arrays.copyOf(position, capacity);
            closed = Arrays.copyOf(closed, capacity);
            price = Arrays.copyOf(price, capacity);
            realized = Arrays.copyOf(realized, capacity);
            givenUp = Arrays.copyOf(givenUp, capacity);
        }

        /** Appends a reduction of column position {@code p} of account {@code a} (see {@link AdlFill} for the figures). */
        void append(int a, int p, double closedSize, double fillPrice, double realizedPnl, double profitGivenUp) {
            writable();
            ensure();
            int i = size++;
            account[i] = a;
            position[i] = p;
            closed[i] = closedSize;
            price[i] = fillPrice;
            realized[i] = realizedPnl;
            givenUp[i] = profitGivenUp;
        }

        @Override
        public AdlFill get(int i) {
            java.util.Objects.checkIndex(i, size);
            if (kept[i] != null) {
                return (AdlFill) kept[i];
            }
            return new AdlFill(book.accountId(account[i]), positionIds[position[i]], closed[i], price[i], realized[i],
                    givenUp[i]);
        }
    }
}
