package dev.okr.metric;

import dev.okr.metric.internal.FunnelState;
import dev.okr.metric.internal.PerKeyState;
import dev.okr.metric.internal.RetentionState;
import java.util.Map;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.typeutils.ObjectArrayTypeInfo;

/**
 * The per-key stage's state as earlier versions kept it, a state per family, read once into a
 * {@link PerKeyState} in a job restored from their checkpoints or savepoints, so that an upgrade
 * loses no user, cohort or funnel: activity as one array of parts ({@code "activity-by-part"}) or,
 * earlier still, as a map of parts ({@code "activity"}); retention and funnel states as maps of
 * parts ({@code "retention"}, {@code "funnels"}). A key's earlier state is cleared once taken over.
 */
final class EarlierKeyStates {

    private final int[] slotOfPart;
    private final ValueState<long[][]> activityByPart;
    private final MapState<Integer, long[]> activityMap;
    private final MapState<Integer, RetentionState> retention;
    private final MapState<Integer, FunnelState> funnels;

    EarlierKeyStates(RuntimeContext context, int[] slotOfPart) {
        this.slotOfPart = slotOfPart;
        activityByPart =
                context.getState(
                        new ValueStateDescriptor<>(
                                "activity-by-part",
                                ObjectArrayTypeInfo.getInfoFor(
                                        long[][].class,
                                        PrimitiveArrayTypeInfo.LONG_PRIMITIVE_ARRAY_TYPE_INFO)));
        activityMap =
                context.getMapState(
                        new MapStateDescriptor<>(
                                "activity",
                                Types.INT,
                                PrimitiveArrayTypeInfo.LONG_PRIMITIVE_ARRAY_TYPE_INFO));
        retention =
                context.getMapState(
                        new MapStateDescriptor<>(
                                "retention", Types.INT, TypeInformation.of(RetentionState.class)));
        funnels =
                context.getMapState(
                        new MapStateDescriptor<>(
                                "funnels", Types.INT, TypeInformation.of(FunnelState.class)));
    }

    /**
     * Moves the current key's earlier state into {@code into} (a key's new, empty value).
     *
     * @return whether there was any
     */
    boolean takeOver(PerKeyState into) throws Exception {
        boolean found = false;
        long[][] byPart = activityByPart.value();
        if (byPart != null) {
            // The same slots: the array had a slot per active-users part, in the plan's order.
            System.arraycopy(byPart, 0, into.activity, 0, into.activity.length);
            activityByPart.clear();
            found = true;
        }
        if (!activityMap.isEmpty()) {
            for (Map.Entry<Integer, long[]> e : activityMap.entries()) {
                into.activity[slotOfPart[e.getKey()]] =
                        e.getValue().length == 0 ? null : e.getValue();
            }
            activityMap.clear();
            found = true;
        }
        if (!retention.isEmpty()) {
            for (Map.Entry<Integer, RetentionState> e : retention.entries()) {
                into.retention[slotOfPart[e.getKey()]] = e.getValue();
            }
            retention.clear();
            found = true;
        }
        if (!funnels.isEmpty()) {
            for (Map.Entry<Integer, FunnelState> e : funnels.entries()) {
                into.funnels[slotOfPart[e.getKey()]] = e.getValue();
            }
            funnels.clear();
            found = true;
        }
        return found;
    }
}
