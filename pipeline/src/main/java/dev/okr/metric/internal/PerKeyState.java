package dev.okr.metric.internal;

/**
 * Everything the per-key stage keeps about one key, in one value: a slot per part of each kind the
 * plan has, null where the key has nothing for that part. One value rather than a state per kind,
 * so that an event looks its key up once, and a checkpoint writes the key once rather than once per
 * kind. Written by {@link PerKeyStateSerializer}.
 */
public final class PerKeyState {

    /** Each active-users part's activity buckets or days ({@link ActivityTracker}). */
    public long[][] activity;

    /** Each retention part's state. */
    public RetentionState[] retention;

    /** Each conversion or duration part's state. */
    public FunnelState[] funnels;

    /**
     * When the key's cleanup timer fires, {@link #NO_TIMER} when it has none. One timer a key,
     * moved later as its state needs, rather than one for each week its state could be tidied in.
     */
    public long cleanupTimer = NO_TIMER;

    public static final long NO_TIMER = Long.MIN_VALUE;

    public PerKeyState() {}

    public PerKeyState(int activityParts, int retentionParts, int funnelParts) {
        activity = new long[activityParts][];
        retention = new RetentionState[retentionParts];
        funnels = new FunnelState[funnelParts];
    }

    /** Whether no part has anything for the key (a timer alone is nothing to keep). */
    public boolean isEmpty() {
        return allNull(activity) && allNull(retention) && allNull(funnels);
    }

    private static boolean allNull(Object[] slots) {
        for (Object slot : slots) {
            if (slot != null) {
                return false;
            }
        }
        return true;
    }
}
