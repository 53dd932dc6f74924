package dev.okr.okrfile.metric;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@code retention}: cohort(u) is the day of u's first {@code cohortEvent}; u is retained when a
 * return event follows on day cohort + {@code day} ({@link RetentionMode#ON_DAY}) or on any day
 * from then on ({@link RetentionMode#ON_OR_AFTER}). A cohort is mature when that day is complete.
 * Value: retained / size summed over the {@code cohorts} latest mature cohort days (SPEC §4).
 *
 * @param where conditions on the cohort event: they choose who enters a cohort
 * @param returnEvents the track events that count as a return; empty means any activity event
 * @param day days after the cohort day, at least 1
 * @param cohorts how many of the latest mature cohort days are summed, at least 1; default 7
 */
public record RetentionMetric(
        String cohortEvent,
        List<Condition> where,
        Set<String> returnEvents,
        int day,
        RetentionMode mode,
        int cohorts)
        implements Metric {

    /** The number of cohort days summed when the file names none. */
    public static final int DEFAULT_COHORTS = 7;

    public RetentionMetric {
        Objects.requireNonNull(mode, "mode");
        if (cohortEvent.isBlank()) {
            throw new IllegalArgumentException("cohortEvent must not be blank");
        }
        if (day < 1 || cohorts < 1) {
            throw new IllegalArgumentException("day and cohorts must be at least 1");
        }
        where = List.copyOf(where);
        returnEvents = EventFilter.sortedCopy(returnEvents);
    }

    @Override
    public String type() {
        return "retention";
    }

    @Override
    public Window window() {
        return Window.DAY;
    }

    /** Whether any activity event counts as a return. */
    public boolean anyActivityReturns() {
        return returnEvents.isEmpty();
    }
}
