package dev.okr.metric.reference;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a single-partition topic in the order a test produces them. Each {@link
 * SegmentEvent} added without a {@code messageId} gets the next of {@code m-0}, {@code m-1}, ... so
 * that two events are never taken for duplicates by accident.
 */
public final class RecordLog {

    private final List<TimedRecord> records = new ArrayList<>();

    /** Appends calls in this order. */
    public RecordLog add(SegmentEvent... events) {
        for (SegmentEvent event : events) {
            if (event.wantsMessageId()) {
                event.messageId("m-" + records.size());
            }
            records.add(event.record());
        }
        return this;
    }

    /** Appends a record whose value is this text as UTF-8, valid or not. */
    public RecordLog addText(String value, Instant kafkaTimestamp) {
        return addBytes(value.getBytes(StandardCharsets.UTF_8), kafkaTimestamp);
    }

    /** Appends a record with these exact bytes. */
    public RecordLog addBytes(byte[] value, Instant kafkaTimestamp) {
        records.add(new TimedRecord(value, kafkaTimestamp.toEpochMilli()));
        return this;
    }

    /** The position the next record will have. */
    public int size() {
        return records.size();
    }

    public List<TimedRecord> records() {
        return List.copyOf(records);
    }
}
