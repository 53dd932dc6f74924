package dev.okr.metric.internal;

import static dev.okr.metric.Contribution.CONVERTED;
import static dev.okr.metric.Contribution.ENTRANT;

import dev.okr.metric.ZonedCalendar;

/**
 * Conversion, for one identity: it enters on the day of its first {@code from} event and converts
 * when a {@code to} event comes at or after that instant and no more than {@code within} later. A
 * late, earlier {@code from} event moves its entry: the old one is taken back.
 */
public final class ConversionTracker {

    private ConversionTracker() {}

    public static void onFrom(
            FunnelState s,
            long time,
            boolean passes,
            long withinMillis,
            ZonedCalendar cal,
            Emitter out) {
        if (time >= s.fromTime) {
            return;
        }
        if (s.counts()) {
            long oldDay = cal.dayNumber(s.fromTime);
            out.emit(ENTRANT, oldDay, s.fromTime, -1, Double.NaN);
            if (converted(s, s.fromTime, withinMillis)) {
                out.emit(CONVERTED, oldDay, s.fromTime, -1, Double.NaN);
            }
        }
        s.fromTime = time;
        s.fromPasses = passes;
        if (!passes) {
            return;
        }
        long day = cal.dayNumber(time);
        out.emit(ENTRANT, day, time, 1, Double.NaN);
        if (converted(s, time, withinMillis)) {
            out.emit(CONVERTED, day, time, 1, Double.NaN);
        }
    }

    public static void onTo(
            FunnelState s, long time, long withinMillis, ZonedCalendar cal, Emitter out) {
        if (SortedLongs.contains(s.toTimes, time)) {
            return;
        }
        boolean before = s.counts() && converted(s, s.fromTime, withinMillis);
        s.toTimes = SortedLongs.add(s.toTimes, time);
        if (!before && s.counts() && converted(s, s.fromTime, withinMillis)) {
            out.emit(CONVERTED, cal.dayNumber(s.fromTime), s.fromTime, 1, Double.NaN);
        }
    }

    /** A {@code to} at the entry instant counts; one exactly {@code within} later does not. */
    private static boolean converted(FunnelState s, long entry, long withinMillis) {
        return SortedLongs.anyIn(s.toTimes, entry, entry + withinMillis - 1);
    }

    /**
     * Drops {@code to} times no entry can use any more: an entry can only move to {@code settled}
     * or later, and needs {@code to} events at or after it.
     */
    public static void prune(FunnelState s, long settled) {
        s.toTimes = SortedLongs.dropBelow(s.toTimes, Math.min(s.fromTime, settled));
    }
}
