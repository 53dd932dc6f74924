package dev.okr.scoring;

/**
 * Where a key result stands against its pace. For increase and decrease key results: {@code
 * achieved} at score 1, {@code on_track} within 0.10 of the expected score, {@code at_risk} within
 * 0.25, else {@code off_track}. A maintain key result is {@code on_track} while its latest reading
 * meets the threshold, else {@code off_track}. Without a value: {@code no_data}.
 */
public enum Status {
    NO_DATA,
    ACHIEVED,
    ON_TRACK,
    AT_RISK,
    OFF_TRACK;

    /** How far below the expected score a key result is still on track. */
    public static final double ON_TRACK_MARGIN = 0.10;

    /** How far below the expected score a key result is at risk rather than off track. */
    public static final double AT_RISK_MARGIN = 0.25;

    /** The status of a score against the expected score. */
    public static Status of(double score, double expected) {
        if (score >= 1.0) {
            return ACHIEVED;
        }
        if (score >= expected - ON_TRACK_MARGIN) {
            return ON_TRACK;
        }
        return score >= expected - AT_RISK_MARGIN ? AT_RISK : OFF_TRACK;
    }

    /** The name written to InfluxDB, for example {@code on_track}. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
