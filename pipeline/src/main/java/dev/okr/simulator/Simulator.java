package dev.okr.simulator;

import dev.okr.connectors.kafka.KafkaClientSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Plays a realistic product's Segment events (the catalog of docs/events.md) from a seed: history
 * over a time range as fast as possible, then, when the range reaches past now, live at a rate.
 *
 * <p>For a given seed and options the history is the same, byte for byte ({@link #history()}), so
 * tests and benchmarks can rely on it. Rates drift over the range ({@link ProductRates}) so that
 * Key Results move. A share of the records can be malformed (one for each reject reason it can
 * produce) or duplicated (a retried send). {@link #publish()} writes to Kafka; build with {@link
 * #builder()}.
 */
public final class Simulator {

    /** The span drifting rates move over when the range has no end: a quarter. */
    static final Duration OPEN_RANGE_SPAN = Duration.ofDays(91);

    final KafkaClientSettings kafka;
    final String topic;
    final int partitions;
    final Instant from;
    final Instant to;
    final double eventsPerSecond;
    final double liveEventsPerSecond;
    final Instant publishAfter;
    final long count;
    final double malformedShare;
    final double duplicateShare;
    final int users;
    final long seed;
    final double drift;
    final Clock clock;
    final SimulatorProgress progress = new SimulatorProgress();

    private Simulator(Builder b) {
        this.kafka = b.kafka;
        this.topic = b.topic;
        this.partitions = b.partitions;
        this.from = b.from;
        this.to = b.to;
        this.eventsPerSecond = b.eventsPerSecond;
        this.liveEventsPerSecond =
                b.liveEventsPerSecond > 0 ? b.liveEventsPerSecond : b.eventsPerSecond;
        this.publishAfter = b.publishAfter;
        this.count = b.count;
        this.malformedShare = b.malformedShare;
        this.duplicateShare = b.duplicateShare;
        this.users = b.users;
        this.seed = b.seed;
        this.drift = b.drift;
        this.clock = b.clock;
    }

    /** Where it publishes. */
    public KafkaClientSettings kafkaSettings() {
        return kafka;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What {@link #publish()} has sent so far; safe to read from any thread while it runs. */
    public SimulatorProgress progress() {
        return progress;
    }

    /** The end of the history: the range's end, or now when that is earlier or unset. */
    Instant historyEnd() {
        Instant now = clock.instant();
        return to != null && to.isBefore(now) ? to : now;
    }

    /**
     * The records of the history, in the order they are published: from {@code from} to the
     * history's end, or until {@code count} records. Deterministic for the seed and options (and,
     * when the range reaches past now, the clock).
     */
    public Iterator<SimulatedRecord> history() {
        SimulationPlay play = new SimulationPlay(this);
        long end = historyEnd().toEpochMilli();
        return new Iterator<>() {
            private SimulatedRecord next = nextPublished(play, end);

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public SimulatedRecord next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                SimulatedRecord current = next;
                next = nextPublished(play, end);
                return current;
            }
        };
    }

    /** The next record of the history that is published: after {@code publishAfter}, if set. */
    SimulatedRecord nextPublished(SimulationPlay play, long end) {
        long after = publishAfter == null ? Long.MIN_VALUE : publishAfter.toEpochMilli();
        SimulatedRecord r = play.next(end);
        while (r != null && r.kafkaTimestamp() <= after) {
            r = play.next(end);
        }
        return r;
    }

    /**
     * Publishes the history to the topic (created when missing), then, if the range reaches past
     * now, live events at the live rate until the range ends or the thread is interrupted.
     *
     * @return how many records were published
     */
    public SimulatorReport publish() {
        try (SimulatorPublisher publisher = new SimulatorPublisher(this)) {
            return publisher.run();
        }
    }

    /** Builds a {@link Simulator}; every option has a default. */
    public static final class Builder {
        private KafkaClientSettings kafka = KafkaClientSettings.plaintext("127.0.0.1:9092");
        private String topic = "events";
        private int partitions = 2;
        private Instant from;
        private Instant to;
        private double eventsPerSecond = 50;
        private double liveEventsPerSecond;
        private Instant publishAfter;
        private long count = -1;
        private double malformedShare;
        private double duplicateShare = 0.002;
        private int users = 2000;
        private long seed = 42;
        private double drift = 1.0;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /** Where to publish. Defaults to plaintext 127.0.0.1:9092. */
        public Builder kafka(KafkaClientSettings kafka) {
            this.kafka = Objects.requireNonNull(kafka);
            return this;
        }

        /** The topic, created when missing. Defaults to {@code events}. */
        public Builder topic(String topic) {
            this.topic = Objects.requireNonNull(topic);
            return this;
        }

        /** Partitions of the topic when it is created. Defaults to 2. */
        public Builder partitions(int partitions) {
            this.partitions = requirePositive(partitions, "partitions");
            return this;
        }

        /** The start of the simulated range. Defaults to 14 days before now. */
        public Builder from(Instant from) {
            this.from = from;
            return this;
        }

        /**
         * The end of the range; the part after now is played live. Defaults to none: live without
         * end.
         */
        public Builder to(Instant to) {
            this.to = to;
            return this;
        }

        /**
         * Events per second: the density of the history in event time, and the live rate in wall
         * time. Defaults to 50.
         */
        public Builder eventsPerSecond(double eventsPerSecond) {
            if (!(eventsPerSecond > 0)) {
                throw new IllegalArgumentException(
                        "events per second must be positive, not " + eventsPerSecond);
            }
            this.eventsPerSecond = eventsPerSecond;
            return this;
        }

        /**
         * Events per second of the live play, in wall time, when it differs from the history's
         * density: a product whose history is sparse enough to be read in seconds still looks
         * alive. Defaults to {@link #eventsPerSecond}.
         */
        public Builder liveEventsPerSecond(double eventsPerSecond) {
            if (!(eventsPerSecond > 0)) {
                throw new IllegalArgumentException(
                        "live events per second must be positive, not " + eventsPerSecond);
            }
            this.liveEventsPerSecond = eventsPerSecond;
            return this;
        }

        /**
         * Resumes an earlier run: the history is played from the start as before (so the same users
         * exist) but only its records after this instant are sent. Defaults to none.
         */
        public Builder publishAfter(Instant instant) {
            this.publishAfter = instant;
            return this;
        }

        /**
         * The total number of history records, spread over the range (instead of {@link
         * #eventsPerSecond}); the history stops there. Defaults to none.
         */
        public Builder count(long count) {
            this.count = count;
            return this;
        }

        /** Share of records that are malformed, 0 to 0.9. Defaults to 0. */
        public Builder malformedShare(double share) {
            this.malformedShare = requireShare(share, "malformed share");
            return this;
        }

        /**
         * Share of records that are duplicates of the previous one, 0 to 0.9. Defaults to 0.002.
         */
        public Builder duplicateShare(double share) {
            this.duplicateShare = requireShare(share, "duplicate share");
            return this;
        }

        /** How many users sign up over the range. Defaults to 2,000. */
        public Builder users(int users) {
            this.users = requirePositive(users, "users");
            return this;
        }

        /** The seed: the same seed and options give the same history. Defaults to 42. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * How far rates drift over the range: 0 none, 1 as in {@link ProductRates}. Defaults to 1.
         */
        public Builder drift(double drift) {
            if (drift < 0) {
                throw new IllegalArgumentException("drift must be at least 0, not " + drift);
            }
            this.drift = drift;
            return this;
        }

        /** The wall clock (tests fix it). Defaults to the system clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public Simulator build() {
            if (from == null) {
                from = clock.instant().minus(Duration.ofDays(14));
            }
            if (to != null && !to.isAfter(from)) {
                throw new IllegalArgumentException(
                        "the range ends (" + to + ") before it starts (" + from + ")");
            }
            return new Simulator(this);
        }

        private static int requirePositive(int n, String name) {
            if (n <= 0) {
                throw new IllegalArgumentException(name + " must be positive, not " + n);
            }
            return n;
        }

        private static double requireShare(double share, String name) {
            if (!(share >= 0 && share <= 0.9)) {
                throw new IllegalArgumentException(
                        name + " must be between 0 and 0.9, not " + share);
            }
            return share;
        }
    }
}
