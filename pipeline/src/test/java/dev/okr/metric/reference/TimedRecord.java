package dev.okr.metric.reference;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One Kafka record as the pipeline reads it: the value's bytes (Segment JSON, possibly malformed)
 * and the record's own timestamp. A list of them, in production order, stands for a
 * single-partition topic. Two records are equal when their bytes and timestamps are.
 *
 * @param value the record value, never null (an empty array is an empty value)
 * @param kafkaTimestampMillis the record's timestamp, milliseconds since the epoch
 */
public record TimedRecord(byte[] value, long kafkaTimestampMillis) {

    public TimedRecord {
        Objects.requireNonNull(value, "value");
        value = value.clone();
    }

    /** A record whose value is this text in UTF-8, produced at {@code kafkaTimestamp}. */
    public static TimedRecord of(String text, Instant kafkaTimestamp) {
        return new TimedRecord(
                text.getBytes(StandardCharsets.UTF_8), kafkaTimestamp.toEpochMilli());
    }

    /** A copy of the value's bytes. */
    @Override
    public byte[] value() {
        return value.clone();
    }

    /** The record's timestamp as an instant. */
    public Instant kafkaTimestamp() {
        return Instant.ofEpochMilli(kafkaTimestampMillis);
    }

    /** The value as UTF-8 text, for messages (malformed bytes are replaced). */
    public String text() {
        return new String(value, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimedRecord r
                && kafkaTimestampMillis == r.kafkaTimestampMillis
                && Arrays.equals(value, r.value);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(value) + Long.hashCode(kafkaTimestampMillis);
    }

    @Override
    public String toString() {
        String text = text();
        String shown = text.length() > 200 ? text.substring(0, 200) + "..." : text;
        return "TimedRecord[" + kafkaTimestamp() + ", " + shown + "]";
    }
}
