package dev.okr.metric.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.flink.api.common.typeutils.SerializerTestBase;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.base.StringSerializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.core.memory.DataOutputViewStreamWrapper;
import org.junit.jupiter.api.Test;

/**
 * Flink's contract test for serializers, and the promise that the bytes are those of Flink's {@link
 * StringSerializer}, so that checkpoints of either restore with the other.
 */
class BufferedStringSerializerTest extends SerializerTestBase<String> {

    @Override
    protected TypeSerializer<String> createSerializer() {
        return BufferedStringSerializer.INSTANCE;
    }

    @Override
    protected int getLength() {
        return -1;
    }

    @Override
    protected Class<String> getTypeClass() {
        return String.class;
    }

    @Override
    protected String[] getTestData() {
        return new String[] {
            "",
            "u1",
            "anonymous:6f1c2a",
            "Zoë-Åsa",
            "日本語のユーザー",
            "x".repeat(20_000),
            "\uD83D\uDE00 emoji"
        };
    }

    @Test
    void writesTheBytesOfFlinksStringSerializer() throws IOException {
        for (String s : getTestData()) {
            assertThat(write(BufferedStringSerializer.INSTANCE, s, false))
                    .as("through a stream: %s", s)
                    .isEqualTo(write(StringSerializer.INSTANCE, s, false));
            assertThat(write(BufferedStringSerializer.INSTANCE, s, true))
                    .as("into a memory buffer: %s", s)
                    .isEqualTo(write(StringSerializer.INSTANCE, s, true));
        }
    }

    @Test
    void takesOverStateWrittenWithFlinksStringSerializer() {
        assertThat(
                        BufferedStringSerializer.INSTANCE
                                .snapshotConfiguration()
                                .resolveSchemaCompatibility(
                                        StringSerializer.INSTANCE.snapshotConfiguration())
                                .isCompatibleAsIs())
                .isTrue();
    }

    private static byte[] write(TypeSerializer<String> serializer, String s, boolean memory)
            throws IOException {
        if (memory) {
            DataOutputSerializer out = new DataOutputSerializer(16);
            serializer.serialize(s, out);
            return out.getCopyOfBuffer();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        serializer.serialize(s, new DataOutputViewStreamWrapper(bytes));
        return bytes.toByteArray();
    }
}
