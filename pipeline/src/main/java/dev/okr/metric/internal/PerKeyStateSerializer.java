package dev.okr.metric.internal;

import dev.okr.connectors.state.BufferedOutput;
import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Writes a {@link PerKeyState} field by field, each slot as a length (-1 for none) and its values,
 * into a buffer of the thread that is then written in one call ({@link BufferedOutput}): a key's
 * state is written at every checkpoint, and a checkpoint stream costs several calls for every int
 * or long written to it (Flink's POJO and array serializers write each null flag, length and
 * element so). {@link #copy} is what the heap state backend calls before a key's state changes
 * while a checkpoint still reads it.
 */
public final class PerKeyStateSerializer extends TypeSerializerSingleton<PerKeyState> {

    private static final long serialVersionUID = 1L;

    public static final PerKeyStateSerializer INSTANCE = new PerKeyStateSerializer();

    private static final int NONE = -1;

    private PerKeyStateSerializer() {}

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public PerKeyState createInstance() {
        return new PerKeyState(0, 0, 0);
    }

    @Override
    public PerKeyState copy(PerKeyState from) {
        PerKeyState to =
                new PerKeyState(from.activity.length, from.retention.length, from.funnels.length);
        for (int i = 0; i < from.activity.length; i++) {
            long[] a = from.activity[i];
            to.activity[i] = a == null ? null : a.clone();
        }
        for (int i = 0; i < from.retention.length; i++) {
            RetentionState r = from.retention[i];
            if (r != null) {
                RetentionState c = new RetentionState();
                c.cohortTime = r.cohortTime;
                c.cohortPasses = r.cohortPasses;
                c.returnDays = r.returnDays.clone();
                to.retention[i] = c;
            }
        }
        for (int i = 0; i < from.funnels.length; i++) {
            FunnelState f = from.funnels[i];
            if (f != null) {
                FunnelState c = new FunnelState();
                c.fromTime = f.fromTime;
                c.fromPasses = f.fromPasses;
                c.toTimes = f.toTimes.clone();
                to.funnels[i] = c;
            }
        }
        to.cleanupTimer = from.cleanupTimer;
        return to;
    }

    @Override
    public PerKeyState copy(PerKeyState from, PerKeyState reuse) {
        return copy(from);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(PerKeyState state, DataOutputView target) throws IOException {
        BufferedOutput.write(state, target, PerKeyStateSerializer::write);
    }

    private static void write(PerKeyState state, DataOutputSerializer out) throws IOException {
        out.writeInt(state.activity.length);
        for (long[] a : state.activity) {
            writeLongs(a, out);
        }
        out.writeInt(state.retention.length);
        for (RetentionState r : state.retention) {
            if (r == null) {
                out.writeInt(NONE);
            } else {
                writeLongs(r.returnDays, out);
                out.writeLong(r.cohortTime);
                out.writeBoolean(r.cohortPasses);
            }
        }
        out.writeInt(state.funnels.length);
        for (FunnelState f : state.funnels) {
            if (f == null) {
                out.writeInt(NONE);
            } else {
                writeLongs(f.toTimes, out);
                out.writeLong(f.fromTime);
                out.writeBoolean(f.fromPasses);
            }
        }
        out.writeLong(state.cleanupTimer);
    }

    @Override
    public PerKeyState deserialize(DataInputView in) throws IOException {
        long[][] activity = new long[in.readInt()][];
        for (int i = 0; i < activity.length; i++) {
            activity[i] = readLongs(in);
        }
        RetentionState[] retention = new RetentionState[in.readInt()];
        for (int i = 0; i < retention.length; i++) {
            long[] returnDays = readLongs(in);
            if (returnDays != null) {
                RetentionState r = new RetentionState();
                r.returnDays = returnDays;
                r.cohortTime = in.readLong();
                r.cohortPasses = in.readBoolean();
                retention[i] = r;
            }
        }
        FunnelState[] funnels = new FunnelState[in.readInt()];
        for (int i = 0; i < funnels.length; i++) {
            long[] toTimes = readLongs(in);
            if (toTimes != null) {
                FunnelState f = new FunnelState();
                f.toTimes = toTimes;
                f.fromTime = in.readLong();
                f.fromPasses = in.readBoolean();
                funnels[i] = f;
            }
        }
        PerKeyState state = new PerKeyState();
        state.activity = activity;
        state.retention = retention;
        state.funnels = funnels;
        state.cleanupTimer = in.readLong();
        return state;
    }

    @Override
    public PerKeyState deserialize(PerKeyState reuse, DataInputView in) throws IOException {
        return deserialize(in);
    }

    @Override
    public void copy(DataInputView in, DataOutputView out) throws IOException {
        serialize(deserialize(in), out);
    }

    @Override
    public TypeSerializerSnapshot<PerKeyState> snapshotConfiguration() {
        return new Snapshot();
    }

    private static void writeLongs(long[] values, DataOutputSerializer out) throws IOException {
        if (values == null) {
            out.writeInt(NONE);
            return;
        }
        out.writeInt(values.length);
        for (long v : values) {
            out.writeLong(v);
        }
    }

    private static long[] readLongs(DataInputView in) throws IOException {
        int length = in.readInt();
        if (length == NONE) {
            return null;
        }
        long[] values = new long[length];
        for (int i = 0; i < length; i++) {
            values[i] = in.readLong();
        }
        return values;
    }

    /** The serializer's snapshot in checkpoints: it has no configuration. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<PerKeyState> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
