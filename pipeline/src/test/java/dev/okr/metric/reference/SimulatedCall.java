package dev.okr.metric.reference;

import java.time.Instant;

/**
 * A call the simulated product makes, before delivery to the topic.
 *
 * @param event the call, without a {@code messageId} yet
 * @param time its event time
 */
record SimulatedCall(SegmentEvent event, Instant time) {}
