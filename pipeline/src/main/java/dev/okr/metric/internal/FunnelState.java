package dev.okr.metric.internal;

/**
 * One key's state for a duration or a conversion: when its first {@code from} event happened, and
 * the times of its {@code to} events that can still matter. A plain Flink POJO.
 */
public final class FunnelState {
    /** The first {@code from} event's time; {@code Long.MAX_VALUE} before any. */
    public long fromTime = Long.MAX_VALUE;

    /** Whether that first {@code from} event met the metric's {@code where}: else it counts not. */
    public boolean fromPasses;

    public long[] toTimes = SortedLongs.EMPTY;

    public FunnelState() {}

    public boolean hasFrom() {
        return fromTime != Long.MAX_VALUE;
    }

    /** Whether the key counts: its first {@code from} event met the metric's {@code where}. */
    public boolean counts() {
        return hasFrom() && fromPasses;
    }
}
