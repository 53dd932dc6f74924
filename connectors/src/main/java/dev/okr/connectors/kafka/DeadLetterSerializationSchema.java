package dev.okr.connectors.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Writes a rejected {@link SegmentRecord} to the dead-letter topic for Flink's {@code KafkaSink}:
 * the original key and value byte for byte, the original headers, and the {@link DeadLetterHeaders}
 * (reason code, detail, source topic, partition, offset and timestamp).
 *
 * <p>The dead-letter record gets a new timestamp (when it was dead-lettered), so the topic's
 * retention counts from then; the original one is in {@code okr.source.timestamp}. Kafka chooses
 * the partition.
 */
public final class DeadLetterSerializationSchema
        implements KafkaRecordSerializationSchema<SegmentRecord> {

    private static final long serialVersionUID = 1L;

    /**
     * Values over this many bytes (8 MiB) are cut to it, with {@link
     * DeadLetterHeaders#VALUE_TRUNCATED}: the dead-letter producer accepts records up to 16 MiB
     * (key, headers and value), so that no bad record can fail the job.
     */
    public static final int MAX_VALUE_BYTES = 8 * 1024 * 1024;

    /** The producer's {@code max.request.size} the dead-letter sink needs. */
    public static final int MAX_REQUEST_BYTES = 16 * 1024 * 1024;

    private final String topic;

    /** Writes to {@code topic}. */
    public DeadLetterSerializationSchema(String topic) {
        this.topic = Objects.requireNonNull(topic, "topic");
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(
            SegmentRecord record, KafkaSinkContext context, Long timestamp) {
        if (!record.isRejected()) {
            throw new IllegalArgumentException(
                    "only rejected records go to the dead-letter topic, not " + record);
        }
        RecordHeaders headers = new RecordHeaders();
        for (Header h : record.headers()) {
            headers.add(h.key(), h.value());
        }
        headers.add(DeadLetterHeaders.ERROR, utf8(record.reason().code()));
        headers.add(DeadLetterHeaders.ERROR_DETAIL, utf8(record.detail()));
        headers.add(DeadLetterHeaders.SOURCE_TOPIC, utf8(record.topic()));
        headers.add(DeadLetterHeaders.SOURCE_PARTITION, utf8(Integer.toString(record.partition())));
        headers.add(DeadLetterHeaders.SOURCE_OFFSET, utf8(Long.toString(record.offset())));
        if (record.kafkaTimestamp() >= 0) {
            headers.add(
                    DeadLetterHeaders.SOURCE_TIMESTAMP,
                    utf8(Long.toString(record.kafkaTimestamp())));
        }
        byte[] value = record.value();
        if (value != null && value.length > MAX_VALUE_BYTES) {
            headers.add(DeadLetterHeaders.VALUE_TRUNCATED, utf8(Integer.toString(value.length)));
            value = Arrays.copyOf(value, MAX_VALUE_BYTES);
        }
        return new ProducerRecord<>(topic, null, null, record.key(), value, headers);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
