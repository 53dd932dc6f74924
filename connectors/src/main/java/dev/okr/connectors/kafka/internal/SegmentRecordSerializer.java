package dev.okr.connectors.kafka.internal;

import dev.okr.connectors.kafka.RejectReason;
import dev.okr.connectors.kafka.SegmentEvent;
import dev.okr.connectors.kafka.SegmentRecord;
import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Flink's serializer of {@link SegmentRecord}: the source coordinates, the original key, value and
 * headers, then either the event ({@link SegmentEventSerializer}) or the reject reason's code and
 * detail. Byte arrays are length-prefixed, -1 for null.
 */
public final class SegmentRecordSerializer extends TypeSerializerSingleton<SegmentRecord> {

    private static final long serialVersionUID = 1L;

    public static final SegmentRecordSerializer INSTANCE = new SegmentRecordSerializer();

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public SegmentRecord createInstance() {
        return SegmentRecord.rejected(
                "", 0, 0, -1, null, null, null, RejectReason.MALFORMED_JSON, "");
    }

    @Override
    public SegmentRecord copy(SegmentRecord from) {
        return from;
    }

    @Override
    public SegmentRecord copy(SegmentRecord from, SegmentRecord reuse) {
        return from;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(SegmentRecord r, DataOutputView out) throws IOException {
        StringValue.writeString(r.topic(), out);
        out.writeInt(r.partition());
        out.writeLong(r.offset());
        out.writeLong(r.kafkaTimestamp());
        bytes(r.key(), out);
        bytes(r.value(), out);
        Header[] headers = r.headers().toArray();
        out.writeInt(headers.length);
        for (Header h : headers) {
            StringValue.writeString(h.key(), out);
            bytes(h.value(), out);
        }
        out.writeBoolean(r.isRejected());
        if (r.isRejected()) {
            StringValue.writeString(r.reason().code(), out);
            StringValue.writeString(r.detail(), out);
        } else {
            SegmentEventSerializer.INSTANCE.serialize(r.event(), out);
        }
    }

    @Override
    public SegmentRecord deserialize(DataInputView in) throws IOException {
        String topic = StringValue.readString(in);
        int partition = in.readInt();
        long offset = in.readLong();
        long timestamp = in.readLong();
        byte[] key = bytes(in);
        byte[] value = bytes(in);
        int n = in.readInt();
        RecordHeaders headers = new RecordHeaders();
        for (int i = 0; i < n; i++) {
            headers.add(StringValue.readString(in), bytes(in));
        }
        if (in.readBoolean()) {
            RejectReason reason = reason(StringValue.readString(in));
            String detail = StringValue.readString(in);
            return SegmentRecord.rejected(
                    topic, partition, offset, timestamp, key, value, headers, reason, detail);
        }
        SegmentEvent event = SegmentEventSerializer.INSTANCE.deserialize(in);
        return SegmentRecord.accepted(
                topic, partition, offset, timestamp, key, value, headers, event);
    }

    @Override
    public SegmentRecord deserialize(SegmentRecord reuse, DataInputView in) throws IOException {
        return deserialize(in);
    }

    @Override
    public void copy(DataInputView in, DataOutputView out) throws IOException {
        serialize(deserialize(in), out);
    }

    @Override
    public TypeSerializerSnapshot<SegmentRecord> snapshotConfiguration() {
        return new Snapshot();
    }

    private static void bytes(byte[] bytes, DataOutputView out) throws IOException {
        if (bytes == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    private static byte[] bytes(DataInputView in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        return bytes;
    }

    private static RejectReason reason(String code) throws IOException {
        for (RejectReason reason : RejectReason.values()) {
            if (reason.code().equals(code)) {
                return reason;
            }
        }
        throw new IOException("unknown reject reason " + code);
    }

    /** The serializer's snapshot: compatible as long as the serializer class is the same. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<SegmentRecord> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
