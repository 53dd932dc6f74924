package dev.okr.simulator;

import dev.okr.connectors.kafka.RejectReason;

/**
 * One record the simulator publishes: key and value bytes and the Kafka timestamp it is sent with.
 *
 * @param kafkaTimestamp the record's timestamp in epoch ms: the event time for history; -1 when
 *     live, for the producer to stamp the send time
 * @param key the identity of the event's user (so a user's events stay in order), UTF-8
 * @param value the Segment JSON (or, for a malformed record, whatever it is)
 * @param intendedReject the reason the pipeline must reject it for, or null for a valid event
 * @param duplicate whether it repeats an earlier record byte for byte (a retried send)
 */
public record SimulatedRecord(
        long kafkaTimestamp,
        byte[] key,
        byte[] value,
        RejectReason intendedReject,
        boolean duplicate) {}
