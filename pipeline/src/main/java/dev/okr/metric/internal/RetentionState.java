package dev.okr.metric.internal;

/**
 * One identity's retention state: when its first cohort event happened, and the days (day numbers)
 * of its return events that can still matter. A plain Flink POJO.
 */
public final class RetentionState {
    /** The first cohort event's time; {@code Long.MAX_VALUE} before any. */
    public long cohortTime = Long.MAX_VALUE;

    public long[] returnDays = SortedLongs.EMPTY;

    public RetentionState() {}

    public boolean hasCohort() {
        return cohortTime != Long.MAX_VALUE;
    }
}
