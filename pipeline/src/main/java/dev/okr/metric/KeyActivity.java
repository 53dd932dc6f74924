package dev.okr.metric;

import java.util.Map;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.typeutils.ObjectArrayTypeInfo;

/**
 * The per-key stage's activity state for the current key: each active-users part's activity buckets
 * or days ({@code ActivityTracker}), all such parts in one value, an array with a slot per
 * active-users part of the plan (the plan's layout cannot change under restored state: {@link
 * PlanLayoutCheck}). An event usually touches several such parts (every "any event" window and
 * ratio), and one state look-up for all of them replaced one per part, the largest cost of the
 * stage in live profiles.
 *
 * <p>Use between {@link #begin()} and {@link #end()}, once per event or timer. On the heap the
 * value is changed in place; where the state backend does not keep the object it was given
 * (RocksDB), {@link #end()} writes it back. In a job restored from a checkpoint, activity kept by
 * an earlier version as a map of parts ({@code "activity"}) is taken over when a key is first
 * touched; a job started afresh has none and does not look.
 */
final class KeyActivity {

    private final ValueState<long[][]> state;

    /** The earlier layout, in a restored job; null in a fresh one. */
    private final MapState<Integer, long[]> byPartMap;

    private final int[] slotOfPart;
    private final int slots;

    private long[][] current;
    private boolean unsaved;
    private boolean changed;
    private boolean keepsReference;

    /**
     * @param activeUsersParts whether each part of the plan, by id, is an active-users part
     * @param restored whether the job was restored from a checkpoint or savepoint
     */
    KeyActivity(RuntimeContext context, boolean[] activeUsersParts, boolean restored) {
        slotOfPart = new int[activeUsersParts.length];
        int n = 0;
        for (int part = 0; part < activeUsersParts.length; part++) {
            slotOfPart[part] = activeUsersParts[part] ? n++ : -1;
        }
        slots = n;
        state =
                context.getState(
                        new ValueStateDescriptor<>(
                                "activity-by-part",
                                ObjectArrayTypeInfo.getInfoFor(
                                        long[][].class,
                                        PrimitiveArrayTypeInfo.LONG_PRIMITIVE_ARRAY_TYPE_INFO)));
        byPartMap =
                restored
                        ? context.getMapState(
                                new MapStateDescriptor<>(
                                        "activity",
                                        Types.INT,
                                        PrimitiveArrayTypeInfo.LONG_PRIMITIVE_ARRAY_TYPE_INFO))
                        : null;
    }

    /** Starts an event or a timer of the current key. */
    void begin() {
        current = null;
        unsaved = false;
        changed = false;
    }

    /** The part's buckets or days, or null when it has none. */
    long[] get(int part) throws Exception {
        return load()[slotOfPart[part]];
    }

    /** Replaces the part's buckets or days; none (null or empty) drops them. */
    void set(int part, long[] activity) throws Exception {
        load()[slotOfPart[part]] = activity == null || activity.length == 0 ? null : activity;
        changed = true;
    }

    /** Writes back what changed; the key's activity state goes once no part has any. */
    void end() throws Exception {
        if (!changed) {
            return;
        }
        if (empty(current)) {
            state.clear();
        } else if (unsaved || !keepsReference) {
            state.update(current);
            keepsReference = state.value() == current;
        }
    }

    private long[][] load() throws Exception {
        if (current != null) {
            return current;
        }
        long[][] stored = state.value();
        if (stored == null) {
            stored = new long[slots][];
            unsaved = true;
            if (byPartMap != null && !byPartMap.isEmpty()) {
                for (Map.Entry<Integer, long[]> e : byPartMap.entries()) {
                    stored[slotOfPart[e.getKey()]] = e.getValue().length == 0 ? null : e.getValue();
                }
                byPartMap.clear();
                changed = true;
            }
        }
        current = stored;
        return current;
    }

    private static boolean empty(long[][] activity) {
        for (long[] part : activity) {
            if (part != null) {
                return false;
            }
        }
        return true;
    }
}
