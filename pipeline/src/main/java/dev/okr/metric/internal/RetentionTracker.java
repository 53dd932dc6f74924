package dev.okr.metric.internal;

import static dev.okr.metric.Contribution.COHORT;
import static dev.okr.metric.Contribution.RETAINED;

import dev.okr.metric.ZonedCalendar;
import dev.okr.okrfile.metric.RetentionMetric;
import dev.okr.okrfile.metric.RetentionMode;

/**
 * Retention, for one identity: its cohort is the day of its first cohort event; it is retained from
 * the first day on which a return event makes it so (day cohort + {@code day} for {@code on_day};
 * the first return day from cohort + {@code day} on for {@code on_or_after}). A late cohort event
 * that comes earlier moves the identity to another cohort: the old membership is taken back.
 */
public final class RetentionTracker {

    private static final long NONE = Long.MIN_VALUE;

    private RetentionTracker() {}

    /**
     * A cohort event at {@code time}; {@code passes} says whether it meets the metric's {@code
     * where}. Only the identity's first cohort event decides its cohort, and whether it has one.
     */
    public static void onCohortEvent(
            RetentionState s,
            long time,
            boolean passes,
            RetentionMetric metric,
            ZonedCalendar cal,
            Emitter out) {
        if (time >= s.cohortTime) {
            return;
        }
        if (s.isMember()) {
            if (passes && cal.dayNumber(s.cohortTime) == cal.dayNumber(time)) {
                s.cohortTime = time;
                return;
            }
            leave(s, cal.dayNumber(s.cohortTime), metric, out);
        }
        s.cohortTime = time;
        s.cohortPasses = passes;
        if (!passes) {
            return;
        }
        long cohort = cal.dayNumber(time);
        out.emit(COHORT, cohort, 0, 1, Double.NaN);
        long retained = retainedDay(s, cohort, metric);
        if (retained != NONE) {
            out.emit(RETAINED, cohort, retained, 1, Double.NaN);
        }
    }

    public static void onReturnEvent(
            RetentionState s, long time, RetentionMetric metric, ZonedCalendar cal, Emitter out) {
        long day = cal.dayNumber(time);
        if (SortedLongs.contains(s.returnDays, day)) {
            return;
        }
        if (!s.isMember()) {
            s.returnDays = SortedLongs.add(s.returnDays, day);
            return;
        }
        long cohort = cal.dayNumber(s.cohortTime);
        long before = retainedDay(s, cohort, metric);
        s.returnDays = SortedLongs.add(s.returnDays, day);
        long after = retainedDay(s, cohort, metric);
        if (before != after) {
            if (before != NONE) {
                out.emit(RETAINED, cohort, before, -1, Double.NaN);
            }
            out.emit(RETAINED, cohort, after, 1, Double.NaN);
        }
    }

    private static void leave(RetentionState s, long cohort, RetentionMetric metric, Emitter out) {
        out.emit(COHORT, cohort, 0, -1, Double.NaN);
        long retained = retainedDay(s, cohort, metric);
        if (retained != NONE) {
            out.emit(RETAINED, cohort, retained, -1, Double.NaN);
        }
    }

    /** The day from which a member of {@code cohort} counts as retained, or NONE. */
    private static long retainedDay(RetentionState s, long cohort, RetentionMetric metric) {
        long due = cohort + metric.day();
        if (metric.mode() == RetentionMode.ON_DAY) {
            return SortedLongs.contains(s.returnDays, due) ? due : NONE;
        }
        long first = SortedLongs.firstIn(s.returnDays, due, Long.MAX_VALUE);
        return first == Long.MAX_VALUE ? NONE : first;
    }

    /**
     * Drops return days that no cohort can need any more. Events before {@code settled} (the
     * watermark minus the allowed lateness) cannot arrive any more, so a cohort can only move to a
     * day at or after {@code settled}, and it needs returns from cohort + {@code day} on.
     */
    public static void prune(
            RetentionState s, long settled, RetentionMetric metric, ZonedCalendar cal) {
        if (settled == Long.MIN_VALUE) {
            return;
        }
        long settledDay = cal.dayNumber(settled);
        long earliestCohort =
                s.hasCohort() ? Math.min(cal.dayNumber(s.cohortTime), settledDay) : settledDay;
        long keepFrom = earliestCohort + metric.day();
        if (metric.mode() == RetentionMode.ON_OR_AFTER && s.cohortTime < settled) {
            // A settled cohort: its first return day at or after the due day decides, and only
            // an earlier one (still to come) could replace it.
            long first = SortedLongs.firstIn(s.returnDays, keepFrom, Long.MAX_VALUE);
            if (first != Long.MAX_VALUE) {
                s.returnDays = new long[] {first};
                return;
            }
        }
        s.returnDays = SortedLongs.dropBelow(s.returnDays, keepFrom);
    }
}
