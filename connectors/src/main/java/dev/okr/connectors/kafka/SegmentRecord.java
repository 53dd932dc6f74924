package dev.okr.connectors.kafka;

import dev.okr.connectors.kafka.internal.SegmentRecordTypeInfoFactory;
import java.util.Objects;
import org.apache.flink.api.common.typeinfo.TypeInfo;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * One record of the events topic as it was read, and what became of it: either a valid {@link
 * SegmentEvent}, or a {@link RejectReason} with a sentence of detail.
 *
 * <p>It keeps the record's source (topic, partition, offset, Kafka timestamp) and its original key,
 * value and headers, so that a reject, including one found later ({@link RejectReason#TOO_LATE}),
 * reaches the dead-letter topic byte for byte. The pipeline drops the record once its event has
 * passed the checks, so the bytes of valid events travel no further than the source's chain.
 *
 * <p>Immutable (the byte arrays and headers are shared, never modified). Serialized by Flink with a
 * serializer of its own, never Kryo.
 */
@TypeInfo(SegmentRecordTypeInfoFactory.class)
public final class SegmentRecord {

    private final String topic;
    private final int partition;
    private final long offset;
    private final long kafkaTimestamp;
    private final byte[] key;
    private final byte[] value;
    private final Headers headers;
    private final SegmentEvent event;
    private final RejectReason reason;
    private final String detail;

    private SegmentRecord(
            String topic,
            int partition,
            long offset,
            long kafkaTimestamp,
            byte[] key,
            byte[] value,
            Headers headers,
            SegmentEvent event,
            RejectReason reason,
            String detail) {
        this.topic = Objects.requireNonNull(topic, "topic");
        this.partition = partition;
        this.offset = offset;
        this.kafkaTimestamp = kafkaTimestamp;
        this.key = key;
        this.value = value;
        this.headers = headers == null ? new RecordHeaders() : headers;
        this.event = event;
        this.reason = reason;
        this.detail = detail;
    }

    /** A record that parsed into {@code event}. */
    public static SegmentRecord accepted(
            String topic,
            int partition,
            long offset,
            long kafkaTimestamp,
            byte[] key,
            byte[] value,
            Headers headers,
            SegmentEvent event) {
        return new SegmentRecord(
                topic,
                partition,
                offset,
                kafkaTimestamp,
                key,
                value,
                headers,
                Objects.requireNonNull(event, "event"),
                null,
                null);
    }

    /** A record rejected for {@code reason}; {@code detail} says what was wrong. */
    public static SegmentRecord rejected(
            String topic,
            int partition,
            long offset,
            long kafkaTimestamp,
            byte[] key,
            byte[] value,
            Headers headers,
            RejectReason reason,
            String detail) {
        return new SegmentRecord(
                topic,
                partition,
                offset,
                kafkaTimestamp,
                key,
                value,
                headers,
                null,
                Objects.requireNonNull(reason, "reason"),
                Objects.requireNonNull(detail, "detail"));
    }

    /** This record, rejected after all (a valid event found too late, say). */
    public SegmentRecord reject(RejectReason reason, String detail) {
        return rejected(
                topic, partition, offset, kafkaTimestamp, key, value, headers, reason, detail);
    }

    /** Whether the record was rejected; then {@link #event()} is null. */
    public boolean isRejected() {
        return reason != null;
    }

    /** The event, or null when rejected. */
    public SegmentEvent event() {
        return event;
    }

    /** Why the record was rejected, or null when it was not. */
    public RejectReason reason() {
        return reason;
    }

    /** A sentence saying what was wrong, or null when the record was not rejected. */
    public String detail() {
        return detail;
    }

    public String topic() {
        return topic;
    }

    public int partition() {
        return partition;
    }

    public long offset() {
        return offset;
    }

    /** The Kafka record's timestamp in epoch ms; negative when it had none. */
    public long kafkaTimestamp() {
        return kafkaTimestamp;
    }

    /** The original key, possibly null. Not to be modified. */
    public byte[] key() {
        return key;
    }

    /** The original value, possibly null (a tombstone). Not to be modified. */
    public byte[] value() {
        return value;
    }

    /** The original headers. Not to be modified. */
    public Headers headers() {
        return headers;
    }

    @Override
    public String toString() {
        return topic
                + "-"
                + partition
                + "@"
                + offset
                + (isRejected() ? " rejected " + reason + ": " + detail : " " + event);
    }
}
