package dev.okr.job.ingest;

import dev.okr.connectors.state.BufferedOutput;
import java.io.IOException;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Writes {@link ExpiringFingerprints} as their count and then each slot's two words (16 bytes a
 * key), without the table's empty slots, into a buffer that goes to the stream in one call; reading
 * rebuilds the table. {@link #copy} is what the heap state backend calls before a bucket's table
 * changes while a checkpoint still reads it.
 *
 * <p>Checkpoints of earlier versions hold 128-bit fingerprints with their expiry to the millisecond
 * (24 bytes a key): their {@link Snapshot} reads them with {@link LegacyFingerprintsSerializer},
 * and the next checkpoint writes them in this format.
 */
public final class ExpiringFingerprintsSerializer extends FingerprintTableSerializer {

    private static final long serialVersionUID = 1L;

    static final ExpiringFingerprintsSerializer INSTANCE = new ExpiringFingerprintsSerializer();

    private ExpiringFingerprintsSerializer() {}

    @Override
    public void serialize(ExpiringFingerprints record, DataOutputView target) throws IOException {
        BufferedOutput.write(record, target, ExpiringFingerprintsSerializer::write);
    }

    private static void write(ExpiringFingerprints record, DataOutputSerializer out)
            throws IOException {
        out.writeInt(record.size());
        record.forEach(
                (high, entry) -> {
                    out.writeLong(high);
                    out.writeLong(entry);
                });
    }

    @Override
    public ExpiringFingerprints deserialize(DataInputView source) throws IOException {
        int size = source.readInt();
        ExpiringFingerprints fingerprints = new ExpiringFingerprints(size);
        for (int i = 0; i < size; i++) {
            fingerprints.addEntry(source.readLong(), source.readLong());
        }
        return fingerprints;
    }

    @Override
    int bytesPerKey() {
        return 16;
    }

    @Override
    public TypeSerializerSnapshot<ExpiringFingerprints> snapshotConfiguration() {
        return new Snapshot(false);
    }

    /**
     * The serializer's snapshot in checkpoints: which of the two formats the state is in. Version 3
     * is what Flink's {@code SimpleTypeSerializerSnapshot} wrote for the earlier format (the class
     * name is the same); from version 4 on a flag says.
     */
    public static final class Snapshot implements TypeSerializerSnapshot<ExpiringFingerprints> {

        private static final int WITHOUT_FLAG = 3;
        private static final int VERSION = 4;

        private boolean legacy;

        /** For Flink, which reads the rest with {@link #readSnapshot}. */
        public Snapshot() {}

        Snapshot(boolean legacy) {
            this.legacy = legacy;
        }

        @Override
        public int getCurrentVersion() {
            return VERSION;
        }

        @Override
        public void writeSnapshot(DataOutputView out) throws IOException {
            out.writeBoolean(legacy);
        }

        @Override
        public void readSnapshot(int readVersion, DataInputView in, ClassLoader classLoader)
                throws IOException {
            if (readVersion == WITHOUT_FLAG) {
                legacy = true;
            } else if (readVersion == VERSION) {
                legacy = in.readBoolean();
            } else {
                throw new IOException(
                        "a dedup table serializer snapshot of version "
                                + readVersion
                                + ", which this version of okr does not know");
            }
        }

        @Override
        public TypeSerializer<ExpiringFingerprints> restoreSerializer() {
            return legacy ? LegacyFingerprintsSerializer.INSTANCE : INSTANCE;
        }

        @Override
        public TypeSerializerSchemaCompatibility<ExpiringFingerprints> resolveSchemaCompatibility(
                TypeSerializerSnapshot<ExpiringFingerprints> oldSnapshot) {
            if (!(oldSnapshot instanceof Snapshot old) || (legacy && !old.legacy)) {
                return TypeSerializerSchemaCompatibility.incompatible();
            }
            return old.legacy == legacy
                    ? TypeSerializerSchemaCompatibility.compatibleAsIs()
                    : TypeSerializerSchemaCompatibility.compatibleAfterMigration();
        }
    }
}
