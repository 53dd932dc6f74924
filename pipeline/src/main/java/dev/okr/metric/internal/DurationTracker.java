package dev.okr.metric.internal;

import static dev.okr.metric.Contribution.DURATION;

import dev.okr.metric.WindowGrid;
import dev.okr.okrfile.metric.DurationMetric;
import java.time.Duration;

/**
 * Duration, for one key (a user or, say, a ticket): one sample, the time from its first {@code
 * from} event to its first {@code to} event at or after it, in the bucket of that {@code to} event.
 * A late event that changes either end takes the old sample back and gives the new one.
 */
public final class DurationTracker {

    private DurationTracker() {}

    public static void onFrom(
            FunnelState s,
            long time,
            boolean passes,
            DurationMetric metric,
            WindowGrid grid,
            Emitter out) {
        if (time >= s.fromTime) {
            return;
        }
        long oldFrom = s.counts() ? s.fromTime : Long.MAX_VALUE;
        long oldTo = firstTo(s, oldFrom);
        s.fromTime = time;
        s.fromPasses = passes;
        long newFrom = passes ? time : Long.MAX_VALUE;
        replace(oldFrom, oldTo, newFrom, firstTo(s, newFrom), metric, grid, out);
    }

    public static void onTo(
            FunnelState s, long time, DurationMetric metric, WindowGrid grid, Emitter out) {
        if (SortedLongs.contains(s.toTimes, time)) {
            return;
        }
        long from = s.counts() ? s.fromTime : Long.MAX_VALUE;
        long oldTo = firstTo(s, from);
        s.toTimes = SortedLongs.add(s.toTimes, time);
        replace(from, oldTo, from, firstTo(s, from), metric, grid, out);
    }

    private static void replace(
            long oldFrom,
            long oldTo,
            long newFrom,
            long newTo,
            DurationMetric metric,
            WindowGrid grid,
            Emitter out) {
        if (oldFrom == newFrom && oldTo == newTo) {
            return;
        }
        if (oldTo != Long.MAX_VALUE) {
            out.emit(DURATION, grid.bucketOf(oldTo), 0, -1, sample(oldFrom, oldTo, metric));
        }
        if (newTo != Long.MAX_VALUE) {
            out.emit(DURATION, grid.bucketOf(newTo), 0, 1, sample(newFrom, newTo, metric));
        }
    }

    private static double sample(long from, long to, DurationMetric metric) {
        return metric.valueOf(Duration.ofMillis(to - from));
    }

    /** The first {@code to} at or after {@code from}; {@code Long.MAX_VALUE} when none. */
    private static long firstTo(FunnelState s, long from) {
        return from == Long.MAX_VALUE
                ? Long.MAX_VALUE
                : SortedLongs.firstIn(s.toTimes, from, Long.MAX_VALUE);
    }

    /** Drops {@code to} times no sample can use any more, keeping the current one. */
    public static void prune(FunnelState s, long settled) {
        s.toTimes = SortedLongs.dropBelow(s.toTimes, Math.min(s.fromTime, settled));
    }
}
