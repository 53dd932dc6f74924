package dev.okr.job.ingest;

import dev.okr.connectors.state.BufferedOutput;
import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Writes {@link ExpiringFingerprints} as their count and then each fingerprint with its expiry (24
 * bytes a key), without the table's empty slots, into a buffer that goes to the stream in one call;
 * reading rebuilds the table. {@link #copy} is what the heap state backend calls before a bucket's
 * table changes while a checkpoint still reads it.
 */
public final class ExpiringFingerprintsSerializer
        extends TypeSerializerSingleton<ExpiringFingerprints> {

    private static final long serialVersionUID = 1L;

    static final ExpiringFingerprintsSerializer INSTANCE = new ExpiringFingerprintsSerializer();

    private ExpiringFingerprintsSerializer() {}

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public ExpiringFingerprints createInstance() {
        return new ExpiringFingerprints();
    }

    @Override
    public ExpiringFingerprints copy(ExpiringFingerprints from) {
        return from.copy();
    }

    @Override
    public ExpiringFingerprints copy(ExpiringFingerprints from, ExpiringFingerprints reuse) {
        return from.copy();
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(ExpiringFingerprints record, DataOutputView target) throws IOException {
        BufferedOutput.write(record, target, ExpiringFingerprintsSerializer::write);
    }

    private static void write(ExpiringFingerprints record, DataOutputSerializer out)
            throws IOException {
        out.writeInt(record.size());
        record.forEach(
                (high, low, expires) -> {
                    out.writeLong(high);
                    out.writeLong(low);
                    out.writeLong(expires);
                });
    }

    @Override
    public ExpiringFingerprints deserialize(DataInputView source) throws IOException {
        int size = source.readInt();
        ExpiringFingerprints fingerprints = new ExpiringFingerprints(size);
        for (int i = 0; i < size; i++) {
            fingerprints.add(source.readLong(), source.readLong(), source.readLong());
        }
        return fingerprints;
    }

    @Override
    public ExpiringFingerprints deserialize(ExpiringFingerprints reuse, DataInputView source)
            throws IOException {
        return deserialize(source);
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        int size = source.readInt();
        target.writeInt(size);
        for (int i = 0; i < size; i++) {
            target.write(source, 24);
        }
    }

    @Override
    public TypeSerializerSnapshot<ExpiringFingerprints> snapshotConfiguration() {
        return new Snapshot();
    }

    /** The serializer's snapshot in checkpoints: it has no configuration. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<ExpiringFingerprints> {
        public Snapshot() {
            super(() -> INSTANCE);
        }
    }
}
