package dev.okr.metric.internal;

import static dev.okr.metric.Contribution.FIRST_ACTIVITY;
import static dev.okr.metric.Contribution.SPAN_COVERED;

import dev.okr.metric.WindowGrid;
import dev.okr.okrfile.metric.Window;
import java.util.Arrays;

/**
 * Distinct identities, for {@code active_users}: what one identity's activity adds to a key result.
 * The state is a sorted set: for calendar windows and the period, the first activity bucket of the
 * identity in each window; for trailing spans, its active days (day numbers).
 */
public final class ActivityTracker {

    private ActivityTracker() {}

    /**
     * Records activity at {@code time} and emits what changed: for a calendar window or the period,
     * the identity's first bucket in the window (moved earlier by a late event: the old one is
     * taken back); for a trailing span, the run of span-end days it newly covers.
     *
     * @return the new state
     */
    public static long[] onActivity(long[] state, long time, WindowGrid grid, Emitter out) {
        int days = grid.trailingDays();
        if (days > 0) {
            long day = grid.calendar().dayNumber(time);
            int at = Arrays.binarySearch(state, day);
            if (at >= 0) {
                return state;
            }
            // The span ends this day newly covers run from past the spans of the active day
            // before it to just before the active day after it (a late event can fill a gap): one
            // contribution for the whole run, as a new identity covers a run as long as the span.
            int next = -at - 1;
            long first = next > 0 ? Math.max(day, state[next - 1] + days) : day;
            long last =
                    next < state.length
                            ? Math.min(day + days - 1, state[next] - 1)
                            : day + days - 1;
            if (first <= last) {
                out.emit(SPAN_COVERED, first, last, 1, Double.NaN);
            }
            return SortedLongs.insertAt(state, next, day);
        }
        if (grid.window() == Window.PERIOD
                && (time < grid.periodStart() || time >= grid.periodEnd())) {
            return state;
        }
        long bucket = grid.bucketOf(time);
        long windowEnd = grid.windowEnd(time);
        long first = SortedLongs.firstIn(state, grid.windowStart(time), windowEnd);
        if (first == windowEnd) {
            out.emit(FIRST_ACTIVITY, bucket, 0, 1, Double.NaN);
        } else if (bucket < first) {
            out.emit(FIRST_ACTIVITY, first, 0, -1, Double.NaN);
            out.emit(FIRST_ACTIVITY, bucket, 0, 1, Double.NaN);
            state = SortedLongs.remove(state, first);
        } else {
            return state;
        }
        return SortedLongs.add(state, bucket);
    }

    /**
     * Drops what no late event can change any more: buckets of windows that ended before {@code
     * settled} (the watermark minus the allowed lateness), and active days that cannot be in a span
     * with a day at or after {@code settled}. The period's first bucket is kept.
     */
    public static long[] prune(long[] state, long settled, WindowGrid grid) {
        if (settled == Long.MIN_VALUE) {
            return state;
        }
        int days = grid.trailingDays();
        if (days > 0) {
            return SortedLongs.dropBelow(state, grid.calendar().dayNumber(settled) - days + 1);
        }
        if (grid.window() == Window.PERIOD) {
            return state;
        }
        return SortedLongs.dropBelow(state, grid.windowStart(settled));
    }
}
