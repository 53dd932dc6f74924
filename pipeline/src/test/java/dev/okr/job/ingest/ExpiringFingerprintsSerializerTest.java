package dev.okr.job.ingest;

import org.apache.flink.api.common.typeutils.SerializerTestBase;
import org.apache.flink.api.common.typeutils.TypeSerializer;

/**
 * Flink's contract test for state serializers: copies are independent, serialized forms round-trip
 * alone and in sequence, the snapshot restores the serializer.
 */
class ExpiringFingerprintsSerializerTest extends SerializerTestBase<ExpiringFingerprints> {

    @Override
    protected TypeSerializer<ExpiringFingerprints> createSerializer() {
        return ExpiringFingerprintsSerializer.INSTANCE;
    }

    @Override
    protected int getLength() {
        return -1;
    }

    @Override
    protected Class<ExpiringFingerprints> getTypeClass() {
        return ExpiringFingerprints.class;
    }

    @Override
    protected ExpiringFingerprints[] getTestData() {
        ExpiringFingerprints one = new ExpiringFingerprints();
        one.add(-1L, 42, 1_700_000_000_000L);
        ExpiringFingerprints many = new ExpiringFingerprints();
        for (long i = 1; i <= 1000; i++) {
            many.add(i * 0x9E3779B97F4A7C15L, (int) ~i, 1_700_000_000_000L + i * 60_000);
        }
        return new ExpiringFingerprints[] {new ExpiringFingerprints(), one, many};
    }
}
