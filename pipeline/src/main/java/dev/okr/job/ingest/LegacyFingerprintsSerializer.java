package dev.okr.job.ingest;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * The format of dedup tables in checkpoints of earlier versions: the count, then each key's 128-bit
 * fingerprint and its expiry in milliseconds (24 bytes a key). Reading keeps 96 bits of each
 * fingerprint (the high word and the low word's low half, as {@link SeenFingerprints} takes them
 * from a new key) and the expiry to the minute after it. Flink reads a restored table with it, and
 * would write one with it too if a checkpoint came before the job touched dedup state again; after
 * that, {@link ExpiringFingerprintsSerializer} writes them.
 */
final class LegacyFingerprintsSerializer extends FingerprintTableSerializer {

    private static final long serialVersionUID = 1L;

    static final LegacyFingerprintsSerializer INSTANCE = new LegacyFingerprintsSerializer();

    private LegacyFingerprintsSerializer() {}

    @Override
    public void serialize(ExpiringFingerprints record, DataOutputView target) throws IOException {
        target.writeInt(record.size());
        record.forEach(
                (high, entry) -> {
                    target.writeLong(high);
                    target.writeLong(ExpiringFingerprints.lowOf(entry));
                    target.writeLong(ExpiringFingerprints.expiresAt(entry));
                });
    }

    @Override
    public ExpiringFingerprints deserialize(DataInputView source) throws IOException {
        int size = source.readInt();
        ExpiringFingerprints fingerprints = new ExpiringFingerprints(size);
        for (int i = 0; i < size; i++) {
            long high = source.readLong();
            int low = (int) source.readLong();
            fingerprints.add(high, low, source.readLong());
        }
        return fingerprints;
    }

    @Override
    int bytesPerKey() {
        return 24;
    }

    @Override
    public TypeSerializerSnapshot<ExpiringFingerprints> snapshotConfiguration() {
        return new ExpiringFingerprintsSerializer.Snapshot(true);
    }
}
