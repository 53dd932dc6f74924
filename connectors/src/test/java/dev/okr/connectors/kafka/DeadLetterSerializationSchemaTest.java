package dev.okr.connectors.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class DeadLetterSerializationSchemaTest {

    private final DeadLetterSerializationSchema schema =
            new DeadLetterSerializationSchema("events.dlq");

    @Test
    void keepsTheOriginalBytesAndHeadersAndAddsTheReasonAndSource() {
        byte[] value = "{not json".getBytes(StandardCharsets.UTF_8);
        byte[] key = "k".getBytes(StandardCharsets.UTF_8);
        RecordHeaders headers = new RecordHeaders();
        headers.add("source", "kcat".getBytes(StandardCharsets.UTF_8));
        SegmentRecord rejected =
                SegmentRecord.rejected(
                        "events",
                        1,
                        42,
                        1_763_892_000_000L,
                        key,
                        value,
                        headers,
                        RejectReason.MALFORMED_JSON,
                        "the value is not valid JSON");

        ProducerRecord<byte[], byte[]> record = schema.serialize(rejected, null, null);

        assertThat(record.topic()).isEqualTo("events.dlq");
        assertThat(record.value()).isEqualTo(value);
        assertThat(record.key()).isEqualTo(key);
        assertThat(header(record, "source")).isEqualTo("kcat");
        assertThat(header(record, DeadLetterHeaders.ERROR)).isEqualTo("malformed_json");
        assertThat(header(record, DeadLetterHeaders.ERROR_DETAIL))
                .isEqualTo("the value is not valid JSON");
        assertThat(header(record, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo("events");
        assertThat(header(record, DeadLetterHeaders.SOURCE_PARTITION)).isEqualTo("1");
        assertThat(header(record, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("42");
        assertThat(header(record, DeadLetterHeaders.SOURCE_TIMESTAMP)).isEqualTo("1763892000000");
        assertThat(record.headers().lastHeader(DeadLetterHeaders.VALUE_TRUNCATED)).isNull();
    }

    @Test
    void cutsAValueOverTheDeadLetterLimitAndSaysSo() {
        byte[] value = new byte[DeadLetterSerializationSchema.MAX_VALUE_BYTES + 10];
        SegmentRecord rejected =
                SegmentRecord.rejected(
                        "events", 0, 7, -1, null, value, null, RejectReason.TOO_LARGE, "too large");

        ProducerRecord<byte[], byte[]> record = schema.serialize(rejected, null, null);

        assertThat(record.value()).hasSize(DeadLetterSerializationSchema.MAX_VALUE_BYTES);
        assertThat(header(record, DeadLetterHeaders.VALUE_TRUNCATED))
                .isEqualTo(Integer.toString(value.length));
        assertThat(record.headers().lastHeader(DeadLetterHeaders.SOURCE_TIMESTAMP))
                .as("the record had no timestamp")
                .isNull();
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String key) {
        Header h = record.headers().lastHeader(key);
        assertThat(h).as("header " + key).isNotNull();
        return new String(h.value(), StandardCharsets.UTF_8);
    }
}
