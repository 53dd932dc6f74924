package dev.okr.metric;

/**
 * One bucket's aggregate of a metric part, kept in keyed state: what each family needs to merge
 * buckets into a window's value. A plain Flink POJO; which fields are used depends on the family
 * ({@code a} and {@code b} hold NPS promoters and detractors, or conversions).
 */
public final class Cell {
    public long count;

    /** The sum as {@link ExactSum} partials, or null: the same whatever the order of samples. */
    public double[] sum;

    public double min = Double.POSITIVE_INFINITY;
    public double max = Double.NEGATIVE_INFINITY;
    public long a;
    public long b;

    /** Conversion: the entry times of the day's entrants, sorted, repeats kept; or null. */
    public long[] times;

    /** Percentiles and duration statistics: the bucket's sketch, or null. */
    public QuantileSketch sketch;

    public Cell() {}

    public boolean isEmpty() {
        return count == 0 && a == 0 && b == 0;
    }
}
