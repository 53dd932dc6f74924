package dev.okr.metric;

/**
 * How a metric part is computed, which decides where its state lives: families marked {@code
 * perKey} need the history of one identity (or one duration key) and go through the per-key stage;
 * the others are aggregated per time bucket straight away.
 */
public enum Family {
    /** count, sum, average, min, max: exact per-bucket aggregates. */
    AGGREGATE(false),
    /** percentile of a property: per-bucket quantile sketches. */
    PERCENTILE(false),
    /** nps: per-bucket tallies of promoters, passives and detractors. */
    NPS(false),
    /** active_users: the first activity of each identity per window. */
    ACTIVE_USERS(true),
    /** duration: one sample per key, from its first {@code from} to its first {@code to}. */
    DURATION(true),
    /** retention: cohorts by the day of each identity's first cohort event. */
    RETENTION(true),
    /** conversion: entrants by the day of each identity's first {@code from} event. */
    CONVERSION(true);

    private final boolean perKey;

    Family(boolean perKey) {
        this.perKey = perKey;
    }

    public boolean perKey() {
        return perKey;
    }
}
