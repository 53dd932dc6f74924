package dev.okr.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.LongConsumer;

/**
 * The simulator's clock and output: things scheduled for later (a session's end, a ticket's reply,
 * a trial's conversion) run when simulated time reaches them, and every call becomes a {@link
 * SimulatedRecord} in time order (within the seconds a session spans). Deterministic for a seed.
 */
final class Timeline {

    private final SplittableRandom random;
    private final SegmentWriter writer = new SegmentWriter();
    private final PriorityQueue<Scheduled> scheduled = new PriorityQueue<>();
    private final ArrayDeque<SimulatedRecord> ready = new ArrayDeque<>();
    private long sequence;
    private long emitted;
    private long now;
    private boolean live;

    Timeline(SplittableRandom random, long start) {
        this.random = random;
        this.now = start;
    }

    long now() {
        return now;
    }

    /** Whether records get the send time (live) instead of the event time as Kafka timestamp. */
    void live(boolean live) {
        this.live = live;
    }

    /** Moves time to {@code t}, running everything scheduled up to it first. */
    void advanceTo(long t) {
        Scheduled next;
        while ((next = scheduled.peek()) != null && next.time <= t) {
            scheduled.poll();
            now = next.time;
            next.action.accept(next.time);
        }
        now = Math.max(now, t);
    }

    /** Runs {@code action} with its time when simulated time reaches {@code time}. */
    void at(long time, LongConsumer action) {
        scheduled.add(new Scheduled(Math.max(time, now), sequence++, action));
    }

    /** The next record ready, or null. */
    SimulatedRecord poll() {
        return ready.poll();
    }

    /** How many calls were emitted so far, released or not. */
    long emitted() {
        return emitted;
    }

    int readyCount() {
        return ready.size();
    }

    /** Emits a call at {@code time}; see {@link SegmentWriter#write}. */
    void emit(
            long time,
            String type,
            String eventOrName,
            String userId,
            String anonymousId,
            Object... properties) {
        byte[] value =
                writer.write(
                        type,
                        eventOrName,
                        userId,
                        anonymousId,
                        messageId(),
                        "timestamp",
                        Instant.ofEpochMilli(time),
                        properties);
        String identity = userId != null ? userId : anonymousId;
        emitted++;
        SimulatedRecord record =
                new SimulatedRecord(
                        kafkaTimestamp(time),
                        identity.getBytes(StandardCharsets.UTF_8),
                        value,
                        null,
                        false);
        if (time <= now) {
            ready.add(record);
        } else {
            // Released when time gets there, so that records go out in time order.
            at(time, t -> ready.add(record));
        }
    }

    /** Puts {@code record} back at the head of the ready records, to be polled next. */
    void pushBack(SimulatedRecord record) {
        ready.addFirst(record);
    }

    /** The event time for history; -1 when live, so that the producer stamps the send time. */
    long kafkaTimestamp(long eventTime) {
        return live ? -1 : eventTime;
    }

    SegmentWriter writer() {
        return writer;
    }

    String messageId() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private record Scheduled(long time, long sequence, LongConsumer action)
            implements Comparable<Scheduled> {
        @Override
        public int compareTo(Scheduled o) {
            int c = Long.compare(time, o.time);
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }
    }
}
