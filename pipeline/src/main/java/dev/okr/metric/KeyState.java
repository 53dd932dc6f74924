package dev.okr.metric;

import dev.okr.metric.internal.FunnelState;
import dev.okr.metric.internal.PerKeyState;
import dev.okr.metric.internal.PerKeyStateSerializer;
import dev.okr.metric.internal.RetentionState;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;

/**
 * The per-key stage's state for the current key: every part's, in one {@link PerKeyState} value,
 * with a slot per part of each family (the plan's layout cannot change under restored state: {@link
 * PlanLayoutCheck}). One value per key replaced a state per family: an event now looks its key up
 * once, and a checkpoint writes each key once; with most keys being visitors seen once, the per-key
 * look-ups were the largest cost of the stage and the keys the largest part of its checkpoints.
 *
 * <p>Use between {@link #begin()} and {@link #end()}, once per event or timer. On the heap the
 * value is changed in place; where the state backend does not keep the object it was given
 * (RocksDB), {@link #end()} writes it back. In a job restored from a checkpoint, state that an
 * earlier version kept in a state per family is taken over when a key is first touched ({@link
 * EarlierKeyStates}); a job started afresh has none and does not look.
 */
final class KeyState {

    private final ValueState<PerKeyState> state;

    /** The earlier layouts, in a restored job; null in a fresh one. */
    private final EarlierKeyStates earlier;

    /** Each part's slot in its family's array; -1 for parts not kept per key. */
    private final int[] slotOfPart;

    private final int activitySlots;
    private final int retentionSlots;
    private final int funnelSlots;

    private PerKeyState current;
    private boolean unsaved;
    private boolean changed;

    /**
     * Whether the state backend keeps the object it was given (the heap), so that a change in place
     * is in the state already; learnt at the first write, since asking again costs RocksDB a read
     * and a deserialization each event.
     */
    private boolean keepsReference;

    private boolean learnt;

    /**
     * @param families each part's family, by part id
     * @param restored whether the job was restored from a checkpoint or savepoint
     */
    KeyState(RuntimeContext context, Family[] families, boolean restored) {
        slotOfPart = new int[families.length];
        int activity = 0;
        int retention = 0;
        int funnels = 0;
        for (int part = 0; part < families.length; part++) {
            slotOfPart[part] =
                    switch (families[part]) {
                        case ACTIVE_USERS -> activity++;
                        case RETENTION -> retention++;
                        case CONVERSION, DURATION -> funnels++;
                        default -> -1;
                    };
        }
        activitySlots = activity;
        retentionSlots = retention;
        funnelSlots = funnels;
        state =
                context.getState(
                        new ValueStateDescriptor<>("per-key", PerKeyStateSerializer.INSTANCE));
        earlier = restored ? new EarlierKeyStates(context, slotOfPart) : null;
    }

    /** Starts an event or a timer of the current key. */
    void begin() {
        current = null;
        unsaved = false;
        changed = false;
    }

    /** The active-users part's buckets or days, or null when it has none. */
    long[] activity(int part) throws Exception {
        return load().activity[slotOfPart[part]];
    }

    /** Replaces the active-users part's buckets or days; none (null or empty) drops them. */
    void setActivity(int part, long[] activity) throws Exception {
        load().activity[slotOfPart[part]] =
                activity == null || activity.length == 0 ? null : activity;
        changed = true;
    }

    /** The retention part's state, or null when it has none. */
    RetentionState retention(int part) throws Exception {
        return load().retention[slotOfPart[part]];
    }

    /** Keeps the retention part's state (changed in place, or new); null drops it. */
    void setRetention(int part, RetentionState retention) throws Exception {
        load().retention[slotOfPart[part]] = retention;
        changed = true;
    }

    /** The conversion or duration part's state, or null when it has none. */
    FunnelState funnel(int part) throws Exception {
        return load().funnels[slotOfPart[part]];
    }

    /** Keeps the conversion or duration part's state (changed in place, or new). */
    void setFunnel(int part, FunnelState funnel) throws Exception {
        load().funnels[slotOfPart[part]] = funnel;
        changed = true;
    }

    /** When the key's cleanup timer fires; {@link PerKeyState#NO_TIMER} when it has none. */
    long cleanupTimer() throws Exception {
        return load().cleanupTimer;
    }

    void setCleanupTimer(long time) throws Exception {
        load().cleanupTimer = time;
        changed = true;
    }

    /** Drops everything the key has. */
    void clear() throws Exception {
        load();
        current = new PerKeyState(activitySlots, retentionSlots, funnelSlots);
        changed = true;
    }

    /** Writes back what changed; the key's state goes once no part has any. */
    void end() throws Exception {
        if (!changed) {
            return;
        }
        if (current.isEmpty()) {
            state.clear();
        } else if (unsaved || !keepsReference) {
            state.update(current);
            if (!learnt) {
                keepsReference = state.value() == current;
                learnt = true;
            }
        }
    }

    private PerKeyState load() throws Exception {
        if (current != null) {
            return current;
        }
        PerKeyState stored = state.value();
        if (stored == null) {
            stored = new PerKeyState(activitySlots, retentionSlots, funnelSlots);
            unsaved = true;
            if (earlier != null && earlier.takeOver(stored)) {
                changed = true;
            }
        }
        current = stored;
        return current;
    }
}
