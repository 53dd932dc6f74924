package dev.okr.job;

/**
 * A key result scored at an instant: what becomes its {@code okr_kr} and {@code okr_grade} points
 * and what its objective rolls up. A plain Flink POJO; NaN stands for "no value" and a null grade
 * for "no score".
 */
public final class ScoredKeyResult {
    public int keyResult;
    public long instant;
    public double value = Double.NaN;
    public double liveValue = Double.NaN;
    public double baseline = Double.NaN;
    public double target = Double.NaN;
    public double progress = Double.NaN;
    public double score = Double.NaN;
    public double expected;
    public double forecast = Double.NaN;
    public String status;
    public String grade;
    public boolean sandbagging;

    /** Whether this is the key result's newest reading so far (not a late re-reading). */
    public boolean latest = true;

    public ScoredKeyResult() {}

    public boolean hasScore() {
        return !Double.isNaN(score);
    }

    @Override
    public String toString() {
        return "ScoredKeyResult{kr="
                + keyResult
                + ", at="
                + java.time.Instant.ofEpochMilli(instant)
                + ", value="
                + value
                + ", score="
                + score
                + ", status="
                + status
                + "}";
    }
}
