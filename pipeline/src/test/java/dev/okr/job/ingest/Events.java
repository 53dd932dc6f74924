package dev.okr.job.ingest;

import dev.okr.connectors.kafka.RejectReason;
import dev.okr.connectors.kafka.SegmentEvent;
import dev.okr.connectors.kafka.SegmentRecord;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Test events and records with named instants. */
final class Events {

    static final Instant MONDAY_09_00 = Instant.parse("2026-11-23T09:00:00Z");

    private Events() {}

    static SegmentEvent order(String messageId, String user, Instant at) {
        return SegmentEvent.builder()
                .messageId(messageId)
                .track("Order Completed")
                .userId(user)
                .at(at)
                .property("revenue", 12.5)
                .build();
    }

    static SegmentRecord accepted(SegmentEvent event, long offset) {
        return SegmentRecord.accepted(
                "events", 0, offset, event.timestampMillis(), null, json(event), null, event);
    }

    static SegmentRecord rejected(RejectReason reason, long offset) {
        return SegmentRecord.rejected(
                "events",
                0,
                offset,
                MONDAY_09_00.toEpochMilli(),
                null,
                "garbage".getBytes(StandardCharsets.UTF_8),
                null,
                reason,
                "bad");
    }

    private static byte[] json(SegmentEvent e) {
        return ("{\"type\":\"track\",\"event\":\""
                        + e.event()
                        + "\",\"userId\":\""
                        + e.identity()
                        + "\",\"messageId\":\""
                        + e.dedupKey()
                        + "\",\"timestamp\":\""
                        + e.timestamp()
                        + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
