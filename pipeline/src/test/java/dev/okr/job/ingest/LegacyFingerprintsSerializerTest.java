package dev.okr.job.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/**
 * The earlier format of dedup tables: Flink's contract test, the bytes as the earlier serializer
 * wrote them, and how a checkpoint in it is taken over.
 */
class LegacyFingerprintsSerializerTest extends ExpiringFingerprintsSerializerTest {

    @Override
    protected TypeSerializer<ExpiringFingerprints> createSerializer() {
        return LegacyFingerprintsSerializer.INSTANCE;
    }

    @Test
    void readsTheEarlierBytesAsNinetySixBitFingerprintsToTheMinute() throws Exception {
        DataOutputSerializer earlier = new DataOutputSerializer(64);
        earlier.writeInt(2);
        earlier.writeLong(5);
        earlier.writeLong(0x1234_5678_9ABC_DEF0L);
        earlier.writeLong(60_000 * 100 + 1);
        earlier.writeLong(6);
        earlier.writeLong(-1);
        earlier.writeLong(60_000 * 200);

        ExpiringFingerprints read =
                LegacyFingerprintsSerializer.INSTANCE.deserialize(
                        new DataInputDeserializer(earlier.getCopyOfBuffer()));

        ExpiringFingerprints expected = new ExpiringFingerprints();
        expected.add(5, 0x9ABC_DEF0, 60_000 * 101);
        expected.add(6, -1, 60_000 * 200);
        assertThat(read).isEqualTo(expected);
        assertThat(read.add(5, (int) 0x1234_5678_9ABC_DEF0L, 0))
                .as("a key read from the earlier format is the same key hashed now")
                .isFalse();
    }

    @Test
    void aSnapshotOfTheEarlierSerializerRestoresItAndMigrates() throws Exception {
        // What Flink's SimpleTypeSerializerSnapshot wrote for the earlier serializer: version 3 of
        // the same snapshot class, without content.
        ExpiringFingerprintsSerializer.Snapshot earlier =
                new ExpiringFingerprintsSerializer.Snapshot();
        earlier.readSnapshot(
                3, new DataInputDeserializer(new byte[0]), getClass().getClassLoader());

        assertThat(earlier.restoreSerializer()).isSameAs(LegacyFingerprintsSerializer.INSTANCE);
        TypeSerializerSnapshot<ExpiringFingerprints> now =
                ExpiringFingerprintsSerializer.INSTANCE.snapshotConfiguration();
        assertThat(now.resolveSchemaCompatibility(earlier))
                .extracting(TypeSerializerSchemaCompatibility::isCompatibleAfterMigration)
                .isEqualTo(true);
        assertThat(now.resolveSchemaCompatibility(now))
                .extracting(TypeSerializerSchemaCompatibility::isCompatibleAsIs)
                .isEqualTo(true);
    }
}
