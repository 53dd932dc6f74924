package dev.okr.job.ingest;

import dev.okr.connectors.kafka.SegmentEvent;
import dev.okr.connectors.kafka.SegmentRecord;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * The streams {@link EventIngestion} adds to a job.
 *
 * @param events valid, deduplicated events with event-time timestamps and watermarks, for the
 *     metrics
 * @param deadLetters every rejected record; already connected to the dead-letter topic, exposed for
 *     tests and extra sinks
 */
public record IngestedEvents(
        DataStream<SegmentEvent> events, DataStream<SegmentRecord> deadLetters) {}
