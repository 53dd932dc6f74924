package dev.okr.metric.internal;

import dev.okr.connectors.kafka.internal.SerializerTypeInfo;
import dev.okr.connectors.state.BufferedOutput;
import java.io.IOException;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.StringSerializer;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;

/**
 * Strings in the bytes of Flink's {@link StringSerializer}, written into a buffer of the thread and
 * from there to the stream in one call ({@link BufferedOutput}). Flink's writes a string a byte at
 * a time, and each byte costs a checkpoint stream a synchronized call through its layers; the
 * per-key stage's keys (an identity each) are written at every checkpoint, once with the key's
 * state and once with its timer. The bytes are the same, so a checkpoint written with either
 * serializer restores with the other ({@link Snapshot}).
 */
public final class BufferedStringSerializer extends TypeSerializerSingleton<String> {

    private static final long serialVersionUID = 1L;

    public static final BufferedStringSerializer INSTANCE = new BufferedStringSerializer();

    /** Strings as the keys of a keyed stream, serialized so. */
    public static final TypeInformation<String> KEYS =
            SerializerTypeInfo.ofKeys(String.class, INSTANCE);

    private BufferedStringSerializer() {}

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public String createInstance() {
        return "";
    }

    @Override
    public String copy(String from) {
        return from;
    }

    @Override
    public String copy(String from, String reuse) {
        return from;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(String record, DataOutputView target) throws IOException {
        BufferedOutput.write(record, target, StringValue::writeString);
    }

    @Override
    public String deserialize(DataInputView source) throws IOException {
        return StringValue.readString(source);
    }

    @Override
    public String deserialize(String reuse, DataInputView source) throws IOException {
        return deserialize(source);
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        StringValue.copyString(source, target);
    }

    @Override
    public TypeSerializerSnapshot<String> snapshotConfiguration() {
        return new Snapshot();
    }

    /**
     * The serializer's snapshot in checkpoints. It takes over state written with Flink's {@link
     * StringSerializer} as it is: the per-key stage was keyed by that before.
     */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<String> {
        public Snapshot() {
            super(() -> INSTANCE);
        }

        @Override
        public TypeSerializerSchemaCompatibility<String> resolveSchemaCompatibility(
                TypeSerializerSnapshot<String> oldSerializerSnapshot) {
            if (oldSerializerSnapshot instanceof StringSerializer.StringSerializerSnapshot) {
                return TypeSerializerSchemaCompatibility.compatibleAsIs();
            }
            return super.resolveSchemaCompatibility(oldSerializerSnapshot);
        }
    }
}
