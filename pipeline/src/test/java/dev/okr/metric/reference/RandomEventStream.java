package dev.okr.metric.reference;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A random topic from {@link RandomEventStreams}: its records in production order, and the event
 * times of the records that are too late by a wide margin.
 *
 * @param seed the seed that produced it: the same seed gives the same records
 * @param records the topic's records in production order
 * @param tooLateEventTimes the event times of the records at least 5 days behind the latest event
 *     time before them, oldest first
 */
public record RandomEventStream(
        long seed, List<TimedRecord> records, List<Instant> tooLateEventTimes) {

    /**
     * How far before T a too-late event must be for every sound pipeline to reject it: whether
     * events after T move the watermark or not, records of the 2 days before T arrived before it.
     */
    static final Duration CLEAR_MARGIN = Duration.ofDays(3);

    public RandomEventStream {
        records = List.copyOf(records);
        tooLateEventTimes = List.copyOf(tooLateEventTimes);
    }

    /**
     * Whether a run as of {@code asOf} rejects the same records whichever events move the
     * watermark: every too-late event is after T (ignored anyway) or at least {@link #CLEAR_MARGIN}
     * before it. Choose T among such instants when comparing implementations.
     */
    public boolean lateRuleIsClearAt(Instant asOf) {
        return tooLateEventTimes.stream()
                .allMatch(t -> t.isAfter(asOf) || !t.plus(CLEAR_MARGIN).isAfter(asOf));
    }
}
