package dev.okr.metric;

import java.util.Arrays;
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
 * or days ({@code ActivityTracker}), all parts in one value indexed by part id. An event usually
 * touches several such parts (every "any event" window and ratio), and one state look-up for all of
 * them replaced one per part, the largest cost of the stage in live profiles.
 *
 * <p>Use between {@link #begin()} and {@link #end()}, once per event or timer. On the heap the
 * value is changed in place; where the state backend does not keep the object it was given
 * (RocksDB), {@link #end()} writes it back. Activity kept by an earlier version as a map of parts
 * ({@code "activity"}) is taken over when a key is first touched.
 */
final class KeyActivity {

    private final ValueState<long[][]> state;
    private final MapState<Integer, long[]> byPartMap;
    private final int[] slotOfPart;
    private final int slots;

    private long[][] current;
    private boolean unsaved;
    private boolean changed;
    private boolean keepsReference;

    /**
     * @param activeUsersParts whether each part of the plan, by id, is an active-users part
     */
    KeyActivity(RuntimeContext context, boolean[] activeUsersParts) {
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
                context.getMapState(
                        new MapStateDescriptor<>(
                                "activity",
                                Types.INT,
                                PrimitiveArrayTypeInfo.LONG_PRIMITIVE_ARRAY_TYPE_INFO));
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
        if (Arrays.stream(current).allMatch(a -> a == null)) {
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
            if (!byPartMap.isEmpty()) {
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
}
