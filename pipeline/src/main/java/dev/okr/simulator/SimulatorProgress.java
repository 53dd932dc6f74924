package dev.okr.simulator;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a running {@link Simulator#publish()} has got, for whoever watches it from another thread
 * (the demo's status line, and where a resumed demo picks up).
 */
public final class SimulatorProgress {

    final AtomicLong records = new AtomicLong();
    final AtomicLong malformed = new AtomicLong();
    volatile long latestEventMillis = Long.MIN_VALUE;
    volatile boolean live;

    SimulatorProgress() {}

    /** Records handed to the producer so far, malformed and duplicates included. */
    public long records() {
        return records.get();
    }

    /** Of those, the records meant to be rejected. */
    public long malformed() {
        return malformed.get();
    }

    /** The event time of the newest valid record sent, once one was. */
    public Optional<Instant> latestEventTime() {
        long t = latestEventMillis;
        return t == Long.MIN_VALUE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(t));
    }

    /** Whether the history is done and events are played live. */
    public boolean live() {
        return live;
    }
}
