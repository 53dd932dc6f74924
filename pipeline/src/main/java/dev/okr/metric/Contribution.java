package dev.okr.metric;

/**
 * A change to a key result's per-bucket aggregates, sent to the per-key-result stage: an event to
 * aggregate, or what the per-key stage learnt about one identity. A plain Flink POJO, so it travels
 * without Kryo.
 *
 * <p>The meaning of {@code bucket}, {@code second}, {@code count} and {@code value} depends on
 * {@code kind}; see the constants.
 */
public final class Contribution {

    /** No change: makes sure a key result is read even when no event ever matches it. */
    public static final int INIT = -1;

    /** An event of an aggregate, percentile or NPS part: {@code value} in {@code bucket}. */
    public static final int SAMPLE = 0;

    /** An identity's first activity in the window holding {@code bucket}; {@code count} ±1. */
    public static final int FIRST_ACTIVITY = 1;

    /**
     * An identity newly covers the trailing spans ending on day numbers {@code bucket} to {@code
     * second}, both included: one contribution for a run of span ends, not one per end.
     */
    public static final int SPAN_COVERED = 2;

    /** A duration sample {@code value}, in the bucket of its {@code to} event; {@code count} ±1. */
    public static final int DURATION = 3;

    /** An identity joins ({@code +1}) or leaves ({@code -1}) the cohort of day {@code bucket}. */
    public static final int COHORT = 4;

    /** A cohort member of day {@code bucket} is retained from day {@code second} on. */
    public static final int RETAINED = 5;

    /** An identity enters a conversion on day number {@code bucket}; {@code count} ±1. */
    public static final int ENTRANT = 6;

    /** An entrant of day {@code bucket} converted; {@code count} ±1. */
    public static final int CONVERTED = 7;

    public int keyResult;
    public int part;
    public int kind;
    public long bucket;
    public long second;
    public long count;
    public double value;

    public Contribution() {}

    public Contribution(
            int keyResult, int part, int kind, long bucket, long second, long count, double value) {
        this.keyResult = keyResult;
        this.part = part;
        this.kind = kind;
        this.bucket = bucket;
        this.second = second;
        this.count = count;
        this.value = value;
    }

    @Override
    public String toString() {
        return "Contribution{kr="
                + keyResult
                + ", part="
                + part
                + ", kind="
                + kind
                + ", bucket="
                + bucket
                + ", second="
                + second
                + ", count="
                + count
                + ", value="
                + value
                + "}";
    }
}
