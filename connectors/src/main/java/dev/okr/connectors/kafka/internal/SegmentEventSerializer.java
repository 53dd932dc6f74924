package dev.okr.connectors.kafka.internal;

import dev.okr.connectors.kafka.CallType;
import dev.okr.connectors.kafka.EventProperties;
import dev.okr.connectors.kafka.SegmentEvent;
import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;

/**
 * Flink's serializer of {@link SegmentEvent}: a compact binary layout, written field by field.
 *
 * <p>Layout (version 1; the order of {@link CallType} constants is part of it): dedup key, call
 * ordinal and anonymous flag in one byte, event, name, identity, event time, then the properties as
 * a count and (key, tag, value) triples with tag {@code d} double, {@code s} string, {@code
 * t}/{@code f} boolean. Strings use Flink's {@link StringValue} encoding, which allows null.
 */
public final class SegmentEventSerializer extends TypeSerializerSingleton<SegmentEvent> {

    private static final long serialVersionUID = 1L;

    public static final SegmentEventSerializer INSTANCE = new SegmentEventSerializer();

    private static final CallType[] CALL_TYPES = CallType.values();

    private static final SegmentEvent PLACEHOLDER =
            new SegmentEvent("", CallType.TRACK, null, null, "-", true, 0L, EventProperties.EMPTY);

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public SegmentEvent createInstance() {
        return PLACEHOLDER;
    }

    @Override
    public SegmentEvent copy(SegmentEvent from) {
        return from;
    }

    @Override
    public SegmentEvent copy(SegmentEvent from, SegmentEvent reuse) {
        return from;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(SegmentEvent e, DataOutputView out) throws IOException {
        StringValue.writeString(e.dedupKey(), out);
        out.writeByte(e.type().ordinal() << 1 | (e.anonymous() ? 1 : 0));
        StringValue.writeString(e.event(), out);
        StringValue.writeString(e.name(), out);
        StringValue.writeString(e.identity(), out);
        out.writeLong(e.timestampMillis());
        EventProperties p = e.properties();
        int n = p.size();
        out.writeInt(n);
        for (int i = 0; i < n; i++) {
            StringValue.writeString(p.key(i), out);
            Object v = p.value(i);
            if (v instanceof Double d) {
                out.writeByte('d');
                out.writeDouble(d);
            } else if (v instanceof Boolean b) {
                out.writeByte(b ? 't' : 'f');
            } else {
                out.writeByte('s');
                StringValue.writeString((String) v, out);
            }
        }
    }

    @Override
    public SegmentEvent deserialize(DataInputView in) throws IOException {
        String dedupKey = StringValue.readString(in);
        int flags = in.readUnsignedByte();
        String event = StringValue.readString(in);
        String name = StringValue.readString(in);
        String identity = StringValue.readString(in);
        long timestamp = in.readLong();
        int n = in.readInt();
        String[] keys = new String[n];
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) {
            keys[i] = StringValue.readString(in);
            int tag = in.readUnsignedByte();
            values[i] =
                    switch (tag) {
                        case 'd' -> in.readDouble();
                        case 't' -> Boolean.TRUE;
                        case 'f' -> Boolean.FALSE;
                        case 's' -> StringValue.readString(in);
                        default -> throw new IOException("unknown property tag " + tag);
                    };
        }
        return new SegmentEvent(
                dedupKey,
                CALL_TYPES[flags >>> 1],
                event,
                name,
                identity,
                (flags & 1) != 0,
                timestamp,
                EventProperties.of(keys, values, n));
    }

    @Override
    public SegmentEvent deserialize(SegmentEvent reuse, DataInputView in) throws IOException {
        return deserialize(in);
    }

    @Override
    public void copy(DataInputView in, DataOutputView out) throws IOException {
        serialize(deserialize(in), out);
    }

    @Override
    public TypeSerializerSnapshot<SegmentEvent> snapshotConfiguration() {
        return new Snapshot();
    }

    /** The serializer's snapshot: compatible as long as the serializer class is the same. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<SegmentEvent> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
