package cn.gongguan.benchmark;

import java.util.Arrays;

/** Measured durations of one kind of call and their percentiles (nearest rank), in milliseconds. */
final class Latencies {

    private final long[] nanos;
    private int size;

    Latencies(int capacity) {
        this.nanos = new long[capacity];
    }

    void add(long duration) {
        nanos[size++] = duration;
    }

    double percentile(double p) {
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * size);
        return sorted[Math.max(rank - 1, 0)] / 1e6;
    }

    double max() {
        return percentile(100);
    }
}
