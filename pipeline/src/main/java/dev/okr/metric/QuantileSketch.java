package dev.okr.metric;

import dev.okr.metric.internal.SortedLongs;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * A mergeable quantile sketch with 1% relative accuracy, after DDSketch: a sample {@code x > 0}
 * falls in bucket {@code i = ceil(log_γ x)}, covering {@code (γ^(i-1), γ^i]} with {@code γ = (1 +
 * α) / (1 − α)}, and a bucket is represented by {@code 2γ^i / (γ + 1)}, within {@code α} of every
 * value in it. Negative samples are mirrored, zero has a bucket of its own.
 *
 * <p>{@link #valueAtRank(double)} follows the specification's nearest rank (the smallest sample
 * with at least p% of the samples at or below it) and returns the representative of that sample's
 * bucket, so the answer is within 1% of the exact nearest-rank value. Counts can decrease ({@link
 * #remove(double)}), for duration samples that a late event replaces.
 *
 * <p>A plain Flink POJO of sorted arrays: kept in keyed state and updated in place, with no
 * conversion per sample (samples of a property such as latency fall in a few hundred buckets).
 */
public final class QuantileSketch {

    /** Relative accuracy: every answer is within 1% of the exact value. */
    public static final double RELATIVE_ACCURACY = 0.01;

    private static final double GAMMA = (1 + RELATIVE_ACCURACY) / (1 - RELATIVE_ACCURACY);
    private static final double LOG_GAMMA = Math.log(GAMMA);

    /** Buckets of positive samples. */
    public Buckets positive = new Buckets();

    /** Buckets of negative samples, by magnitude. */
    public Buckets negative = new Buckets();

    public long zeros;

    public long samples;

    public QuantileSketch() {}

    public void add(double sample) {
        update(sample, 1);
    }

    /** Takes back one earlier {@link #add(double)} of the same sample. */
    public void remove(double sample) {
        update(sample, -1);
    }

    public void merge(QuantileSketch other) {
        positive.merge(other.positive);
        negative.merge(other.negative);
        zeros += other.zeros;
        samples += other.samples;
    }

    public long count() {
        return samples;
    }

    public boolean isEmpty() {
        return samples == 0;
    }

    /**
     * The nearest-rank {@code p}-th percentile, {@code 0 < p <= 100}: the smallest sample with at
     * least p% of the samples at or below it, to within 1%.
     *
     * @throws IllegalStateException when the sketch is empty
     */
    public double valueAtRank(double p) {
        if (samples <= 0) {
            throw new IllegalStateException("no samples");
        }
        // In decimal: p = 7 of 100 samples is the 7th, where binary floating point gives 7.000...1.
        long rank =
                Math.max(
                        1,
                        BigDecimal.valueOf(p)
                                .multiply(BigDecimal.valueOf(samples))
                                .divide(BigDecimal.valueOf(100))
                                .setScale(0, RoundingMode.CEILING)
                                .longValueExact());
        long seen = 0;
        // Ascending order: the most negative values first (the largest negative index).
        for (int i = negative.index.length - 1; i >= 0; i--) {
            seen += negative.count[i];
            if (seen >= rank) {
                return -representative((int) negative.index[i]);
            }
        }
        seen += zeros;
        if (seen >= rank) {
            return 0.0;
        }
        for (int i = 0; i < positive.index.length; i++) {
            seen += positive.count[i];
            if (seen >= rank) {
                return representative((int) positive.index[i]);
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + samples + " samples");
    }

    private void update(double sample, long delta) {
        if (!Double.isFinite(sample)) {
            throw new IllegalArgumentException("not a finite sample: " + sample);
        }
        if (sample == 0.0) {
            zeros += delta;
        } else if (sample > 0) {
            positive.add(index(sample), delta);
        } else {
            negative.add(index(-sample), delta);
        }
        samples += delta;
    }

    static int index(double magnitude) {
        return (int) Math.ceil(Math.log(magnitude) / LOG_GAMMA);
    }

    static double representative(int index) {
        return 2 * Math.pow(GAMMA, index) / (GAMMA + 1);
    }

    /**
     * One side's buckets: indexes ascending, each with its count, in two parallel arrays (a plain
     * POJO); a bucket whose count falls to zero is dropped.
     */
    public static final class Buckets {
        public long[] index = SortedLongs.EMPTY;
        public long[] count = SortedLongs.EMPTY;

        public Buckets() {}

        void merge(Buckets other) {
            for (int i = 0; i < other.index.length; i++) {
                add((int) other.index[i], other.count[i]);
            }
        }

        void add(int bucket, long delta) {
            int at = Arrays.binarySearch(index, bucket);
            long before = at >= 0 ? count[at] : 0;
            if (before + delta < 0) {
                throw new IllegalStateException(
                        "removed a sample that was never added (bucket " + bucket + ")");
            }
            if (at < 0) {
                at = -at - 1;
                index = SortedLongs.insertAt(index, at, bucket);
                count = SortedLongs.insertAt(count, at, 0);
            }
            count[at] += delta;
            if (count[at] == 0) {
                index = SortedLongs.removeAt(index, at);
                count = SortedLongs.removeAt(count, at);
            }
        }
    }
}
