package dev.okr.metric.internal;

/**
 * One identity's retention state: when its first cohort event happened, and the days (day numbers)
 * of its return events that can still matter. A plain Flink POJO.
 */
public final class RetentionState {
    /** The first cohort event's time; {@code Long.MAX_VALUE} before any. */
    public long cohortTime = Long.MAX_VALUE;

    /** Whether that first cohort event met the metric's {@code where}: else no cohort counts it. */
    public boolean cohortPasses;

    public long[] returnDays = SortedLongs.EMPTY;

    public RetentionState() {}

    public boolean hasCohort() {
        return cohortTime != Long.MAX_VALUE;
    }

    /** Whether the identity is a member of a cohort. */
    public boolean isMember() {
        return hasCohort() && cohortPasses;
    }
}
