package com.solvent.bench.core;

import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

/**
 * The memory-bandwidth floor of a full pass: a plain sequential read (a sum the JIT vectorises)
 * of as many bytes as the pass reads from the book's columns, split into one contiguous slice per
 * thread, on the same number of threads.
 */
final class SequentialRead {
    private final long[] data;
    private final ForkJoinPool pool;
    private final int threads;

    SequentialRead(long bytes, int threads, long seed) {
        data = new long[(int) (bytes / Long.BYTES)];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < data.length; i++) {
            data[i] = random.nextLong();
        }
        this.threads = threads;
        pool = new ForkJoinPool(threads);
    }

    long read() {
        return pool.invoke(new Sum(data, 0, data.length, data.length / threads + 1));
    }

    void close() {
        pool.shutdown();
    }

    private static final class Sum extends RecursiveTask<Long> {
        private final long[] data;
        private final int from;
        private final int to;
        private final int slice;

        Sum(long[] data, int from, int to, int slice) {
            this.data = data;
            this.from = from;
            this.to = to;
            this.slice = slice;
        }

        @Override
        protected Long compute() {
            if (to - from <= slice) {
                long sum = 0;
                for (int i = from; i < to; i++) {
                    sum += data[i];
                }
                return sum;
            }
            int mid = (from + to) >>> 1;
            Sum right = new Sum(data, mid, to, slice);
            right.fork();
            long left = new Sum(data, from, mid, slice).compute();
            return left + right.join();
        }
    }
}
