package dev.okr.job.ingest;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * What the serializers of the two formats of dedup tables ({@link ExpiringFingerprintsSerializer},
 * {@link LegacyFingerprintsSerializer}) have in common: the table is mutable, a copy is {@link
 * ExpiringFingerprints#copy}, and the bytes are a count and then as many keys of the same width.
 */
abstract class FingerprintTableSerializer extends TypeSerializerSingleton<ExpiringFingerprints> {

    private static final long serialVersionUID = 1L;

    @Override
    public final boolean isImmutableType() {
        return false;
    }

    @Override
    public final ExpiringFingerprints createInstance() {
        return new ExpiringFingerprints();
    }

    @Override
    public final ExpiringFingerprints copy(ExpiringFingerprints from) {
        return from.copy();
    }

    @Override
    public final ExpiringFingerprints copy(ExpiringFingerprints from, ExpiringFingerprints reuse) {
        return from.copy();
    }

    @Override
    public final int getLength() {
        return -1;
    }

    /** How many bytes follow a table's count for each of its keys. */
    abstract int bytesPerKey();

    @Override
    public final void copy(DataInputView source, DataOutputView target) throws IOException {
        int size = source.readInt();
        target.writeInt(size);
        target.write(source, Math.multiplyExact(size, bytesPerKey()));
    }

    @Override
    public final ExpiringFingerprints deserialize(ExpiringFingerprints reuse, DataInputView source)
            throws IOException {
        return deserialize(source);
    }
}
