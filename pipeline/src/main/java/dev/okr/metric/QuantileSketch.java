package dev.okr.metric;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

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
 */
public final class QuantileSketch implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Relative accuracy: every answer is within 1% of the exact value. */
    public static final double RELATIVE_ACCURACY = 0.01;

    private static final double GAMMA = (1 + RELATIVE_ACCURACY) / (1 - RELATIVE_ACCURACY);
    private static final double LOG_GAMMA = Math.log(GAMMA);

    /** Bucket index to count; negative samples are kept under their own map. */
    private final TreeMap<Integer, Long> positive = new TreeMap<>();

    private final TreeMap<Integer, Long> negative = new TreeMap<>();
    private long zeros;
    private long count;

    public void add(double sample) {
        update(sample, 1);
    }

    /** Takes back one earlier {@link #add(double)} of the same sample. */
    public void remove(double sample) {
        update(sample, -1);
    }

    public void merge(QuantileSketch other) {
        other.positive.forEach((i, c) -> positive.merge(i, c, Long::sum));
        other.negative.forEach((i, c) -> negative.merge(i, c, Long::sum));
        zeros += other.zeros;
        count += other.count;
    }

    public long count() {
        return count;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /**
     * The nearest-rank {@code p}-th percentile, {@code 0 < p <= 100}: the smallest sample with at
     * least p% of the samples at or below it, to within 1%.
     *
     * @throws IllegalStateException when the sketch is empty
     */
    public double valueAtRank(double p) {
        if (count <= 0) {
            throw new IllegalStateException("no samples");
        }
        // In decimal: p = 7 of 100 samples is the 7th, where binary floating point gives 7.000...1.
        long rank =
                Math.max(
                        1,
                        java.math.BigDecimal.valueOf(p)
                                .multiply(java.math.BigDecimal.valueOf(count))
                                .divide(java.math.BigDecimal.valueOf(100))
                                .setScale(0, java.math.RoundingMode.CEILING)
                                .longValueExact());
        long seen = 0;
        // Ascending order: the most negative values first (highest negative bucket index).
        for (Map.Entry<Integer, Long> e : negative.descendingMap().entrySet()) {
            seen += e.getValue();
            if (seen >= rank) {
                return -representative(e.getKey());
            }
        }
        seen += zeros;
        if (seen >= rank) {
            return 0.0;
        }
        for (Map.Entry<Integer, Long> e : positive.entrySet()) {
            seen += e.getValue();
            if (seen >= rank) {
                return representative(e.getKey());
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + count + " samples");
    }

    /** The sketch in a compact byte form, for keyed state. */
    public byte[] toBytes() {
        java.nio.ByteBuffer out =
                java.nio.ByteBuffer.allocate(16 + 12 * (positive.size() + negative.size()));
        out.putLong(zeros).putInt(positive.size()).putInt(negative.size());
        positive.forEach((i, c) -> out.putInt(i).putLong(c));
        negative.forEach((i, c) -> out.putInt(i).putLong(c));
        return out.array();
    }

    /** The sketch {@link #toBytes()} wrote; an empty sketch for null. */
    public static QuantileSketch fromBytes(byte[] bytes) {
        QuantileSketch sketch = new QuantileSketch();
        if (bytes == null) {
            return sketch;
        }
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        sketch.zeros = in.getLong();
        int positives = in.getInt();
        int negatives = in.getInt();
        sketch.count = sketch.zeros;
        for (int i = 0; i < positives + negatives; i++) {
            int index = in.getInt();
            long c = in.getLong();
            (i < positives ? sketch.positive : sketch.negative).put(index, c);
            sketch.count += c;
        }
        return sketch;
    }

    private void update(double sample, long delta) {
        if (!Double.isFinite(sample)) {
            throw new IllegalArgumentException("not a finite sample: " + sample);
        }
        count += delta;
        if (sample == 0.0) {
            zeros += delta;
            return;
        }
        TreeMap<Integer, Long> side = sample > 0 ? positive : negative;
        int index = index(Math.abs(sample));
        long updated = side.merge(index, delta, Long::sum);
        if (updated == 0) {
            side.remove(index);
        } else if (updated < 0) {
            throw new IllegalStateException("removed a sample that was never added: " + sample);
        }
    }

    static int index(double magnitude) {
        return (int) Math.ceil(Math.log(magnitude) / LOG_GAMMA);
    }

    static double representative(int index) {
        return 2 * Math.pow(GAMMA, index) / (GAMMA + 1);
    }
}
